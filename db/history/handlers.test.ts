// history.list against a real file: one record's history with the records
// that belong to it, the whole app's, keyset pages, and the query plans.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/cases/domain';
import { SUBJECT_HISTORY_SQL } from './queries';
import { TEST_DEVICE, caseInput, openTestDatabase, snapshot, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
let created: CaseRecord;
beforeEach(async () => {
  test = await openTestDatabase();
  test.call('settings.update', { userName: 'Luis Gómez' });
  created = test.call('cases.create', caseInput());
});
afterEach(() => test.close());

describe('history.list', () => {
  it('pages the whole history newest first, the settings change included, each entry with its device', () => {
    for (let index = 0; index < 4; index += 1) test.call('events.add', { caseId: created.id, type: 'note', date: `2026-03-0${index + 1}` });
    const first = test.call('history.list', { limit: 4 });
    expect(first.entries.map((entry) => entry.subject.type)).toEqual(['event', 'event', 'event', 'event']);
    expect(first.next).toBe(first.entries.at(-1)?.id);
    const second = test.call('history.list', { limit: 4, before: first.next ?? undefined });
    expect(second.entries.map((entry) => [entry.subject.type, entry.actor, entry.device])).toEqual([
      ['case', 'Luis Gómez', TEST_DEVICE],
      ['settings', 'Luis Gómez', TEST_DEVICE],
    ]);
    expect(second.next).toBeNull();
  });

  it('keeps the history of a removed event, and refuses an unknown record without changing anything', () => {
    const event = test.call('events.add', { caseId: created.id, type: 'note', date: '2026-03-01' });
    test.call('events.remove', { id: event.id });
    const history = test.call('history.list', { subject: { type: 'event', id: event.id } }).entries;
    expect(history.map((entry) => entry.action)).toEqual(['remove', 'create']);
    const before = snapshot(test.db);
    expect(test.dispatch('history.list', { subject: { type: 'event', id: 'nope' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(test.dispatch('history.list', { subject: { type: 'submission', id: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'subject.type': { code: expect.any(String) as string } } },
    });
    expect(snapshot(test.db)).toBe(before);
  });

  it('stamps a version on every change of an event (the write path)', () => {
    const event = test.call('events.add', { caseId: created.id, type: 'note', date: '2026-03-01' });
    expect(event.version).toBe(1);
    const changed = test.call('events.update', { id: event.id, text: 'Second thoughts' });
    expect(changed).toMatchObject({ version: 2, text: 'Second thoughts' });
    expect(changed.updatedAt > event.updatedAt).toBe(true);
  });

  it('reads a record’s history through the subject and parent indexes, never scanning the log', () => {
    const plan = (sql: string) =>
      (test.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ type: 'case', id: created.id, beforeId: 1e9, limit: 10 }) as { detail: string }[]).map(
        (row) => row.detail,
      );
    const steps = plan(SUBJECT_HISTORY_SQL);
    expect(steps.join('\n')).toMatch(/USING (COVERING )?INDEX audit_log_subject/);
    expect(steps.join('\n')).toMatch(/USING (COVERING )?INDEX audit_log_parent/);
    expect(steps.some((step) => /^SCAN audit_log$/.test(step))).toBe(false);
  });
});
