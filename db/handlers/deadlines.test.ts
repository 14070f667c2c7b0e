import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseInput, openTestDatabase, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
beforeEach(async () => {
  test = await openTestDatabase(); // today is 2026-03-10
});
afterEach(() => test.close());

describe('deadlines.upcoming', () => {
  it('lists pending limits of open cases up to the horizon, overdue first, by date', () => {
    const early = test.call('cases.create', caseInput({ title: 'Early', perishable: true }));
    const late = test.call('cases.create', caseInput({ title: 'Late' }));
    const closed = test.call('cases.create', caseInput({ title: 'Closed', status: 'closed' }));
    test.call('events.add', { caseId: early.id, type: 'consultations_requested', date: '2026-02-01' });
    test.call('events.add', { caseId: late.id, type: 'consultations_requested', date: '2026-03-05' });
    test.call('events.add', { caseId: closed.id, type: 'consultations_requested', date: '2026-03-05' });

    const { today, items } = test.call('deadlines.upcoming', { withinDays: 30 });
    expect(today).toBe('2026-03-10');
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((item) => item.caseId === closed.id)).toBe(false);
    expect(items.map((item) => item.limit.date)).toEqual(items.map((item) => item.limit.date).sort());
    for (const item of items) {
      expect(item.limit.resolution).toBe('pending');
      expect(item.limit.date <= '2026-04-09').toBe(true);
      expect(['upcoming', 'due_today', 'overdue', 'open']).toContain(item.limit.status);
    }
    // CAFTA-DR Art. 20.4.4: perishable-goods consultations within 15 days, overdue since 2026-02-16.
    expect(items[0]).toMatchObject({
      caseId: early.id,
      reference: early.reference,
      title: 'Early',
      agreement: 'cafta-dr',
      limit: { rule: 'cafta-dr.consultations-perishable', status: 'overdue', date: '2026-02-16' },
    });
    // A longer horizon only adds later limits.
    const wider = test.call('deadlines.upcoming', { withinDays: 120 }).items;
    expect(wider.length).toBeGreaterThan(items.length);
    expect(wider.slice(0, items.length)).toEqual(items);
  });

  it('defaults to 30 days and leaves out limits that were met', () => {
    const created = test.call('cases.create', caseInput({ perishable: true }));
    test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-01' });
    const rules = () => test.call('deadlines.upcoming', {}).items.map((item) => item.limit.rule);
    expect(rules()).toContain('cafta-dr.consultations-perishable');
    test.call('events.add', { caseId: created.id, type: 'consultations_held', date: '2026-03-09' });
    expect(rules()).not.toContain('cafta-dr.consultations-perishable');
  });

  it('answers an empty list for an empty database', () => {
    expect(test.call('deadlines.upcoming', { withinDays: 0 })).toEqual({ today: '2026-03-10', items: [] });
  });
});
