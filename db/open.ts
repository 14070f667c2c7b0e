// Opens (or creates) the Commission Desk data file: recognise it, refuse what
// is not ours or is too new BEFORE writing a byte, and write nothing more to a
// file that has not passed its integrity check (issue 7 §1: "a damaged file is
// never written to"). A file that needs a migration is checked first, here,
// then backed up, migrated in one transaction and refreshed; an up-to-date
// file is opened without a write, and its reference data is refreshed
// (prepareDatabase) once the data service's background check has passed.
// Modelled on Signal Desktop and Trilium (../shared/style.md, "Data and migrations").
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupBeforeMigration } from './backups/automatic';
import { readFileFacts } from './fileHeader';
import { restoreHistoryGuards } from './history/guards';
import { checkIntegrity, type FileCheck } from './integrity/check';
import { closeUntouched } from './integrity/closeUntouched';
import { MIGRATIONS, type Migration } from './migrations/index';
import { syncProcedureLimits } from './procedure/sync';
import { refreshReferenceTables } from './reference';
import type { IntegrityOutcome } from './service/core';

/**
 * PRAGMA application_id of every Commission Desk file: the ASCII bytes "CoDe"
 * (0x436F4465). It marks the file as ours, so openDatabase can tell its own
 * data from another application's SQLite file (`file(1)` shows it too).
 */
export const APPLICATION_ID = 0x436f4465;

const BUSY_TIMEOUT_MS = 5_000;
const CACHE_KIB = 65_536;

export class ForeignDatabaseError extends Error {
  override readonly name = 'ForeignDatabaseError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(
      `${file} is not a Commission Desk data file (${reason}). It has not been opened or changed. ` +
        'Choose another data folder with --data or COMMISSION_DESK_DATA.',
    );
  }
}

export class DatabaseTooNewError extends Error {
  override readonly name = 'DatabaseTooNewError';
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    // Never suggest deleting or resetting the data (Signal's lesson): the file
    // is fine, this copy of the app is simply too old to read it.
    super(
      `This data file was written by a newer version of Commission Desk (schema ${fileVersion}; ` +
        `this version reads up to ${appVersion}). Install the newer version; your data has not been changed.`,
    );
  }
}

/** The integrity check found the file damaged before a migration would have written to it. */
export class DamagedDatabaseError extends Error {
  override readonly name = 'DamagedDatabaseError';
  constructor(
    readonly file: string,
    readonly outcome: Extract<IntegrityOutcome, { ok: false }>,
  ) {
    super(`${file} is damaged (${outcome.detail.split('\n')[0] ?? ''}). It has not been migrated or changed.`);
  }
}

export type OpenOptions = Readonly<{
  /** Tests pass their own list to exercise the framework; the app uses MIGRATIONS. */
  migrations?: readonly Migration[];
  /** How long a write waits for another connection's lock before SQLITE_BUSY; tests shorten it. */
  busyTimeoutMs?: number;
  /** The check run before a migration; the app's runs in a worker (db/integrity/check.ts). */
  checkIntegrity?: FileCheck;
}>;

export type OpenedFile = Readonly<{
  db: Database.Database;
  /**
   * This open created or migrated the file — an existing file only after it
   * passed the integrity check — and refreshed its reference data. False for
   * an up-to-date file, which was opened without a write and waits for its
   * check (then prepareDatabase).
   */
  prepared: boolean;
  /** An existing file was checked (and found sound) here, before its migration: no other check is due. */
  checked: boolean;
  /**
   * The previous session did not close the file: it left a write-ahead log
   * with frames in it (SQLite checkpoints and deletes the log when the last
   * connection closes cleanly). The file deserves the full integrity_check.
   */
  uncleanShutdown: boolean;
}>;

/**
 * Opens the data file for the data service. Writes nothing to an existing,
 * up-to-date file (not even the reference refresh): the caller checks it
 * first and then calls prepareDatabase. A file with a migration pending is
 * checked here, before its backup and migration; a damaged one is refused
 * with DamagedDatabaseError, unchanged.
 */
