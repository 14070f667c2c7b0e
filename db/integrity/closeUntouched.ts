// Closing a connection to a file that may be damaged without writing to it.
// When the last connection to a WAL database closes, SQLite copies the
// write-ahead log into the main file (a checkpoint) and deletes the log —
// after a crash, that would write into a file found damaged, which the
// recovery screen promises to keep as it is. The checkpoint needs an exclusive
// lock on the file; a second, read-only connection that has touched the file
// holds a shared lock until it closes, and a read-only connection never
// checkpoints itself: the main connection is closed while it is open.
//
// The keeper keeps its lock even when its statement fails: with the header
// and schema page zeroed, SQLite still took the lock and opened the log
// before finding it could not read the schema (closeUntouched.test.ts). Only
// when no second connection can be opened at all (no file handle left, the
// file's permissions changed) is there nothing to hold the lock: the file and
// its log are then copied aside before the close and put back after it.
import fs from 'node:fs';
import Database from 'better-sqlite3';

export type OpenKeeper = (file: string) => Database.Database;

const openReadOnly: OpenKeeper = (file) => new Database(file, { readonly: true, fileMustExist: true });

export function closeUntouched(db: Database.Database, openKeeper: OpenKeeper = openReadOnly): void {
  let keeper: Database.Database;
  try {
    keeper = openKeeper(db.name);
  } catch {
    closeAndPutBack(db);
    return;
  }
  try {
    // A statement makes it take the lock and join the log; opening alone does not.
    keeper.prepare('SELECT 1').get();
  } catch {
    // The schema could not be read: the lock was taken before that was found (see above).
  }
  try {
    db.close();
  } finally {
    keeper.close();
  }
}

/** The close without a keeper: whatever the checkpoint writes is undone with the bytes copied before it. */
function closeAndPutBack(db: Database.Database): void {
  const file = db.name;
  const kept: string[] = [];
  try {
    for (const part of [file, `${file}-wal`]) {
      if (!fs.existsSync(part)) continue;
      fs.copyFileSync(part, `${part}.untouched`);
      kept.push(part);
    }
  } catch (error) {
    // No room for the copy: the close would write to the file all the same, so say so.
    console.error(`[integrity] ${file} could not be kept aside before closing; SQLite may copy its log into it: ${(error as Error).message}`);
    for (const part of kept) fs.rmSync(`${part}.untouched`, { force: true });
    db.close();
    return;
  }
  db.close();
  // The -shm index is rebuilt from the log by the next connection: it is not put back.
  for (const part of kept) fs.renameSync(`${part}.untouched`, part);
}
