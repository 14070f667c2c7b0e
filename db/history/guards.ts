// The history's guards (issue 7 §4): the triggers that refuse UPDATE and
// DELETE on the audit log and an insert that does not continue the hash
// chain. Anyone with the file and a SQLite shell can drop them; the chain
// then shows what was rewritten, but nothing would stop the next rewrite.
// So every open of a sound file puts back a guard found missing — or found
// with another body under its name — and records when, in meta, so that
// "Verify history" can say so (db/history/handlers.ts) and the log shows it.
import type Database from 'better-sqlite3';
import type { GuardsRestored } from '../../shared/history/api';
import { GENESIS_HASH } from './chain';

/**
 * The guards as migration 100 created them, word for word: a guard whose
 * stored SQL differs (spaces aside) is not ours. guards.test.ts holds this to
 * a file migrated from scratch.
 */
export const HISTORY_GUARDS: ReadonlyArray<Readonly<{ name: string; sql: string }>> = [
  {
    name: 'audit_log_append_only_update',
    sql: `CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The history is append-only'); END`,
  },
  {
    name: 'audit_log_append_only_delete',
    sql: `CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The history is append-only'); END`,
  },
  {
    name: 'audit_log_chained',
    sql: `CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${GENESIS_HASH}')
  OR NEW.id <= coalesce((SELECT max(id) FROM audit_log), 0)
BEGIN SELECT RAISE(ABORT, 'A history entry must continue the chain'); END`,
  },
];

const META_KEY = 'history_guards_restored';
/** Enough to show a pattern; older records are dropped so meta stays small. */
const RECORDS_KEPT = 20;

function sameSql(a: string, b: string): boolean {
  const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();
  return flat(a) === flat(b);
}

/**
 * Puts back every guard that is missing or not ours, in one transaction with
 * the record of it; answers the names put back (none on a file as the app
 * left it). Does nothing on a file older than the hash chain (version 100),
 * whose migration creates them.
 */
export function restoreHistoryGuards(db: Database.Database, at: string): readonly string[] {
  const chained = (db.prepare("SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'prev_hash'").pluck().get() as number) > 0;
  if (!chained) return [];
  const stored = new Map(
    (db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as { name: string; sql: string }[]).map(
      (row) => [row.name, row.sql],
    ),
  );
  const missing = HISTORY_GUARDS.filter((guard) => {
    const sql = stored.get(guard.name);
    return sql === undefined || !sameSql(sql, guard.sql);
  });
  if (missing.length === 0) return [];
  const names = missing.map((guard) => guard.name);
  db.transaction(() => {
    for (const guard of missing) {
      // SECURITY: names come from the fixed list above, never from the file.
      db.exec(`DROP TRIGGER IF EXISTS "${guard.name}"`);
      db.exec(guard.sql);
    }
    const records = [...guardsRestored(db), { at, guards: names }].slice(-RECORDS_KEPT);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(META_KEY, JSON.stringify(records));
  }).immediate();
  console.error(`[history] the history's guards ${names.join(', ')} were missing or changed in ${db.name}; put back at ${at}`);
  return names;
}

/** Each time guards were put back, oldest first; empty when it never happened. */
export function guardsRestored(db: Database.Database): readonly GuardsRestored[] {
  const value = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(META_KEY) as string | undefined;
  if (value === undefined) return [];
  try {
    const parsed = JSON.parse(value) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((record: unknown) => {
      if (record === null || typeof record !== 'object') return [];
      const { at, guards } = record as { at?: unknown; guards?: unknown };
      if (typeof at !== 'string' || !Array.isArray(guards) || !guards.every((guard) => typeof guard === 'string')) return [];
      return [{ at, guards: guards as string[] }];
    });
  } catch {
    // Meta edited by hand into something unreadable: the chain still speaks for the history.
    return [];
  }
}
