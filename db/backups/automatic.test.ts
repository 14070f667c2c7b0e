import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { caseInput, openTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { backupDailyIfDue, backupOnClose } from './automatic';
import { exportBackup, backupForDownload } from './export';
import { backupsFolder, listBackups } from './files';
import { writeBackup } from './write';

let test: TestDatabase | null = null;
afterEach(() => {
  test?.close();
  test = null;
});

describe('automatic backups', () => {
  it('on quit: only when something was recorded since the newest copy', async () => {
    test = await openTestDatabase();
    // A new, empty data file has nothing to keep.
    expect(await backupOnClose(test.db, test.folder, new Date('2026-03-10T18:00:00Z'))).toBeNull();
    test.call('cases.create', caseInput());
    expect(await backupOnClose(test.db, test.folder, new Date('2026-03-10T18:00:00Z'))).toMatchObject({ reason: 'quit', verified: true, cases: 1 });
    expect(await backupOnClose(test.db, test.folder, new Date('2026-03-10T19:00:00Z'))).toBeNull();
    test.call('settings.update', { userName: 'Ana Pérez' });
    expect(await backupOnClose(test.db, test.folder, new Date('2026-03-10T20:00:00Z'))).toMatchObject({ reason: 'quit' });
    // The day's newest copy stands for the day (rotation).
    expect(listBackups(test.folder).map((entry) => entry.name)).toEqual(['2026-03-10T20-00-00Z.quit.sqlite']);
  });

  it('daily: the first of the day, not again that day, and the next day after a change', async () => {
    test = await openTestDatabase();
    test.call('cases.create', caseInput());
    expect(await backupDailyIfDue(test.db, test.folder, new Date('2026-03-10T08:00:00Z'))).toMatchObject({ reason: 'daily', name: '2026-03-10T08-00-00Z.daily.sqlite' });
    test.call('cases.create', caseInput());
    expect(await backupDailyIfDue(test.db, test.folder, new Date('2026-03-10T12:00:00Z'))).toBeNull();
    // Next day, nothing changed: the copy of yesterday still holds it all.
    test.call('cases.create', caseInput());
    await backupOnClose(test.db, test.folder, new Date('2026-03-10T18:00:00Z'));
    expect(await backupDailyIfDue(test.db, test.folder, new Date('2026-03-11T08:00:00Z'))).toBeNull();
    test.call('cases.create', caseInput());
    expect(await backupDailyIfDue(test.db, test.folder, new Date('2026-03-11T09:00:00Z'))).toMatchObject({ reason: 'daily', cases: 4 });
  });

  it('leaves the backups to the copy that holds the folder when the database is open read-only', async () => {
    test = await openTestDatabase();
    test.call('cases.create', caseInput());
    const reader = new Database(test.file, { readonly: true });
    try {
      expect(await backupOnClose(reader, test.folder)).toBeNull();
      expect(await backupDailyIfDue(reader, test.folder)).toBeNull();
    } finally {
      reader.close();
    }
    expect(listBackups(test.folder)).toEqual([]);
    expect(await backupOnClose(test.db, test.folder)).not.toBeNull();
  });

  it('never throws: a copy that cannot be written is said in the log and quitting goes on', async () => {
    test = await openTestDatabase();
    test.call('cases.create', caseInput());
    // backups/ is a file: nothing can be written into it.
    fs.writeFileSync(backupsFolder(test.folder), 'in the way');
    const logged: string[] = [];
    const original = console.error;
    console.error = (line: string) => logged.push(line);
    try {
      expect(await backupOnClose(test.db, test.folder)).toBeNull();
    } finally {
      console.error = original;
    }
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^\[backups\] the quit backup of .* failed: /);
  });
});

describe('saving a copy elsewhere', () => {
  it('copies a listed backup into a folder, never over a file there', async () => {
    test = await openTestDatabase();
    test.call('cases.create', caseInput());
    const entry = await writeBackup(test.db, test.folder, 'manual', { at: '2026-12-03T15:40:00Z' });
    const folder = test.folder;
    const usb = path.join(folder, 'usb');
    fs.mkdirSync(usb);
    const first = exportBackup({ name: entry.name, folder: usb }, test.folder);
    const second = exportBackup({ name: entry.name, folder: usb }, test.folder);
    expect([first.path, second.path]).toEqual([path.join(usb, 'commission-desk-2026-12-03T15-40-00Z.manual.sqlite'), path.join(usb, 'commission-desk-2026-12-03T15-40-00Z.manual (2).sqlite')]);
    expect(fs.readFileSync(first.path).equals(fs.readFileSync(path.join(backupsFolder(test.folder), entry.name)))).toBe(true);
    expect(() => exportBackup({ name: entry.name, folder: path.join(usb, 'missing') }, folder)).toThrow(/no folder/i);
    expect(() => exportBackup({ name: '../commission-desk.sqlite', folder: usb }, folder)).toThrow(/no backup/i);
  });

  it('hands the browser host only listed backups to download', async () => {
    test = await openTestDatabase();
    test.call('cases.create', caseInput());
    const entry = await writeBackup(test.db, test.folder, 'manual', { at: '2026-12-03T15:40:00Z' });
    expect(backupForDownload(test.folder, entry.name)).toEqual({ file: path.join(backupsFolder(test.folder), entry.name), size: entry.size, downloadName: 'commission-desk-2026-12-03T15-40-00Z.manual.sqlite' });
    for (const other of ['../commission-desk.sqlite', `${entry.name}.json`, '2020-01-01T00-00-00Z.manual.sqlite', '/etc/passwd']) expect(backupForDownload(test.folder, other)).toBeNull();
  });
});
