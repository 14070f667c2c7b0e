// EXPLAIN QUERY PLAN of what a piece of data-layer code actually runs: every
// statement it prepares on a fresh read-only connection, with its plan steps.
import Database from 'better-sqlite3';

export type Plan = Readonly<{ sql: string; steps: readonly string[] }>;

/** Runs `action` against `file` and explains every statement it prepared (parameters bound as null). */
export function explainStatements(file: string, action: (db: Database.Database) => void): Plan[] {
  const db = new Database(file, { readonly: true });
  try {
    const prepare = db.prepare.bind(db);
    const prepared: string[] = [];
    db.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    action(db);
    return prepared.map((sql) => {
      const parameters = sql.split('?').length - 1;
      const rows = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array<null>(parameters).fill(null)) as { detail: string }[];
      return { sql, steps: rows.map((row) => row.detail) };
    });
  } finally {
    db.close();
  }
}
