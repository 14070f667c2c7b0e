import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackupName } from '../../shared/backups/domain';
import { caseInput, openTestDatabase, snapshot, type TestDatabase } from '../testing/testDatabase';
import { backupsFolder, listBackups, readCheck, sidecarPath } from './files';
import { writeBackup } from './write';

let test: TestDatabase | null = null;
afterEach(() => {
  test?.close();
  test = null;
});

async function withCases(count: number): Promise<TestDatabase> {
  test = await openTestDatabase();
  for (let index = 0; index < count; index += 1) test.call('cases.create', caseInput({ title: `Sanitary permits ${index}` }));
  return test;
}

describe('writeBackup', () => {
  it('writes a checked, self-contained copy into backups/, named by time and reason', async () => {
    const data = await withCases(2);
    data.call('cases.remove', { id: data.call('cases.create', caseInput()).id, version: 1 });
    const entry = await writeBackup(data.db, data.folder, 'manual', { at: '2026-12-03T15:40:00.250Z' });
    expect(entry).toMatchObject({ name: '2026-12-03T15-40-00Z.manual.sqlite', reason: 'manual', verified: true, cases: 2, problem: null });

    const file = path.join(backupsFolder(data.folder), entry.name);
    expect(entry.size).toBe(fs.statSync(file).size);
    // Rollback-journal mode in its header: one file, opened read-only without creating anything beside it.
    expect([...fs.readFileSync(file).subarray(18, 20)]).toEqual([1, 1]);
    const copy = new Database(file, { readonly: true });
    try {
      expect(snapshot(copy)).toBe(snapshot(data.db));
    } finally {
      copy.close();
    }
    expect(fs.readdirSync(backupsFolder(data.folder)).sort()).toEqual([entry.name, path.basename(sidecarPath(file))]);
    expect(readCheck(file)).toMatchObject({ ok: true, schemaVersion: data.db.pragma('user_version', { simple: true }), cases: 2, size: entry.size });
  });

  it('numbers a second copy of the same second and reason instead of replacing the first', async () => {
    const data = await withCases(1);
    const first = await writeBackup(data.db, data.folder, 'manual', { at: '2026-12-03T15:40:00Z' });
    data.call('cases.create', caseInput());
    const second = await writeBackup(data.db, data.folder, 'manual', { at: '2026-12-03T15:40:00.900Z' });
    expect([first.name, second.name]).toEqual(['2026-12-03T15-40-00Z.manual.sqlite', '2026-12-03T15-40-00Z.manual.2.sqlite']);
    expect([first.cases, second.cases]).toEqual([1, 2]);
  });

  it('rotates after each copy and never touches files that are not backups', async () => {
    const data = await withCases(1);
    const folder = backupsFolder(data.folder);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'mine');
    fs.writeFileSync(path.join(folder, '2026-01-01T00-00-00Z.daily.sqlite.partial'), 'cut short');
    for (let day = 1; day <= 10; day += 1) await writeBackup(data.db, data.folder, 'daily', { at: `2026-03-${String(day).padStart(2, '0')}T08:00:00Z` });
    const days = listBackups(data.folder).map((entry) => entry.at.slice(0, 10));
    // The last 7 days, and 1 March as the newest of February's week (W09) — 2 March starts W10.
    expect(days).toEqual(['2026-03-10', '2026-03-09', '2026-03-08', '2026-03-07', '2026-03-06', '2026-03-05', '2026-03-04', '2026-03-01']);
    const files = fs.readdirSync(folder);
    expect(files).toContain('notes.txt');
    expect(files.filter((name) => name.endsWith('.partial'))).toEqual([]);
    // Each remaining backup with its check, and no check without its backup.
    expect(files.filter((name) => name.endsWith('.json')).length).toBe(days.length);
    expect(files.every((name) => name === 'notes.txt' || parseBackupName(name.replace(/\.json$/, '')) !== null)).toBe(true);
  });

  it('records whether the history in the copy is still the chain it was written as (issue 7 §4)', async () => {
    const data = await withCases(2);
    const sound = await writeBackup(data.db, data.folder, 'manual', { at: '2026-12-03T15:40:00Z' });
    expect(sound.historyChainOk).toBe(true);
    // A history rewritten by direct SQL, past the append-only trigger: the copy is faithful, its history is not.
    data.db.exec("DROP TRIGGER audit_log_append_only_update; UPDATE audit_log SET actor = 'Minister of Trade' WHERE id = (SELECT min(id) FROM audit_log)");
    const forged = await writeBackup(data.db, data.folder, 'manual', { at: '2026-12-03T15:41:00Z' });
    expect(forged).toMatchObject({ verified: true, historyChainOk: false });
    const firstId = data.db.prepare('SELECT min(id) FROM audit_log').pluck().get() as number;
    expect(readCheck(path.join(backupsFolder(data.folder), forged.name))?.historyChain).toEqual({ ok: false, firstBadEntry: firstId });
  });

  it('lists a copy changed after its check, or whose check failed, as not verified', async () => {
    const data = await withCases(1);
    const entry = await writeBackup(data.db, data.folder, 'manual', { at: '2026-12-03T15:40:00Z' });
    const file = path.join(backupsFolder(data.folder), entry.name);
    fs.appendFileSync(file, Buffer.alloc(4096));
    expect(listBackups(data.folder)[0]).toMatchObject({ name: entry.name, verified: false, problem: 'The file changed after it was checked.' });
    fs.rmSync(sidecarPath(file));
    expect(listBackups(data.folder)[0]).toMatchObject({ name: entry.name, verified: null, cases: null });
  });
});
