// EXPLAIN QUERY PLAN of trash.list: the removed rows of every kind in the
// registry are read from their partial indexes of removed rows (migrations 60,
// 80 and 110), never by a scan of the cases, events or meetings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../dispatch';
import { explainStatements } from '../testing/queryPlans';
import { caseInput, openTestDatabase, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase();
  test.call('demo.load', {});
  const removed = test.call('cases.create', caseInput());
  test.call('cases.remove', { id: removed.id, version: 1 });
  const meeting = test.call('meetings.create', { agreement: 'cafta-dr', body: 'ftc', startsOn: '2026-03-05', place: 'San José' });
  test.call('meetings.remove', { id: meeting.id, version: 1 });
});
afterAll(() => test.close());

describe('trash.list query plan', () => {
  it('reads removed cases, events and meetings through their partial indexes, and the history by subject', () => {
    const plans = explainStatements(test.file, (db) => {
      expect(createDispatch(db)('trash.list', {}).ok).toBe(true);
    }).filter((plan) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(plan.sql));
    const steps = plans.flatMap((plan) => plan.steps);
    expect(steps).toContain('SEARCH cases USING INDEX cases_removed (deleted_at>? AND deleted_at<?)');
    expect(steps).toContain('SEARCH e USING INDEX case_events_removed (deleted_at>? AND deleted_at<?)');
    expect(steps).toContain('SEARCH meetings USING INDEX meetings_removed (deleted_at>? AND deleted_at<?)');
    expect(steps.some((step) => /SEARCH audit_log USING INDEX audit_log_subject/.test(step))).toBe(true);
    expect(steps.filter((step) => /^SCAN (c|e|cases|case_events|meetings|audit_log)\b/.test(step))).toEqual([]);
  });
});
