// The history against its backups (issue 7 §4): entries cut off the end and a
// chain recomputed whole pass the chain check, but not the comparison with a
// backup's last entry; and the copy that shows it survives the next automatic
// copy of the same day.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName } from '../../shared/backups/domain';
import { backupsFolder, listBackups, readCheck } from '../backups/files';
import { writeBackup } from '../backups/write';
import { caseInput, openTestDatabase, snapshot, type TestDatabase } from '../testing/testDatabase';
import { CHAINED_COLUMNS, entryHash, type ChainedRow } from './chain';

let test: TestDatabase;
beforeEach(async () => {
  test = await openTestDatabase();
  test.call('settings.update', { userName: 'Ana Pérez' });
  for (const title of ['Dairy permits', 'Banana quotas', 'Labor inspections']) test.call('cases.create', caseInput({ title }));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  test.close();
  vi.restoreAllMocks();
});

const MORNING = '2026-03-10T08:00:00.000Z';
const EVENING = '2026-03-10T18:00:00.000Z';
const DAILY = backupFileName(MORNING, 'daily');
const QUIT = backupFileName(EVENING, 'quit');

function newestId(): number {
  return test.db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
}

function dropGuards(): void {
  for (const name of test.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'").pluck().all() as string[]) {
    test.db.exec(`DROP TRIGGER "${name}"`);
  }
}

/** Rewrites entry `id` and recomputes every hash from it on, as someone who knows the format would: the chain checks out. */
function rewriteWithChain(id: number, actor: string): void {
  dropGuards();
  const rows = test.db.prepare(`SELECT ${CHAINED_COLUMNS} FROM audit_log WHERE id >= ? ORDER BY id`).all(id) as ChainedRow[];
  let previous = test.db.prepare('SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1').pluck().get(id) as string;
  for (const row of rows) {
    const forged: ChainedRow = { ...row, actor: row.id === id ? actor : row.actor, prevHash: previous };
    previous = entryHash(forged);
    test.db.prepare('UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?').run(forged.actor, forged.prevHash, previous, row.id);
  }
}

function sidecar(name: string) {
  return readCheck(path.join(backupsFolder(test.folder), name));
}

describe('history.verify against the backups', () => {
  it('records the last entry and its hash in the backup check', async () => {
    await writeBackup(test.db, test.folder, 'daily', { at: MORNING });
    const end = newestId();
    expect(sidecar(DAILY)).toMatchObject({ historyEnd: end, historyEndHash: test.db.prepare('SELECT hash FROM audit_log WHERE id = ?').pluck().get(end) });
    expect(test.call('history.verify', {})).toEqual({ intact: true, entries: end });
  });

  it('finds the newest entry cut off the end, and the day’s quit copy keeps the daily copy that holds it', async () => {
    await writeBackup(test.db, test.folder, 'daily', { at: MORNING });
    const cut = newestId();
    dropGuards();
    test.db.prepare('DELETE FROM audit_log WHERE id = ?').run(cut);
    const before = snapshot(test.db);

    // The chain alone is intact: nothing before the cut changed.
    expect(test.call('history.verify', {})).toEqual({
      intact: false,
      entries: cut - 1,
      sinceBackup: { backup: { name: DAILY, at: MORNING }, entry: cut, problem: 'shortened' },
    });
    expect(snapshot(test.db)).toBe(before);

    // On quit the copy of the shortened history is taken; the day's earlier copy is not rotated away.
    await writeBackup(test.db, test.folder, 'quit', { at: EVENING });
    expect(listBackups(test.folder).map((backup) => backup.name)).toEqual([QUIT, DAILY]);
    expect(sidecar(DAILY)?.keptAsEvidence).toMatchObject({ by: QUIT });
    expect(test.call('history.verify', {})).toMatchObject({ intact: false, sinceBackup: { backup: { name: DAILY }, entry: cut, problem: 'shortened' } });
  });

  it('finds a history rewritten with its whole chain recomputed', async () => {
    await writeBackup(test.db, test.folder, 'daily', { at: MORNING });
    const end = newestId();
    rewriteWithChain(end - 2, 'Minister of Trade');
    const answer = test.call('history.verify', {});
    expect(answer).toEqual({ intact: false, entries: end, sinceBackup: { backup: { name: DAILY, at: MORNING }, entry: end, problem: 'rewritten' } });
    test.call('cases.create', caseInput({ title: 'After the rewrite' }));
    await writeBackup(test.db, test.folder, 'quit', { at: EVENING });
    expect(listBackups(test.folder).map((backup) => backup.name)).toEqual([QUIT, DAILY]);
  });

  it('lets the day’s quit copy replace the daily copy when the history only went on', async () => {
    await writeBackup(test.db, test.folder, 'daily', { at: MORNING });
    test.call('cases.create', caseInput({ title: 'Later that day' }));
    await writeBackup(test.db, test.folder, 'quit', { at: EVENING });
    expect(listBackups(test.folder).map((backup) => backup.name)).toEqual([QUIT]);
    expect(test.call('history.verify', {})).toMatchObject({ intact: true });
  });

  it('leaves out the copies taken before the newest restore, whose history the restore replaced on purpose', async () => {
    await writeBackup(test.db, test.folder, 'daily', { at: MORNING });
    test.call('cases.create', caseInput({ title: 'Recorded before the restore' }));
    // A restore: the data as it is backed up first, then replaced by an older copy (here: its history cut back by two).
    const restoredAt = '2026-03-10T12:00:00.000Z';
    await writeBackup(test.db, test.folder, 'before-restore', { at: restoredAt });
    dropGuards();
    test.db.prepare('DELETE FROM audit_log WHERE id >= ?').run(newestId() - 1);
    expect(test.call('history.verify', {})).toEqual({ intact: true, entries: newestId() });
    // The quit copy does not continue the before-restore copy: the restore explains it, nothing is marked.
    await writeBackup(test.db, test.folder, 'quit', { at: EVENING });
    const names = listBackups(test.folder).map((backup) => backup.name);
    expect(names).toContain(backupFileName(restoredAt, 'before-restore'));
    for (const name of names) expect(sidecar(name)?.keptAsEvidence ?? null).toBeNull();
  });
});