export async function openDataFile(file: string, options: OpenOptions = {}): Promise<OpenedFile> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = latestVersion(migrations);
  fs.mkdirSync(path.dirname(file), { recursive: true });

  // Everything up to `new Database(file)` only reads.
  const uncleanShutdown = leftWriteAheadLog(file);
  const facts = readFileFacts(file);
  let existingData = false;
  let checked = false;
  if (facts.kind === 'not_sqlite') throw new ForeignDatabaseError(file, 'not a SQLite database');
  if (facts.kind === 'sqlite') {
    const ours = facts.applicationId === APPLICATION_ID;
    // SECURITY: never migrate, or even set WAL on, another application's database.
    if (!ours && (facts.applicationId !== 0 || !facts.schemaEmpty)) {
      throw new ForeignDatabaseError(file, `a SQLite database of another application, application_id ${facts.applicationId}`);
    }
    if (facts.userVersion > latest) throw new DatabaseTooNewError(file, facts.userVersion, latest);
    existingData = !facts.schemaEmpty;
    if (existingData && facts.userVersion < latest) {
      // Once per version: a migration rewrites tables, so a damaged file must be
      // found before it, not after. Blocking, on the check's own connection.
      const outcome = await (options.checkIntegrity ?? checkIntegrity)(file, { full: uncleanShutdown });
      if (!outcome.ok) throw new DamagedDatabaseError(file, outcome);
      checked = true;
    }
  }

  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a commit survives a power cut, which matters more than write speed here.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    // 64 MiB of page cache (the default is 2 MiB): enough to keep the cases
    // table and its sort indexes in memory for a large casebook. Used only as
    // the file grows into it.
    db.pragma(`cache_size = ${-CACHE_KIB}`);
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > latest) throw new DatabaseTooNewError(file, current, latest);
    if (current === latest && existingData) return { db, prepared: false, checked, uncleanShutdown };
    if (existingData) {
      // Online backup API, never a file copy of a live WAL database; into backups/, checked and rotated (db/backups).
      await backupBeforeMigration(db, file, latest);
    }
    migrate(db, file, migrations);
    prepareDatabase(db);
    return { db, prepared: true, checked, uncleanShutdown };
  } catch (error) {
    // A file found damaged is left exactly as it was, write-ahead log included.
    if (error instanceof DamagedDatabaseError) closeUntouched(db);
    else db.close();
    throw error;
  }
}

/**
 * Brings the data the app derives from its own code up to date: the reference
 * tables (agreements, Parties, stages) and, when the procedure rules changed,
 * every case's stage and time limits; and the history's append-only guards,
 * put back (and the fact recorded) when someone dropped them. Writes only
 * what differs. Run once the file is known to be sound.
 */
export function prepareDatabase(db: Database.Database): void {
  restoreHistoryGuards(db, new Date().toISOString());
  refreshReferenceTables(db);
  syncProcedureLimits(db);
}

/**
 * Opens and prepares the file at once, trusting it: for tests and tools. The
 * app opens through the data service (db/service/core.ts), which checks an
 * up-to-date file before anything is written to it.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Database.Database> {
  const opened = await openDataFile(file, options);
  if (!opened.prepared) {
    try {
      prepareDatabase(opened.db);
    } catch (error) {
      opened.db.close();
      throw error;
    }
  }
  return opened.db;
}

function leftWriteAheadLog(file: string): boolean {
  return (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0;
}

function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, migration) => Math.max(max, migration.version), 0);
}

/**
 * Applies every pending migration in ONE transaction: either the file reaches
 * the latest version or it stays exactly as it was. Foreign keys are off while
 * migrating (so a migration can rebuild a table, the procedure sqlite.org
 * documents for ALTER TABLE) and checked before commit.
 */
function migrate(db: Database.Database, file: string, migrations: readonly Migration[]): void {
  const latest = latestVersion(migrations);
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      // Read again inside the write lock: another instance may have migrated meanwhile.
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current > latest) throw new DatabaseTooNewError(file, current, latest);
      const pending = ordered.filter((migration) => migration.version > current);
      if (pending.length === 0) return;
      for (const migration of pending) {
        if (typeof migration.up === 'string') db.exec(migration.up);
        else migration.up(db);
      }
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new Error(`Migration to version ${latest} left ${violations.length} foreign key violations`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${latest}`);
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
