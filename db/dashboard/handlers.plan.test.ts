// EXPLAIN QUERY PLAN of dashboard.summary (issue 6 §2): one range of
// case_list_counts' primary key (the cases themselves, party '*'), grouped in a
// small temporary tree — the cases table is never read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../dispatch';
import { explainStatements } from '../testing/queryPlans';
import { openTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { SUMMARY_SQL } from './handlers';

let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase();
  test.call('demo.load', {});
});
afterAll(() => test.close());

describe('dashboard.summary query plan', () => {
  it('reads the counts kept for the cases list, never the cases', () => {
    const plans = explainStatements(test.file, (db) => {
      const response = createDispatch(db)('dashboard.summary', {});
      expect(response.ok).toBe(true);
    }).filter((plan) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(plan.sql));
    expect(plans.map((plan) => plan.sql)).toEqual([SUMMARY_SQL]);
    expect(plans[0]?.steps).toEqual(['SEARCH case_list_counts USING PRIMARY KEY (party=?)', 'USE TEMP B-TREE FOR GROUP BY']);
  });
});
