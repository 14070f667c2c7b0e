// The check of a backup after writing it, and of a file before restoring it:
// opened read-only, `PRAGMA integrity_check` (the full one: a backup is read
// rarely and must be whole), ours by application_id, readable by this version,
// and what it holds (cases, the newest history entry and its hash).
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupCheck } from '../../shared/backups/domain';
import { verifyHistoryChain } from '../history/chain';
import { MIGRATIONS } from '../migrations/index';
import { APPLICATION_ID } from '../open';

/** The schema version this app writes: a copy newer than this cannot be restored. */
export function appSchemaVersion(): number {
  return MIGRATIONS.reduce((max, migration) => Math.max(max, migration.version), 0);
}

/** Lines of integrity_check kept as the problem: enough to say what is wrong, not the whole list. */
const PROBLEM_LINES = 5;

/**
 * Checks a SQLite file that is not in use (a backup, or a copy about to be
 * restored). Never writes to it: a read-only connection on a file in
 * rollback-journal mode (backups are switched to it) creates nothing beside it.
 */
export function checkBackupFile(file: string, checkedAt: string): BackupCheck {
  const size = fs.statSync(file).size;
  const failed = (problem: string): BackupCheck => ({
    ok: false,
    checkedAt,
    problem,
    schemaVersion: null,
    cases: null,
    historyEnd: null,
    historyEndHash: null,
    historyChain: null,
    size,
  });
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return failed(messageOf(error));
  }
  try {
    const integrity = db.pragma(`integrity_check(${PROBLEM_LINES})`, { simple: false }) as { integrity_check: string }[];
    const lines = integrity.map((row) => row.integrity_check);
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const intact = lines.length === 1 && lines[0] === 'ok';
    const problem = !intact
      ? lines.join('\n')
      : applicationId !== APPLICATION_ID
        ? `Not a Commission Desk data file (application_id ${applicationId}).`
        : schemaVersion > appSchemaVersion()
          ? `Written by a newer version of Commission Desk (schema ${schemaVersion}).`
          : null;
    const contents = problem === null ? readContents(db) : { cases: null, historyEnd: null };
    const historyEndHash = contents.historyEnd === null ? null : historyHashAt(db, contents.historyEnd);
    const historyChain = problem === null ? checkHistoryChain(db) : null;
    return { ok: problem === null, checkedAt, problem, schemaVersion, ...contents, historyEndHash, historyChain, size };
  } catch (error) {
    return failed(messageOf(error));
  } finally {
    db.close();
  }
}

/** Cases not in the Trash (the Trash came with version 60) and the newest history entry. */
export function readContents(db: Database.Database): Readonly<{ cases: number; historyEnd: number }> {
  const hasTrash = (db.prepare("SELECT count(*) FROM pragma_table_info('cases') WHERE name = 'deleted_at'").pluck().get() as number) > 0;
  const cases = db.prepare(`SELECT count(*) FROM cases${hasTrash ? ' WHERE deleted_at IS NULL' : ''}`).pluck().get() as number;
  const historyEnd = (db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number | null) ?? 0;
  return { cases, historyEnd };
}

/**
 * The stored hash of history entry `id`: null when there is no such entry,
 * or the history is older than the hash chain (version 100).
 */
export function historyHashAt(db: Database.Database, id: number): string | null {
  if (!hasHashChain(db)) return null;
  return (db.prepare('SELECT hash FROM audit_log WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
}

/** The same, from a file not in use (a copy just written), opened read-only. */
export function historyHashInFile(file: string, id: number): string | null {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return historyHashAt(db, id);
  } finally {
    db.close();
  }
}

function hasHashChain(db: Database.Database): boolean {
  return (db.prepare("SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'prev_hash'").pluck().get() as number) > 0;
}

/**
 * The history's hash chain (issue 7 §4), checked at backup as on demand: a
 * copy whose history was rewritten is still a faithful copy of the file, so
 * this is kept beside the check, not counted in it. Null for a copy older
 * than the chain (version 100) or one it could not be read from.
 */
function checkHistoryChain(db: Database.Database): BackupCheck['historyChain'] {
  if (!hasHashChain(db)) return null;
  try {
    const outcome = verifyHistoryChain(db);
    return { ok: outcome.intact, firstBadEntry: outcome.intact ? null : outcome.firstBad.id };
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
