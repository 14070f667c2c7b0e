// openDataFile writes nothing to a file before it is known to be sound (issue 7
// §1): an up-to-date file is opened without a write, a file due for a
// migration is checked first, and a damaged one is refused unchanged.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AGREEMENTS } from '../shared/reference/agreements';
import { databaseFile } from './dataFolder';
import { healthyFolder, zeroedCasesPageFolder } from './integrity/damagedFiles';
import type { FileCheck } from './integrity/check';
import { MIGRATIONS, type Migration } from './migrations/index';
import { migrationBackup } from './backups/automatic';
import { DamagedDatabaseError, openDataFile, prepareDatabase } from './open';
import { sha256File, tempFolder } from './testing/testDatabase';

const NEXT: Migration = { version: 1000, name: 'next', up: 'CREATE TABLE next_feature (id TEXT PRIMARY KEY) STRICT' };

const folders: string[] = [];
function folder(): string {
  const made = tempFolder();
  folders.push(made);
  return made;
}
afterEach(() => {
  while (folders.length > 0) fs.rmSync(folders.pop() ?? '', { recursive: true, force: true });
});

/** A check that records which files it was asked about, and how. */
function countingCheck(): { check: FileCheck; calls: { file: string; full: boolean }[] } {
  const calls: { file: string; full: boolean }[] = [];
  return { calls, check: async (file, options) => (calls.push({ file, full: options?.full ?? false }), { ok: true }) };
}

describe('openDataFile', () => {
  it('opens an up-to-date file without writing, and prepareDatabase refreshes it afterwards', async () => {
    const { file } = await healthyFolder(folder(), 3);
    const edit = new Database(file);
    edit.exec("UPDATE agreements SET name_en = 'edited by hand'");
    edit.close();
    const before = sha256File(file);
    const counting = countingCheck();

    const opened = await openDataFile(file, { checkIntegrity: counting.check });
    expect(opened).toMatchObject({ prepared: false, checked: false, uncleanShutdown: false });
    expect(counting.calls).toEqual([]);
    opened.db.close();
    expect(sha256File(file)).toBe(before);

    const again = await openDataFile(file);
    prepareDatabase(again.db);
    expect(again.db.prepare('SELECT name_en FROM agreements ORDER BY position').pluck().all()).toEqual(AGREEMENTS.map((info) => info.name.en));
    again.db.close();
  });

  it('checks a file due for a migration first, once, then backs it up, migrates and prepares it', async () => {
    const { file } = await healthyFolder(folder(), 3);
    const counting = countingCheck();
    const opened = await openDataFile(file, { migrations: [...MIGRATIONS, NEXT], checkIntegrity: counting.check });
    expect(opened).toMatchObject({ prepared: true, checked: true });
    expect(counting.calls).toEqual([{ file, full: false }]);
    expect(opened.db.pragma('user_version', { simple: true })).toBe(1000);
    expect(migrationBackup(file, 1000)).not.toBeNull();
    opened.db.close();

    const reopened = await openDataFile(file, { migrations: [...MIGRATIONS, NEXT], checkIntegrity: counting.check });
    expect(reopened).toMatchObject({ prepared: false, checked: false });
    expect(counting.calls).toHaveLength(1);
    reopened.db.close();
  });

  it('refuses to migrate a damaged file and leaves it, and the folder, as they were', async () => {
    const { file } = await zeroedCasesPageFolder(folder());
    const before = sha256File(file);
    const listing = fs.readdirSync(path.dirname(file)).sort();
    const refusal = await openDataFile(file, { migrations: [...MIGRATIONS, NEXT] }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(DamagedDatabaseError);
    expect((refusal as DamagedDatabaseError).outcome).toMatchObject({ ok: false, cause: 'damaged' });
    expect(sha256File(file)).toBe(before);
    // No pre-migration backup of a damaged file, no write-ahead log with anything in it.
    expect(migrationBackup(file, 1000)).toBeNull();
    expect(fs.readdirSync(path.dirname(file)).filter((name) => !listing.includes(name) && !/-(wal|shm)$/.test(name))).toEqual([]);
    expect(fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
  });

  it('tells a file left by a session that never closed (a write-ahead log with frames) from a clean one', async () => {
    const source = await healthyFolder(folder(), 2);
    // A session killed mid-way: its changes are in the -wal, not yet in the file.
    const live = new Database(source.file);
    live.pragma('wal_autocheckpoint = 0');
    live.exec("UPDATE settings SET value = value WHERE key = 'none'; INSERT INTO meta (key, value) VALUES ('crash-test', '1')");
    const crashed = databaseFile(folder());
    fs.copyFileSync(source.file, crashed);
    fs.copyFileSync(`${source.file}-wal`, `${crashed}-wal`);
    live.close();

    const counting = countingCheck();
    const opened = await openDataFile(crashed, { checkIntegrity: counting.check });
    expect(opened.uncleanShutdown).toBe(true);
    // The committed change in the log is there.
    expect(opened.db.prepare("SELECT value FROM meta WHERE key = 'crash-test'").pluck().get()).toBe('1');
    opened.db.close();

    const clean = await openDataFile(crashed);
    expect(clean.uncleanShutdown).toBe(false);
    clean.db.close();
  });

  it('checks in full before migrating a file left unclean', async () => {
    const source = await healthyFolder(folder(), 2);
    const live = new Database(source.file);
    live.pragma('wal_autocheckpoint = 0');
    live.exec("INSERT INTO meta (key, value) VALUES ('crash-test', '1')");
    const crashed = databaseFile(folder());
    fs.copyFileSync(source.file, crashed);
    fs.copyFileSync(`${source.file}-wal`, `${crashed}-wal`);
    live.close();
    const counting = countingCheck();
    const opened = await openDataFile(crashed, { migrations: [...MIGRATIONS, NEXT], checkIntegrity: counting.check });
    expect(counting.calls).toEqual([{ file: crashed, full: true }]);
    opened.db.close();
  });

  it('takes the busy timeout tests give it', async () => {
    const opened = await openDataFile(databaseFile(folder()), { busyTimeoutMs: 50 });
    expect(opened.db.pragma('busy_timeout', { simple: true })).toBe(50);
    opened.db.close();
  });
});
