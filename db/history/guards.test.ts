// The history's guards put back at open (issue 7 §4): dropped by direct SQL,
// or replaced by a trigger of the same name that lets everything through,
// they come back the next time the file is opened, and history.verify says so.
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryVerification } from '../../shared/history/api';
import { createDispatch } from '../dispatch';
import { openDatabase } from '../open';
import { caseInput, openTestDatabase, snapshot, TEST_ACCOUNT, TEST_DEVICE, TEST_DEVICE_ID, type TestDatabase } from '../testing/testDatabase';
import { HISTORY_GUARDS } from './guards';

let test: TestDatabase | null = null;
let reopened: Database.Database | null = null;
afterEach(() => {
  reopened?.close();
  reopened = null;
  test?.close();
  test = null;
  vi.restoreAllMocks();
});

function triggers(db: Database.Database): Record<string, string> {
  const rows = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name").all() as { name: string; sql: string }[];
  return Object.fromEntries(rows.map((row) => [row.name, row.sql]));
}

/** Closes the test's connection and opens the file again, as the app does at its next start. */
async function reopen(data: TestDatabase): Promise<Database.Database> {
  data.db.close();
  reopened = await openDatabase(data.file);
  return reopened;
}

function verify(db: Database.Database): HistoryVerification {
  const answer = createDispatch(db, { device: TEST_DEVICE, account: TEST_ACCOUNT, deviceId: TEST_DEVICE_ID })('history.verify', {});
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.result as HistoryVerification;
}

describe('the history guards at open', () => {
  it('are exactly the triggers a file migrated from scratch has', async () => {
    test = await openTestDatabase();
    expect(triggers(test.db)).toEqual(Object.fromEntries(HISTORY_GUARDS.map((guard) => [guard.name, guard.sql])));
  });

  it('leave a file as the app left it unchanged', async () => {
    test = await openTestDatabase();
    test.call('cases.create', caseInput());
    const before = snapshot(test.db);
    const db = await reopen(test);
    expect(snapshot(db)).toBe(before);
    expect(db.prepare("SELECT count(*) FROM meta WHERE key = 'history_guards_restored'").pluck().get()).toBe(0);
  });

  it('are put back when dropped by direct SQL, the fact recorded and logged, and history.verify says so', async () => {
    test = await openTestDatabase();
    test.call('cases.create', caseInput());
    const expected = triggers(test.db);
    test.db.exec('DROP TRIGGER audit_log_append_only_delete; DROP TRIGGER audit_log_chained');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const db = await reopen(test);

    expect(triggers(db)).toEqual(expected);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(log.mock.calls.map((call) => String(call[0]))).toEqual([expect.stringMatching(/audit_log_append_only_delete, audit_log_chained were missing or changed/)]);
    const answer = verify(db);
    expect(answer).toMatchObject({ intact: true, entries: 1, guardsRestored: [{ guards: ['audit_log_append_only_delete', 'audit_log_chained'] }] });
    expect(Date.parse(answer.guardsRestored?.[0]?.at ?? '')).not.toBeNaN();
  });

  it('replace a trigger of the same name that lets deletes through', async () => {
    test = await openTestDatabase();
    test.call('cases.create', caseInput());
    test.db.exec(`DROP TRIGGER audit_log_append_only_delete;
      CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log WHEN 0 BEGIN SELECT 1; END`);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const db = await reopen(test);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(verify(db)).toMatchObject({ guardsRestored: [{ guards: ['audit_log_append_only_delete'] }] });
  });

});
