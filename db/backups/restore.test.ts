import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFile } from '../dataFolder';
import { MIGRATIONS } from '../migrations/index';
import { openDatabase } from '../open';
import { caseInput, tempFolder } from '../testing/testDatabase';
import { migrationBackup } from './automatic';
import { bytesOf, fileSnapshot, startTestService, type TestService } from './backupTesting';
import { backupsFolder, listBackups } from './files';
import { appSchemaVersion } from './verify';

let service: TestService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

async function withCases(count = 3): Promise<TestService> {
  service = await startTestService();
  for (let index = 0; index < count; index += 1) await service.ok('cases.create', caseInput({ title: `Import licensing ${index + 1}` }));
  return service;
}

/** A copy of a backup, changed by `change`, in a folder outside the data folder. */
function alteredCopy(source: string, change: (db: Database.Database) => void): string {
  const copy = path.join(tempFolder(), 'altered.sqlite');
  fs.copyFileSync(source, copy);
  const db = new Database(copy);
  try {
    change(db);
  } finally {
    db.close();
  }
  return copy;
}

describe('backups.restore', () => {
  it('brings back the data as it was backed up, table for table, after backing up the current data', async () => {
    const app = await withCases();
    const backup = await app.ok('backups.create', {});
    const backedUp = fileSnapshot(path.join(backupsFolder(app.folder), backup.name));
    expect(fileSnapshot(app.file)).toBe(backedUp);

    const first = (await app.ok('cases.list', {})).rows.find((row) => row.title === 'Import licensing 1');
    if (first === undefined) throw new Error('case missing');
    const stored = (await app.ok('cases.get', { id: first.id })).case;
    await app.ok('cases.update', { id: first.id, version: stored.version, title: 'Changed after the backup' });
    await app.ok('cases.create', caseInput({ title: 'Created after the backup' }));
    expect(fileSnapshot(app.file)).not.toBe(backedUp);

    const restored = await app.ok('backups.restore', { name: backup.name });
    expect(restored).toMatchObject({ name: backup.name, path: null, cases: 3, migratedFrom: null, before: { reason: 'before-restore', verified: true, cases: 4 } });
    // The service reopened on the restored file: reads and writes go on.
    await app.checked();
    expect(app.status().state).toBe('ready');
    expect((await app.ok('cases.get', { id: first.id })).case.title).toBe('Import licensing 1');
    expect((await app.ok('cases.list', {})).total).toBe(3);

    // Every row of every table as backed up (the history included).
    await app.close();
    for (const suffix of ['.restoring', '-wal', '-shm']) expect(fs.existsSync(`${app.file}${suffix}`), suffix).toBe(false);
    expect(fileSnapshot(app.file)).toBe(backedUp);

    // The data from before the restore is kept, and holds the change.
    const before = new Database(path.join(backupsFolder(app.folder), restored.before.name), { readonly: true });
    try {
      expect(before.prepare('SELECT title FROM cases WHERE id = ?').pluck().get(first.id)).toBe('Changed after the backup');
    } finally {
      before.close();
    }
  });

  it('restores from a file saved elsewhere, by its full path', async () => {
    const app = await withCases(2);
    const backup = await app.ok('backups.create', {});
    const usb = tempFolder();
    const saved = await app.ok('backups.export', { name: backup.name, folder: usb });
    expect(path.dirname(saved.path)).toBe(usb);
    await app.ok('cases.create', caseInput({ title: 'Created after the backup' }));

    const restored = await app.ok('backups.restore', { path: saved.path });
    expect(restored).toMatchObject({ name: null, path: fs.realpathSync(saved.path), cases: 2 });
    expect((await app.ok('cases.list', {})).total).toBe(2);
    // The chosen file was only read.
    expect(fs.readdirSync(usb)).toEqual([path.basename(saved.path)]);
  });

  it('migrates a copy made by an earlier version once it is restored, keeping the copy as it was', async () => {
    const app = await withCases(1);
    const previous = MIGRATIONS.filter((migration) => migration.version < appSchemaVersion());
    const older = databaseFile(tempFolder());
    (await openDatabase(older, { migrations: previous })).close();
    const olderVersion = Math.max(...previous.map((migration) => migration.version));

    const restored = await app.ok('backups.restore', { path: older });
    expect(restored).toMatchObject({ cases: 0, migratedFrom: olderVersion });
    await app.checked();
    expect(app.status().state).toBe('ready');
    expect((await app.ok('cases.list', {})).total).toBe(0);
    const kept = migrationBackup(app.file, appSchemaVersion());
    expect(kept).not.toBeNull();
    expect(listBackups(app.folder).find((entry) => entry.reason === 'before-migration')).toMatchObject({ verified: true, schemaVersion: olderVersion });
  });

  describe('refuses, before anything is replaced,', () => {
    async function expectUnchanged(app: TestService, input: { name?: string; path?: string }, error: Record<string, unknown>) {
      const bytes = bytesOf(app.file);
      const backups = fs.readdirSync(backupsFolder(app.folder)).sort();
      expect(await app.refused('backups.restore', input)).toMatchObject(error);
      expect(bytesOf(app.file)).toBe(bytes);
      // No before-restore copy was taken, and nothing was left behind.
      expect(fs.readdirSync(backupsFolder(app.folder)).sort()).toEqual(backups);
      expect(fs.readdirSync(app.folder).filter((name) => name.includes('.restoring'))).toEqual([]);
      expect(app.status().state).toBe('ready');
    }

    it('a file of another application, or no SQLite file at all', async () => {
      const app = await withCases();
      await app.ok('backups.create', {});
      const foreign = path.join(tempFolder(), 'other.sqlite');
      const other = new Database(foreign);
      other.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1)');
      other.close();
      await expectUnchanged(app, { path: foreign }, { code: 'invalid_input', reason: 'backup_not_ours' });
      const text = path.join(tempFolder(), 'notes.sqlite');
      fs.writeFileSync(text, 'SQLite format 3 is what this file pretends to be, and is not.');
      await expectUnchanged(app, { path: text }, { code: 'invalid_input', reason: 'backup_not_ours' });
      const empty = path.join(tempFolder(), 'empty.sqlite');
      fs.writeFileSync(empty, '');
      await expectUnchanged(app, { path: empty }, { code: 'invalid_input', reason: 'backup_not_ours' });
    });

    it('a copy written by a newer version', async () => {
      const app = await withCases();
      const backup = await app.ok('backups.create', {});
      const newer = alteredCopy(path.join(backupsFolder(app.folder), backup.name), (db) => db.pragma(`user_version = ${appSchemaVersion() + 10}`));
      await expectUnchanged(app, { path: newer }, { code: 'invalid_input', reason: 'backup_too_new', params: { version: appSchemaVersion() + 10, supported: appSchemaVersion() } });
    });

    it('a damaged copy', async () => {
      const app = await withCases(150);
      const backup = await app.ok('backups.create', {});
      const source = path.join(backupsFolder(app.folder), backup.name);
      const damaged = path.join(tempFolder(), 'damaged.sqlite');
      const bytes = fs.readFileSync(source);
      const pageSize = bytes.readUInt16BE(16);
      // A page of the cases table, zeroed: the header still says "ours", SQLite finds the damage.
      const reader = new Database(source, { readonly: true });
      const page = reader.prepare("SELECT pageno FROM dbstat WHERE name = 'cases' AND pagetype = 'leaf' LIMIT 1 OFFSET 1").pluck().get() as number;
      reader.close();
      bytes.fill(0, (page - 1) * pageSize, page * pageSize);
      fs.writeFileSync(damaged, bytes);
      await expectUnchanged(app, { path: damaged }, { code: 'invalid_input', reason: 'backup_damaged' });
    });

    it('a name that is not a listed backup, a relative path, a folder, or nothing to restore', async () => {
      const app = await withCases();
      await app.ok('backups.create', {});
      await expectUnchanged(app, { name: '../commission-desk.sqlite' }, { code: 'not_found', reason: 'no_backup' });
      await expectUnchanged(app, { name: '2020-01-01T00-00-00Z.manual.sqlite' }, { code: 'not_found', reason: 'no_backup' });
      await expectUnchanged(app, { path: 'backups/x.sqlite' }, { code: 'invalid_input', fields: { path: { code: 'invalid' } } });
      await expectUnchanged(app, { path: tempFolder() }, { code: 'not_found', reason: 'no_backup' });
      await expectUnchanged(app, { path: app.file }, { code: 'invalid_input', fields: { path: { code: 'invalid' } } });
      await expectUnchanged(app, {}, { code: 'invalid_input', fields: { name: { code: 'required' } } });
    });
  });

  it('is refused, with taking a backup, by a copy of the app that only looks (--read-only)', async () => {
    const folder = tempFolder();
    service = await startTestService({ folder });
    await service.ok('cases.create', caseInput());
    const backup = await service.ok('backups.create', {});
    // The day's automatic copy may be there too (db/service/core.ts): the read-only copy adds none.
    const taken = (await service.ok('backups.list', {})).backups.map((entry) => entry.name);
    expect(taken).toContain(backup.name);
    await service.close();
    service = await startTestService({ folder, readOnly: true });
    const bytes = bytesOf(service.file);
    expect(await service.refused('backups.create', {})).toMatchObject({ code: 'read_only' });
    expect(await service.refused('backups.restore', { name: backup.name })).toMatchObject({ code: 'read_only' });
    expect((await service.ok('backups.list', {})).backups.map((entry) => entry.name)).toEqual(taken);
    expect(bytesOf(service.file)).toBe(bytes);
  });

  it('restores over a file found damaged, keeping the damaged bytes as they were', async () => {
    const folder = tempFolder();
    service = await startTestService({ folder });
    await service.ok('cases.create', caseInput());
    const backup = await service.ok('backups.create', {});
    await service.close();

    let checks = 0;
    // The first check finds damage; the one after the restore passes.
    service = await startTestService({ folder, checkIntegrity: async () => ((checks += 1) === 1 ? { ok: false, cause: 'damaged', detail: 'Tree 4 page 7: btreeInitPage() returns error code 11' } : { ok: true }) });
    expect(service.status().state).toBe('damaged');
    const damagedBytes = fs.readFileSync(service.file);
    expect(await service.refused('backups.create', {})).toMatchObject({ code: 'corrupt', reason: 'damaged' });

    const restored = await service.ok('backups.restore', { name: backup.name });
    expect(restored.before).toMatchObject({ reason: 'before-restore', verified: false });
    expect(restored.before.problem).toContain('btreeInitPage');
    expect(fs.readFileSync(path.join(backupsFolder(folder), restored.before.name)).equals(damagedBytes)).toBe(true);
    await service.checked();
    expect(service.status().state).toBe('ready');
    expect((await service.ok('cases.list', {})).total).toBe(1);
  });
});
