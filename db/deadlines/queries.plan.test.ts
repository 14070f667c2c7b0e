// EXPLAIN QUERY PLAN of the statements deadlines.upcoming runs (issue 6 §2):
// the page walks the partial index of open cases' pending limits one kind and
// date range at a time and looks each case up by id — never a scan of a
// table, never a sort of the whole set — and the counts read only a range of
// limit_counts' primary key per kind (migration 70): no limit, no case, no
// JSON.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../dispatch';
import { explainStatements, type Plan } from '../testing/queryPlans';
import { openTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { upcomingCounts, upcomingPage, type UpcomingBounds } from './queries';

let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase();
  test.call('demo.load', {});
});
afterAll(() => test.close());

const BOUNDS: UpcomingBounds = { today: '2026-03-10', horizon: '2026-04-09', soon: '2026-03-17' };

function explain(action: (db: Database.Database) => void): Plan[] {
  return explainStatements(test.file, action);
}

function only(plans: readonly Plan[]): Plan {
  expect(plans).toHaveLength(1);
  return plans[0] as Plan;
}

describe('deadlines.upcoming query plans', () => {
  it('a page walks case_limits_open_pending by kind and date range, reading only the index, looks cases up by id, and sorts only ties within a date', () => {
    // The same walk serves every kind and both tiers; then each kept limit's JSON by primary key.
    const [walk, detail, ...more] = explain((db) => upcomingPage(db, BOUNDS, 200));
    expect(more).toEqual([]);
    expect(walk?.steps[0]).toBe('SEARCH l USING COVERING INDEX case_limits_open_pending (kind=? AND date>? AND date<?)');
    expect(walk?.steps).toContain('SEARCH c USING INDEX sqlite_autoindex_cases_1 (id=?)');
    expect(walk?.steps.join(' | ')).not.toMatch(/\bSCAN\b/);
    // "USE TEMP B-TREE FOR LAST 2 TERMS OF ORDER BY" orders a date's ties by
    // reference; a sort of every matching row would read "FOR ORDER BY".
    expect(walk?.steps.join(' | ')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    expect(walk?.sql).toMatch(/ORDER BY l\.date, c\.reference, l\.position LIMIT \?$/);
    expect(walk?.sql).not.toMatch(/detail/);
    expect(detail?.steps).toEqual(['SEARCH case_limits USING PRIMARY KEY (case_id=? AND position=?)']);
  });

  it('the counts read one range of limit_counts per kind: no limit, no case, no sort, no JSON', () => {
    const plan = only(explain((db) => upcomingCounts(db, BOUNDS)));
    expect(plan.steps).toEqual(['SEARCH l USING PRIMARY KEY (kind=? AND date<?)']);
    expect(plan.sql).not.toMatch(/json|detail|\bcases\b|case_limits/i);
  });

  it('the handler runs exactly these statements', () => {
    const handler = explain((db) => {
      const response = createDispatch(db)('deadlines.upcoming', {});
      expect(response.ok).toBe(true);
    }).filter((plan) => /case_limits|limit_counts/.test(plan.sql));
    const direct = explain((db) => {
      upcomingPage(db, BOUNDS, 50); // the default limit
      upcomingCounts(db, BOUNDS);
    });
    expect(handler.map((plan) => plan.sql)).toEqual(direct.map((plan) => plan.sql));
  });
});
