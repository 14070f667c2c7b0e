// Salvage (issue 7 §1, "export what can still be read"): every row that can
// still be read from a damaged data file, copied row by row into a NEW file
// made by our own migrations, beside it in the data folder. The damaged file
// is opened read-only and never changed. A table is read in key order until a
// damaged page stops the read, then from its end backwards down to the same
// place: with one bad page, only the rows on it are lost. A case lost that
// way is rebuilt from its history (rebuild.ts), so the rows that belong to it
// are kept. (SQLite's .recover is a shell command, not part of the library
// better-sqlite3 ships.) A row the new file refuses is left out and counted;
// a full disk or a file that cannot be written fails the whole salvage, and
// the half-made file is removed.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { SalvagedTable } from '../../shared/recovery/api';
import { failureCause } from '../integrity/failures';
import { openDatabase } from '../open';
import { syncProcedureLimits } from '../procedure/sync';
import { rebuildLostCases } from './rebuild';

/** Filled from this version's own reference data when the new file is made: not copied. */
export const REFERENCE_TABLES = ['agreements', 'parties', 'bodies', 'stages'] as const;
/** Kept by triggers from the rows copied (counts, the search index): rebuilt, not copied. */
export const DERIVED_TABLES = ['case_list_counts', 'limit_counts', 'cases_fts', 'cases_fts_config', 'cases_fts_data', 'cases_fts_docsize', 'cases_fts_idx'] as const;
/**
 * The user's data, copied in this order: a case before the rows that belong to
 * it, since the triggers that keep the counts read the case. settings and meta
 * replace what the new file was made with.
 */
export const COPIED_TABLES = [
  'settings',
  'meta',
  'case_reference_counters',
  'cases',
  'case_third_parties',
  'case_claims',
  'case_hs_codes',
  'case_events',
  'case_limit_agreements',
  'case_limits',
  'meetings',
  'meeting_attendees',
  'agenda_items',
  'decisions',
  'action_items',
  'meeting_case_events',
  'audit_log',
] as const;
const REPLACED: readonly string[] = ['settings', 'meta'];

export type SalvageReport = Readonly<{ tables: readonly SalvagedTable[]; cases: number; complete: boolean }>;

export type SalvageOptions = Readonly<{
  /** PRAGMA max_page_count of the new file: the tests' full disk. */
  maxPageCount?: number;
}>;

/**
 * Copies what can be read of `source` into a new file at `target` (which must
 * not exist). Throws SQLite's error when the new file cannot be written (a
 * full disk, a read-only folder), leaving no file at `target`.
 */
export async function salvageInto(source: string, target: string, options: SalvageOptions = {}): Promise<SalvageReport> {
  if (fs.existsSync(target)) throw new Error(`${target} exists already`);
  const damaged = new Database(source, { readonly: true, fileMustExist: true });
  let fresh: Database.Database | null = null;
  try {
    fresh = await openDatabase(target);
    if (options.maxPageCount !== undefined) fresh.pragma(`max_page_count = ${options.maxPageCount}`);
    const tables = copyTables(damaged, fresh);
    // Stored stages and limits follow from the events: recompute them from the events that survived.
    fresh.prepare("DELETE FROM meta WHERE key = 'procedure_fingerprint'").run();
    syncProcedureLimits(fresh);
    const cases = fresh.prepare('SELECT count(*) FROM cases WHERE deleted_at IS NULL').pluck().get() as number;
    return { tables, cases, complete: tables.every((table) => !table.damaged && table.dropped === 0) };
  } catch (error) {
    fresh?.close();
    fresh = null;
    // A half-made file is worth nothing; the damaged one is still there to try again.
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    throw error;
  } finally {
    fresh?.close();
    damaged.close();
  }
}

function copyTables(damaged: Database.Database, fresh: Database.Database): SalvagedTable[] {
  // Guards that refuse an insert out of order (the history's hash chain) would
  // refuse every entry after a lost one: they are set aside while copying and
  // put back after. A history with a gap then fails "Verify history" at the
  // first entry after it, which is the truth.
  const guards = fresh.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%BEFORE INSERT%'").all() as { name: string; sql: string }[];
  fresh.pragma('foreign_keys = OFF');
  try {
    return fresh.transaction(() => {
      for (const guard of guards) fresh.exec(`DROP TRIGGER "${guard.name}"`);
      const results = COPIED_TABLES.map((table) => copyTable(damaged, fresh, table));
      const rebuilt = rebuildLostCases(fresh);
      const dropped = dropOrphans(fresh);
      for (const guard of guards) fresh.exec(guard.sql);
      return results.map((result) => ({
        ...result,
        rebuilt: rebuilt.get(result.table) ?? 0,
        dropped: result.dropped + (dropped.get(result.table) ?? 0),
      }));
    }).immediate();
  } finally {
    fresh.pragma('foreign_keys = ON');
  }
}

