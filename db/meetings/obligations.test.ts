// meetings.obligations over a real file: which meetings count (held, not
// removed, of the body and agreement), what the dashboard is told, and the
// query plan that reads them through the body index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { explainStatements } from '../testing/queryPlans';
import { openTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { meetingObligations } from './obligations';

let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase();
  const add = (input: Input<'meetings.create'>) => test.call('meetings.create', input);
  add({ agreement: 'cafta-dr', body: 'ftc', number: 1, startsOn: '2023-02-22', endsOn: '2023-02-23', place: 'San Salvador', status: 'held' });
  add({ agreement: 'cafta-dr', body: 'ftc', number: 2, startsOn: '2025-01-20', place: 'Miami', status: 'held' });
  // Neither a cancelled meeting, nor one removed, nor another body's, nor another agreement's counts.
  add({ agreement: 'cafta-dr', body: 'ftc', startsOn: '2025-11-03', place: 'Guatemala', status: 'cancelled' });
  const removed = add({ agreement: 'cafta-dr', body: 'ftc', startsOn: '2025-12-01', place: 'Tegucigalpa', status: 'held' });
  test.call('meetings.remove', { id: removed.id, version: removed.version });
  add({ agreement: 'cafta-dr', body: 'labor-affairs-council', startsOn: '2026-01-04', place: '', status: 'held' });
  add({ agreement: 'us-peru-tpa', body: 'ftc', number: 6, startsOn: '2025-06-15', place: 'Lima', status: 'held' });
  add({ agreement: 'cafta-dr', body: 'ftc', number: 3, startsOn: '2026-04-20', place: 'San José', status: 'planned' });
});
afterAll(() => test.close());

describe('meetings.obligations', () => {
  it('answers each obligation from its own body’s held meetings', () => {
    const { today, obligations } = test.call('meetings.obligations', {});
    expect(today).toBe('2026-03-10');
    expect(obligations).toHaveLength(9);
    const caftaFtc = obligations.find((entry) => entry.agreement === 'cafta-dr' && entry.body === 'ftc');
    expect(caftaFtc).toMatchObject({
      article: 'CAFTA-DR Art. 19.1.5–19.1.6',
      verified: true,
      lastHeldOn: '2025-01-20',
      nextDueOn: '2026-01-20',
      overdue: true,
      plannedOn: '2026-04-20',
      yearsWithout: [2024],
    });
    const peruFtc = obligations.find((entry) => entry.agreement === 'us-peru-tpa' && entry.body === 'ftc');
    expect(peruFtc).toMatchObject({ lastHeldOn: '2025-06-15', nextDueOn: '2026-06-15', overdue: false, plannedOn: null, yearsWithout: [] });
    const colombiaFtc = obligations.find((entry) => entry.agreement === 'us-colombia-tpa' && entry.body === 'ftc');
    expect(colombiaFtc).toMatchObject({ lastHeldOn: null, nextDueOn: null, overdue: false });
  });

  it('reads the meetings through the body index, never the whole table', () => {
    const plans = explainStatements(test.file, (db) => meetingObligations(db, '2026-03-10'));
    expect(plans).toHaveLength(1);
    const steps = plans[0]!.steps.join(' | ');
    expect(steps).toMatch(/SEARCH meetings USING INDEX meetings_list_body \(body=\?\)/);
    expect(steps).not.toMatch(/SCAN meetings/);
  });
});
