// A damaged file left by a crash with a write-ahead log: the service finds
// the damage and stops, and neither the file nor its log changes a byte
// (SQLite would otherwise copy the log into the file when it closes).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '../dataFolder';
import { startDataService } from '../service/core';
import { tempFolder } from '../testing/testDatabase';
import { checkIntegrity } from './check';
import { zeroedCasesPageFolder } from './damagedFiles';

const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The damaged folder's file with committed changes still in its log, as kill -9 leaves it. */
async function damagedWithLog(): Promise<string> {
  const damaged = await zeroedCasesPageFolder(tempFolder());
  const writer = new Database(damaged.file);
  writer.pragma('wal_autocheckpoint = 0');
  writer.prepare("UPDATE settings SET value = 'es' WHERE key = 'locale'").run();
  writer.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('locale', 'es')").run();
  // Copied while the writer is still open: the log is not yet in the file, as after a crash.
  const crashed = tempFolder();
  const file = databaseFile(crashed);
  fs.copyFileSync(damaged.file, file);
  fs.copyFileSync(`${damaged.file}-wal`, `${file}-wal`);
  writer.close();
  return crashed;
}

describe('a damaged file with a write-ahead log left by a crash', () => {
  it('is found damaged and kept byte for byte, log included', async () => {
    const folder = await damagedWithLog();
    const file = databaseFile(folder);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const before = { file: hash(file), log: hash(`${file}-wal`) };

    const service = await startDataService({ folder, checkIntegrity });
    await service.checked();
    expect(service.status()).toMatchObject({ state: 'damaged' });
    expect(await service.call('cases.create', {})).toMatchObject({ ok: false });
    await service.close();

    expect(hash(file)).toBe(before.file);
    expect(fs.existsSync(`${file}-wal`) ? hash(`${file}-wal`) : 'log folded into the file').toBe(before.log);
    expect(fs.readdirSync(path.join(folder)).filter((name) => name.startsWith('backups'))).toEqual([]);
  });
});
