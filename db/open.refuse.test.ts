// openDatabase must refuse, and leave byte-for-byte untouched, any file it
// cannot safely own: not SQLite, another application's database, or a file
// from a newer version of Commission Desk.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFile } from './dataFolder';
import { MIGRATIONS } from './migrations/index';
import { APPLICATION_ID, DatabaseTooNewError, ForeignDatabaseError, openDatabase } from './open';
import { sha256File, tempFolder } from './testing/testDatabase';

const LATEST = MIGRATIONS.at(-1)?.version ?? 0;
const folders: string[] = [];
afterEach(() => {
  while (folders.length > 0) fs.rmSync(folders.pop() ?? '', { recursive: true, force: true });
});

function newFile(): string {
  const folder = tempFolder();
  folders.push(folder);
  return databaseFile(folder);
}

function folderListing(file: string): string[] {
  return fs.readdirSync(path.dirname(file)).sort();
}

async function expectRefusedUnchanged(file: string, error: new (...args: never[]) => Error): Promise<Error> {
  const digest = sha256File(file);
  const listing = folderListing(file);
  const refusal = await openDatabase(file).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(refusal).toBeInstanceOf(error);
  expect(sha256File(file)).toBe(digest);
  expect(folderListing(file)).toEqual(listing);
  return refusal as Error;
}

describe('openDatabase refuses', () => {
  it('a file written by a newer version, with a clear message and the file unchanged', async () => {
    const file = newFile();
    (await openDatabase(file)).close();
    const raw = new Database(file);
    raw.pragma('user_version = 990');
    raw.close();

    const refusal = await expectRefusedUnchanged(file, DatabaseTooNewError);
    expect(refusal.message).toBe(
      `This data file was written by a newer version of Commission Desk (schema 990; this version reads up to ${LATEST}). ` +
        'Install the newer version; your data has not been changed.',
    );
    expect(refusal.message).not.toMatch(/delete|reset|remove/i);
  });

  it('a newer file whose version change is still in the write-ahead log', async () => {
    const file = newFile();
    (await openDatabase(file)).close();
    // A newer version that is still running (or crashed) has committed to the WAL only.
    const newer = new Database(file);
    newer.pragma('wal_autocheckpoint = 0');
    newer.pragma('user_version = 995');
    try {
      const digest = sha256File(file);
      await expect(openDatabase(file)).rejects.toBeInstanceOf(DatabaseTooNewError);
      expect(sha256File(file)).toBe(digest);
    } finally {
      newer.close();
    }
  });

  it("another application's SQLite database", async () => {
    const file = newFile();
    const other = new Database(file);
    other.pragma('application_id = 1234');
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('not ours')");
    other.close();
    const refusal = await expectRefusedUnchanged(file, ForeignDatabaseError);
    expect(refusal.message).toMatch(/is not a Commission Desk data file/);
    expect(refusal.message).toMatch(/has not been opened or changed/);
  });

  it('a SQLite database with tables and no application_id', async () => {
    const file = newFile();
    const other = new Database(file);
    other.exec('CREATE TABLE cases (id TEXT)');
    other.close();
    await expectRefusedUnchanged(file, ForeignDatabaseError);
  });

  it('an empty SQLite database marked by another application', async () => {
    const file = newFile();
    const other = new Database(file);
    other.pragma('application_id = 42');
    other.close();
    await expectRefusedUnchanged(file, ForeignDatabaseError);
  });

  it('a text file', async () => {
    const file = newFile();
    fs.writeFileSync(file, 'Minutes of the Free Trade Commission, 2026.\n'.repeat(40));
    const refusal = await expectRefusedUnchanged(file, ForeignDatabaseError);
    expect(refusal.message).toMatch(/not a SQLite database/);
  });

  it('a file too short to be SQLite', async () => {
    const file = newFile();
    fs.writeFileSync(file, 'SQLite format 3');
    await expectRefusedUnchanged(file, ForeignDatabaseError);
  });
});

describe('openDatabase accepts', () => {
  it('an empty SQLite database without an application_id (e.g. created by hand)', async () => {
    const file = newFile();
    new Database(file).close();
    const db = await openDatabase(file);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });
});
