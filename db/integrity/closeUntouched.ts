// Closing a connection to a damaged file without writing to it. When the last
// connection to a WAL database closes, SQLite copies the write-ahead log into
// the main file (a checkpoint) — after a crash, that would write committed
// pages into a file already found damaged, which the recovery screen promises
// to keep as it is. A read-only connection can never checkpoint, and while it
// is open the main connection is not the last one: close through one.
import Database from 'better-sqlite3';

export function closeUntouched(db: Database.Database): void {
  let keeper: Database.Database | null = null;
  try {
    keeper = new Database(db.name, { readonly: true, fileMustExist: true });
    // A statement makes it join the write-ahead log; opening alone does not.
    keeper.prepare('SELECT 1').get();
  } catch {
    // Damage too deep to read even the schema: SQLite could not checkpoint through it either.
  }
  db.close();
  keeper?.close();
}
