// Reads what openDatabase needs to know about an existing file WITHOUT opening
// it for writing: is it SQLite, whose is it, which schema version. Nothing here
// writes, so a refused file stays byte-for-byte as it was.
// File format: https://www.sqlite.org/fileformat2.html#the_database_header
import fs from 'node:fs';
import Database from 'better-sqlite3';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;
/** Page 1 holds the 100-byte file header, then the b-tree page of sqlite_schema. */
const LEAF_TABLE_PAGE = 0x0d;

export type FileFacts =
  | Readonly<{ kind: 'absent' }>
  | Readonly<{ kind: 'not_sqlite' }>
  | Readonly<{ kind: 'sqlite'; applicationId: number; userVersion: number; schemaEmpty: boolean }>;

export function readFileFacts(file: string): FileFacts {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
    throw error;
  }
  // SQLite itself treats a zero-length file as an empty database.
  if (size === 0) return { kind: 'absent' };
  const page = readStart(file, HEADER_BYTES + 8);
  if (page.length < HEADER_BYTES || !page.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) return { kind: 'not_sqlite' };
  // Committed changes may still sit in the write-ahead log after a crash; then
  // the header in the main file can be stale, so ask SQLite (read-only) instead.
  if (hasWriteAheadLog(file)) return readThroughSqlite(file);
  const pageType = page[HEADER_BYTES];
  const schemaCells = page.readUInt16BE(HEADER_BYTES + 3);
  return {
    kind: 'sqlite',
    userVersion: page.readInt32BE(60),
    applicationId: page.readInt32BE(68),
    schemaEmpty: pageType === LEAF_TABLE_PAGE && schemaCells === 0,
  };
}

function readStart(file: string, length: number): Buffer {
  const handle = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = fs.readSync(handle, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(handle);
  }
}

function hasWriteAheadLog(file: string): boolean {
  try {
    return fs.statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

function readThroughSqlite(file: string): FileFacts {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return { kind: 'not_sqlite' };
  }
  try {
    const schemaRows = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
    return {
      kind: 'sqlite',
      userVersion: db.pragma('user_version', { simple: true }) as number,
      applicationId: db.pragma('application_id', { simple: true }) as number,
      schemaEmpty: schemaRows.n === 0,
    };
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') return { kind: 'not_sqlite' };
    throw error;
  } finally {
    db.close();
  }
}
