// EXPLAIN QUERY PLAN of trash.list: the removed rows are read from the two
// partial indexes of removed rows (migrations 60 and 80), never by a scan of
// the cases or events; only the page of removed rows is sorted.
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
});
afterAll(() => test.close());

describe('trash.list query plan', () => {
  it('reads removed cases and events through their partial indexes, and the history by subject', () => {
    const plans = explainStatements(test.file, (db) => {
      expect(createDispatch(db)('trash.list', {}).ok).toBe(true);
    }).filter((plan) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(plan.sql));
    const steps = plans.flatMap((plan) => plan.steps);
    expect(steps).toContain('SEARCH c USING INDEX cases_removed (deleted_at>? AND deleted_at<?)');
    expect(steps).toContain('SEARCH e USING INDEX case_events_removed (deleted_at>? AND deleted_at<?)');
    expect(steps.some((step) => /SEARCH audit_log USING INDEX audit_log_subject/.test(step))).toBe(true);
    expect(steps.filter((step) => /^SCAN (c|e|cases|case_events|audit_log)\b/.test(step))).toEqual([]);
  });
});
