// The history as it must be believed (issue 7 §4): who acted (name, account,
// installation), the log refusing UPDATE and DELETE by direct SQL, and the
// hash chain showing any entry rewritten, removed or slipped in once the
// triggers are dropped — the first bad entry named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/cases/domain';
import { TEST_ACCOUNT, TEST_DEVICE, TEST_DEVICE_ID, caseInput, openTestDatabase, snapshot, type TestDatabase } from '../testing/testDatabase';
import { CHAINED_COLUMNS, entryHash, GENESIS_HASH, verifyHistoryChain, type ChainedRow } from './chain';

let test: TestDatabase;
let created: CaseRecord;
beforeEach(async () => {
  test = await openTestDatabase();
  test.call('settings.update', { userName: 'Ana Pérez' });
  created = test.call('cases.create', caseInput());
  test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-02' });
  test.call('cases.update', { id: created.id, version: created.version, title: 'Dairy permits' });
  test.call('settings.update', { userName: 'Minister of Trade' });
});
afterEach(() => test.close());

/** The append-only triggers, as someone with SQL access would remove them. */
function dropTriggers(): void {
  for (const name of test.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'").pluck().all() as string[]) {
    test.db.exec(`DROP TRIGGER "${name}"`);
  }
}

function ids(): number[] {
  return test.db.prepare('SELECT id FROM audit_log ORDER BY id').pluck().all() as number[];
}

describe('who acted', () => {
  it('records the display name with the operating-system account, the computer and the installation id', () => {
    const entries = test.call('history.list', {}).entries;
    expect(entries.map((entry) => [entry.actor, entry.account, entry.device, entry.deviceId])).toEqual(
      Array.from({ length: 5 }, (_, index) => [index === 0 ? 'Minister of Trade' : 'Ana Pérez', TEST_ACCOUNT, TEST_DEVICE, TEST_DEVICE_ID]),
    );
    // The name change is itself in the history, with who made it.
    expect(entries[0]).toMatchObject({ subject: { type: 'settings' }, before: { userName: 'Ana Pérez' }, after: { userName: 'Minister of Trade' } });
  });
});

describe('the log in the database', () => {
  it('refuses UPDATE, DELETE and an insert that does not continue the chain, by direct SQL', () => {
    const before = snapshot(test.db);
    expect(() => test.db.prepare("UPDATE audit_log SET actor = 'Someone else' WHERE id = 2").run()).toThrow(/append-only/);
    expect(() => test.db.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
    expect(() => test.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    const [first] = ids();
    expect(() =>
      test.db
        .prepare(
          `INSERT INTO audit_log (id, at, actor, actor_account, device, device_id, action, subject_type, subject_id, prev_hash, hash)
           VALUES (100, '2026-03-10T09:00:00.000Z', 'x', '', '', '', 'update', 'settings', 'settings', ?, ?)`,
        )
        .run(GENESIS_HASH, 'f'.repeat(64)),
    ).toThrow(/continue the chain/);
    expect(first).toBe(1);
    expect(snapshot(test.db)).toBe(before);
  });
});

describe('history.verify', () => {
  it('answers intact for an untouched history, and writes nothing', () => {
    const before = snapshot(test.db);
    expect(test.call('history.verify', {})).toEqual({ intact: true, entries: 5 });
    expect(snapshot(test.db)).toBe(before);
    // The chain goes on across later changes.
    test.call('events.add', { caseId: created.id, type: 'note', date: '2026-03-03' });
    expect(verifyHistoryChain(test.db)).toEqual({ intact: true, entries: 6 });
  });

  it('chains each entry to the one before it, from the genesis hash', () => {
    const rows = test.db.prepare('SELECT prev_hash AS prevHash, hash FROM audit_log ORDER BY id').all() as { prevHash: string; hash: string }[];
    expect(rows[0]?.prevHash).toBe(GENESIS_HASH);
    rows.slice(1).forEach((row, index) => expect(row.prevHash).toBe(rows[index]?.hash));
    expect(new Set(rows.map((row) => row.hash)).size).toBe(rows.length);
  });

  it('names the first entry whose content was rewritten (an `after` forged with the triggers dropped)', () => {
    dropTriggers();
    const target = ids()[2]!;
    test.db.prepare(`UPDATE audit_log SET after = replace(after, 'consultations_requested', 'panel_requested') WHERE id = ?`).run(target);
    expect(test.call('history.verify', {})).toMatchObject({ intact: false, entries: 2, firstBad: { id: target, problem: 'altered' } });
    // An actor rewritten earlier in the log is found first.
    test.db.prepare("UPDATE audit_log SET actor = 'Minister of Trade' WHERE id = ?").run(ids()[1]);
    expect(verifyHistoryChain(test.db)).toMatchObject({ intact: false, entries: 1, firstBad: { id: ids()[1], problem: 'altered' } });
  });

  it('names the entry after one removed from the middle', () => {
    dropTriggers();
    const [, second, third] = ids();
    test.db.prepare('DELETE FROM audit_log WHERE id = ?').run(second);
    expect(verifyHistoryChain(test.db)).toMatchObject({ intact: false, entries: 1, firstBad: { id: third, problem: 'unlinked' } });
  });

  it('names the entry after one rewritten with its own hash recomputed by someone who knows the format', () => {
    dropTriggers();
    const [, second, third] = ids();
    const row = test.db.prepare(`SELECT ${CHAINED_COLUMNS} FROM audit_log WHERE id = ?`).get(second) as ChainedRow;
    const forged: ChainedRow = { ...row, actor: 'Minister of Trade' };
    test.db.prepare('UPDATE audit_log SET actor = ?, hash = ? WHERE id = ?').run(forged.actor, entryHash(forged), second);
    expect(verifyHistoryChain(test.db)).toMatchObject({ intact: false, entries: 2, firstBad: { id: third, problem: 'unlinked' } });
  });
});
