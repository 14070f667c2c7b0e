// trash.list over its registry: removed meetings listed beside cases and
// events, newest removal first across kinds, paged by the keyset with every
// record once, and gone from the Trash once meetings.restore brings them back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseInput, openTestDatabase, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
beforeEach(async () => {
  test = await openTestDatabase();
  test.call('settings.update', { userName: 'Ana Pérez' });
});
afterEach(() => test.close());

function meeting(startsOn: string) {
  return test.call('meetings.create', { agreement: 'us-peru-tpa', body: 'ftc', number: 6, startsOn, place: 'Lima', status: 'held' });
}

describe('trash.list', () => {
  it('lists a removed meeting with who removed it, and not once it is restored', () => {
    const removed = meeting('2024-02-15');
    test.call('meetings.remove', { id: removed.id, version: removed.version });
    expect(test.call('trash.list', {}).items).toEqual([
      expect.objectContaining({ type: 'meeting', id: removed.id, agreement: 'us-peru-tpa', body: 'ftc', number: 6, startsOn: '2024-02-15', caseRemoved: false, removedBy: 'Ana Pérez' }),
    ]);
    test.call('meetings.restore', { id: removed.id });
    expect(test.call('trash.list', {}).items).toEqual([]);
  });

  it('merges the kinds newest removal first and pages them, every record once', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const order: string[] = [];
      for (let index = 0; index < 3; index += 1) {
        vi.setSystemTime(new Date(2026, 2, 10, 9, index * 2));
        const created = test.call('cases.create', caseInput({ title: `Case ${index}` }));
        test.call('cases.remove', { id: created.id, version: 1 });
        order.push(created.id);
        vi.setSystemTime(new Date(2026, 2, 10, 9, index * 2 + 1));
        const held = meeting(`2024-0${index + 1}-15`);
        test.call('meetings.remove', { id: held.id, version: 1 });
        order.push(held.id);
      }
      const first = test.call('trash.list', { limit: 4 });
      const second = test.call('trash.list', { limit: 4, before: first.next ?? undefined });
      expect(second.next).toBeNull();
      expect([...first.items, ...second.items].map((item) => item.id)).toEqual([...order].reverse());
      expect(first.items.map((item) => item.type)).toEqual(['meeting', 'case', 'meeting', 'case']);
    } finally {
      vi.useRealTimers();
    }
  });
});
