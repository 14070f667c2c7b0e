// A damaged file left by a crash with a write-ahead log: whichever way the
// damage is met — at the check after opening, by the full check on demand, by
// a read in the middle of work — and whatever is done next (restore, quit),
// neither the file nor its log changes a byte before it is swapped out.
// SQLite would otherwise copy the log into the file when it closes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../shared/backups/domain';
import { backupsFolder, listBackups } from '../backups/files';
import { databaseFile } from '../dataFolder';
import { startDataService, type DataService, type IntegrityCheck } from '../service/core';
import { tempFolder } from '../testing/testDatabase';
import { checkIntegrity } from './check';
import { closeUntouched } from './closeUntouched';
import { healthyFolder, zeroedCasesPageFolder } from './damagedFiles';

const hash = (file: string) => (fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'no such file');
const hashes = (file: string) => ({ file: hash(file), log: hash(`${file}-wal`) });

let service: DataService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

/** A data folder's file after kill -9: committed changes still in its log, not in the file. */
function crashedCopy(source: string): string {
  const writer = new Database(source);
  writer.pragma('wal_autocheckpoint = 0');
  writer.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('locale', ?)").run(JSON.stringify('es'));
  // Copied while the writer is still open: the log is not yet in the file, as after a crash.
  const crashed = tempFolder();
  const file = databaseFile(crashed);
  fs.copyFileSync(source, file);
  fs.copyFileSync(`${source}-wal`, `${file}-wal`);
  writer.close();
  expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
  return crashed;
}

/** The damaged folder's file (a zeroed page of the cases table) with a log left by a crash. */
async function damagedWithLog(): Promise<string> {
  return crashedCopy((await zeroedCasesPageFolder(tempFolder())).file);
}

/** The first check passes (damage it did not look for); every later one is the real one. */
function missesTheDamageOnce(): IntegrityCheck {
  let checks = 0;
  return async (file, options) => ((checks += 1) === 1 ? { ok: true } : checkIntegrity(file, options));
}

describe('a damaged file with a write-ahead log left by a crash', () => {
  it('is found damaged at the check after opening and kept byte for byte, log included', async () => {
    const folder = await damagedWithLog();
    const file = databaseFile(folder);
    const before = hashes(file);

    service = await startDataService({ folder, checkIntegrity });
    await service.checked();
    expect(service.status()).toMatchObject({ state: 'damaged' });
    expect(await service.call('cases.create', {})).toMatchObject({ ok: false });
    await service.close();
    service = null;

    expect(hashes(file)).toEqual(before);
    expect(fs.readdirSync(path.join(folder)).filter((name) => name.startsWith('backups'))).toEqual([]);
  });

  it('found by the full check on demand, is closed without a byte written (recovery.check reopens it)', async () => {
    const folder = await damagedWithLog();
    const file = databaseFile(folder);
    const before = hashes(file);

    service = await startDataService({ folder, checkIntegrity: missesTheDamageOnce() });
    await service.checked();
    expect(service.status().state).toBe('ready');
    expect(await service.call('recovery.check', {})).toMatchObject({ ok: true, result: { ok: false, cause: 'damaged' } });
    await service.checked();
    expect(service.status().state).toBe('damaged');
    expect(hashes(file)).toEqual(before);
    await service.close();
    service = null;
    expect(hashes(file)).toEqual(before);
  });

  it('met by a read in the middle of work, is closed without a byte written', async () => {
    const folder = await damagedWithLog();
    const file = databaseFile(folder);
    const before = hashes(file);

    service = await startDataService({ folder, checkIntegrity: missesTheDamageOnce() });
    await service.checked();
    // Every case, in title order: the read goes through the zeroed page.
    expect(await service.call('cases.list', { limit: 200 })).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(service.status().state).toBe('damaged');
    await service.close();
    service = null;
    expect(hashes(file)).toEqual(before);
  });

  it('quit before its check is over, is closed without a byte written (the next start checks it again)', async () => {
    const folder = await damagedWithLog();
    const file = databaseFile(folder);
    const before = hashes(file);
    let finish: () => void = () => undefined;
    const slow: IntegrityCheck = () => new Promise((resolve) => (finish = () => resolve({ ok: true })));

    service = await startDataService({ folder, checkIntegrity: slow });
    expect(service.status().state).toBe('checking');
    await service.close();
    service = null;
    finish();
    expect(hashes(file)).toEqual(before);
  });

  describe('restored over', () => {
    async function restoreOver(options: Readonly<{ check: IntegrityCheck; damageFoundBy?: 'recovery.check' }>) {
      const folder = await damagedWithLog();
      const file = databaseFile(folder);
      const before = hashes(file);
      const backup = await healthyFolder(tempFolder(), 2);

      service = await startDataService({ folder, checkIntegrity: options.check });
      await service.checked();
      if (options.damageFoundBy === 'recovery.check') {
        await service.call('recovery.check', {});
        await service.checked();
      }
      expect(service.status().state).toBe('damaged');
      expect(await service.call('backups.restore', { path: backup.file })).toMatchObject({ ok: true, result: { cases: 2, before: { reason: 'before-restore', verified: false } } });
      await service.checked();
      expect(service.status().state).toBe('ready');
      const kept = listBackups(folder).find((entry: BackupEntry) => entry.reason === 'before-restore');
      if (kept === undefined) throw new Error('no before-restore copy');
      // The copy taken before the restore holds the damaged bytes as they were, log included.
      expect(hashes(path.join(backupsFolder(folder), kept.name))).toEqual(before);
    }

    it('when found damaged at start: the before-restore copy holds the file and its log as they were', async () => {
      await restoreOver({ check: checkIntegrity });
    });

    it('when found damaged by the full check on demand: the same', async () => {
      await restoreOver({ check: missesTheDamageOnce(), damageFoundBy: 'recovery.check' });
    });
  });
});

describe('closeUntouched', () => {
  /** A file whose first page (the header and the schema) is zeroed, with a log left by a crash. */
  async function unreadableWithLog(): Promise<string> {
    const folder = crashedCopy((await healthyFolder(tempFolder(), 5)).file);
    const file = databaseFile(folder);
    const handle = fs.openSync(file, 'r+');
    fs.writeSync(handle, Buffer.alloc(4096), 0, 4096, 0);
    fs.closeSync(handle);
    return file;
  }

  it('keeps a file whose schema cannot be read unchanged too (SQLite would still copy the log into it)', async () => {
    const file = await unreadableWithLog();
    const before = hashes(file);
    const db = new Database(file);
    expect(() => db.prepare('SELECT count(*) FROM settings').get()).toThrow();
    closeUntouched(db);
    expect(hashes(file)).toEqual(before);
  });

  it('shows that a plain close would write to it (so the tests above can fail)', async () => {
    const file = await unreadableWithLog();
    const before = hashes(file);
    const db = new Database(file);
    expect(() => db.prepare('SELECT count(*) FROM settings').get()).toThrow();
    db.close();
    expect(hashes(file)).not.toEqual(before);
  });

  it('when no second connection can be had, puts the file and its log back as they were', async () => {
    const file = await unreadableWithLog();
    const before = hashes(file);
    const db = new Database(file);
    expect(() => db.prepare('SELECT count(*) FROM settings').get()).toThrow();
    closeUntouched(db, () => {
      throw new Error('EMFILE: too many open files');
    });
    expect(hashes(file)).toEqual(before);
    expect(fs.readdirSync(path.dirname(file)).filter((name) => name.includes('untouched'))).toEqual([]);
  });
});