type Column = { name: string; hidden: number; pk: number };

function copyTable(damaged: Database.Database, fresh: Database.Database, table: string): SalvagedTable {
  const targetColumns = (fresh.pragma(`table_xinfo("${table}")`) as Column[]).filter((column) => column.hidden === 0);
  let sourceColumns: Column[];
  try {
    sourceColumns = (damaged.pragma(`table_xinfo("${table}")`) as Column[]).filter((column) => column.hidden === 0);
  } catch {
    // The schema itself could not be read: nothing of this table can be.
    return { table, copied: 0, damaged: true, dropped: 0, rebuilt: 0 };
  }
  if (sourceColumns.length === 0) return { table, copied: 0, damaged: false, dropped: 0, rebuilt: 0 };
  const names = targetColumns.map((column) => column.name).filter((name) => sourceColumns.some((column) => column.name === name));
  const key = readKey(damaged, table, sourceColumns);
  const list = names.map((name) => `"${name}"`).join(', ');
  const insert = fresh.prepare(`INSERT ${REPLACED.includes(table) ? 'OR REPLACE ' : ''}INTO "${table}" (${list}) VALUES (${names.map(() => '?').join(', ')})`);
  let copied = 0;
  let dropped = 0;
  // A write that failed for want of space or permission: not a damaged page, so the reads below must not swallow it.
  let cannotWrite: unknown = null;
  const write = (row: unknown[]) => {
    try {
      insert.run(row.slice(key.length));
      copied += 1;
    } catch (error) {
      // Only a row the new file refuses is left out: a file that cannot be written is no salvage at all.
      const cause = failureCause(error, true).code;
      if (cause === 'disk_full' || cause === 'read_only') throw (cannotWrite = error);
      dropped += 1;
    }
  };

  // Row by row (iterate, not pages of rows): every row before the damage is kept.
  const keyList = key.join(', ');
  const selected = `SELECT ${keyList}, ${list} FROM "${table}" NOT INDEXED`;
  let last: unknown[] | null = null;
  try {
    for (const row of damaged.prepare(`${selected} ORDER BY ${orderBy(key, 'ASC')}`).raw().iterate() as IterableIterator<unknown[]>) {
      write(row);
      last = row.slice(0, key.length);
    }
    return { table, copied, damaged: false, dropped, rebuilt: 0 };
  } catch (error) {
    if (cannotWrite !== null) throw error;
    // A damaged page: read on from the other end.
  }
  const backwards =
    last === null
      ? damaged.prepare(`${selected} ORDER BY ${orderBy(key, 'DESC')}`).raw()
      : damaged.prepare(`${selected} WHERE (${keyList}) > (${key.map(() => '?').join(', ')}) ORDER BY ${orderBy(key, 'DESC')}`).raw();
  try {
    for (const row of (last === null ? backwards.iterate() : backwards.iterate(...last)) as IterableIterator<unknown[]>) write(row);
  } catch (error) {
    if (cannotWrite !== null) throw error;
    // Damage met from both ends: what lies between is lost.
  }
  return { table, copied, damaged: true, dropped, rebuilt: 0 };
}

/** The columns a table is stored in order of: its rowid, or the primary key of a WITHOUT ROWID table. */
function readKey(damaged: Database.Database, table: string, columns: readonly Column[]): string[] {
  const withoutRowid = (damaged.prepare('SELECT wr FROM pragma_table_list WHERE schema = ? AND name = ?').pluck().get('main', table) as number | undefined) === 1;
  if (!withoutRowid) return ['rowid'];
  return columns
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => `"${column.name}"`);
}

function orderBy(key: readonly string[], direction: 'ASC' | 'DESC'): string {
  return key.map((column) => `${column} ${direction}`).join(', ');
}

/**
 * Rows whose parent was lost (an event of a case on a damaged page) would
 * break the new file's foreign keys, and so its integrity check: they are
 * left out, and counted. They are still in the damaged file, which is kept.
 */
function dropOrphans(fresh: Database.Database): Map<string, number> {
  const dropped = new Map<string, number>();
  for (const table of COPIED_TABLES) {
    const keys = fresh.pragma(`foreign_key_list("${table}")`) as { table: string; from: string; to: string | null }[];
    for (const foreign of keys) {
      const to = foreign.to ?? 'rowid';
      const removed = fresh
        .prepare(`DELETE FROM "${table}" WHERE "${foreign.from}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${foreign.table}" AS parent WHERE parent."${to}" = "${table}"."${foreign.from}")`)
        .run().changes;
      if (removed > 0) dropped.set(table, (dropped.get(table) ?? 0) + removed);
    }
  }
  return dropped;
}
