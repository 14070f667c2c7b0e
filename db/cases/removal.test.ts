// Removal you can take back (issue 6 §1): a removed case or event goes to the
// Trash, out of every list and count, and comes back as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseInput, openTestDatabase, snapshot, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
beforeEach(async () => {
  test = await openTestDatabase();
  test.call('settings.update', { userName: 'Ana Pérez' });
});
afterEach(() => test.close());

function openCaseWithLimits() {
  const created = test.call('cases.create', caseInput({ title: 'Dairy import permits', openedOn: '2026-03-01' }));
  test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-02' });
  return test.call('cases.get', { id: created.id }).case;
}

describe('cases.remove and cases.restore', () => {
  it('moves a case out of lists, search, the dashboard and its limits, and brings it back as it was', () => {
    const kept = test.call('cases.create', caseInput({ title: 'Sugar quota' }));
    const removed = openCaseWithLimits();
    expect(test.call('deadlines.upcoming', { withinDays: 366 }).counts.total).toBeGreaterThan(0);

    expect(test.call('cases.remove', { id: removed.id, version: removed.version })).toEqual({ id: removed.id });
    expect(test.call('cases.list', {}).rows.map((row) => row.id)).toEqual([kept.id]);
    expect(test.call('cases.list', { text: 'dairy' }).total).toBe(0);
    expect(test.call('dashboard.summary', {}).total).toBe(1);
    expect(test.call('deadlines.upcoming', { withinDays: 366 }).counts.total).toBe(0);
    expect(test.dispatch('cases.get', { id: removed.id })).toMatchObject({ ok: false, error: { code: 'not_found', reason: 'no_record' } });
    expect(test.dispatch('events.add', { caseId: removed.id, type: 'note', date: '2026-03-03' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const trash = test.call('trash.list', {});
    expect(trash.items).toEqual([
      expect.objectContaining({ type: 'case', id: removed.id, reference: removed.reference, title: 'Dairy import permits', removedBy: 'Ana Pérez', caseRemoved: true }),
    ]);

    const restored = test.call('cases.restore', { id: removed.id });
    expect(restored).toMatchObject({ title: removed.title, reference: removed.reference, version: removed.version + 2 });
    expect(test.call('cases.get', { id: removed.id }).events).toHaveLength(1);
    expect(test.call('cases.list', { text: 'dairy' }).total).toBe(1);
    expect(test.call('deadlines.upcoming', { withinDays: 366 }).counts.total).toBeGreaterThan(0);
    expect(test.call('trash.list', {}).items).toEqual([]);
    const actions = test.call('history.list', { subject: { type: 'case', id: removed.id } }).entries.map((entry) => entry.action);
    expect(actions.slice(0, 2)).toEqual(['restore', 'remove']);
  });

  it('refuses a stale version, an unknown case and restoring a case not in the Trash, changing nothing', () => {
    const removed = openCaseWithLimits();
    test.call('cases.update', { id: removed.id, version: removed.version, sector: 'Dairy' });
    const before = snapshot(test.db);
    expect(test.dispatch('cases.remove', { id: removed.id, version: removed.version })).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'stale_version', current: { sector: 'Dairy' } },
    });
    expect(test.dispatch('cases.restore', { id: removed.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(test.dispatch('cases.remove', { id: '6f1b0a52-8d4e-4c1e-9d55-0b7b1a2f7c11', version: 1 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshot(test.db)).toBe(before);
  });
});

describe('events.remove and events.restore', () => {
  it('moves an event to the Trash, recomputes the limits without it, and restores both', () => {
    const record = openCaseWithLimits();
    const [event] = test.call('cases.get', { id: record.id }).events;
    if (event === undefined) throw new Error('no event');
    const limitsWith = test.call('cases.get', { id: record.id }).limits.length;
    test.call('events.remove', { id: event.id });
    const without = test.call('cases.get', { id: record.id });
    expect(without.events).toEqual([]);
    expect(without.limits.length).toBeLessThan(limitsWith);
    expect(test.call('trash.list', {}).items).toEqual([
      expect.objectContaining({ type: 'event', id: event.id, caseId: record.id, eventType: 'consultations_requested', eventDate: '2026-03-02', caseRemoved: false }),
    ]);
    expect(test.dispatch('events.update', { id: event.id, text: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    expect(test.call('events.restore', { id: event.id })).toMatchObject({ id: event.id, date: '2026-03-02' });
    expect(test.call('cases.get', { id: record.id }).limits.length).toBe(limitsWith);
    expect(test.call('trash.list', {}).items).toEqual([]);
  });

  it('restores an event only while its case is not in the Trash', () => {
    const record = openCaseWithLimits();
    const [event] = test.call('cases.get', { id: record.id }).events;
    if (event === undefined) throw new Error('no event');
    test.call('events.remove', { id: event.id });
    test.call('cases.remove', { id: record.id, version: record.version });
    expect(test.call('trash.list', {}).items.map((item) => [item.type, item.caseRemoved])).toEqual([
      ['case', true],
      ['event', true],
    ]);
    const before = snapshot(test.db);
    expect(test.dispatch('events.restore', { id: event.id })).toMatchObject({ ok: false, error: { code: 'not_found', params: { record: 'case' } } });
    expect(snapshot(test.db)).toBe(before);
  });

  it('pages the Trash newest removal first, every item once', () => {
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const created = test.call('cases.create', caseInput({ title: `Case ${index}` }));
      test.call('cases.remove', { id: created.id, version: 1 });
      ids.push(created.id);
    }
    const first = test.call('trash.list', { limit: 2 });
    const second = test.call('trash.list', { limit: 2, before: first.next ?? undefined });
    const third = test.call('trash.list', { limit: 2, before: second.next ?? undefined });
    expect(third.next).toBeNull();
    const seen = [...first.items, ...second.items, ...third.items].map((item) => item.id);
    expect(new Set(seen).size).toBe(5);
    expect([...seen].sort()).toEqual([...ids].sort());
    const times = [...first.items, ...second.items, ...third.items].map((item) => item.removedAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});
