// EXPLAIN QUERY PLAN of the statements deadlines.upcoming runs (issue 6 §2):
// the pages walk a partial index of pending limits in date order and look
// each case up by id — never a scan of a table, never a sort of the whole set
// — and the counts read only the covering index of open cases' pending limits
// (migration 50): no table row, no case, no JSON.
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

function expectIndexWalk(plan: Plan): void {
  const text = plan.steps.join(' | ');
  // Pending limits from a partial index, up to the horizon, in date order
  // (the open openings' tier: within kind 'opening')…
  expect(text, plan.sql).toMatch(/^SEARCH l USING INDEX (case_limits_pending \(date<\?\)|case_limits_open_pending \(kind=\? AND date<\?\))/);
  // …each case found by its id, not by scanning cases.
  expect(text, plan.sql).toMatch(/SEARCH c USING INDEX sqlite_autoindex_cases_1 \(id=\?\)/);
  expect(text, plan.sql).not.toMatch(/\bSCAN (l|c|cases|case_limits)\b/);
}

describe('deadlines.upcoming query plans', () => {
  it('the page walks case_limits_pending in date order, once per tier, and sorts only ties within a date', () => {
    // The demo casebook has fewer than 200 limits due: both tiers run.
    const plans = explain((db) => upcomingPage(db, BOUNDS, 200));
    expect(plans).toHaveLength(2);
    for (const plan of plans) {
      expectIndexWalk(plan);
      // "USE TEMP B-TREE FOR LAST 2 TERMS OF ORDER BY" orders a date's ties by
      // reference; a sort of every matching row would read "FOR ORDER BY".
      expect(plan.steps.join(' | ')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      expect(plan.sql).toMatch(/ORDER BY l\.date, c\.reference, l\.position LIMIT \?$/);
    }
  });

  it('the counts read only the covering index of open cases’ pending limits: no table, no case, no sort, no JSON', () => {
    const plan = only(explain((db) => upcomingCounts(db, BOUNDS)));
    expect(plan.steps).toEqual(['SEARCH l USING COVERING INDEX case_limits_open_pending (kind=? AND date<?)']);
    expect(plan.sql).not.toMatch(/json|detail|\bcases\b/i);
  });

  it('the handler runs exactly these statements', () => {
    const handler = explain((db) => {
      const response = createDispatch(db)('deadlines.upcoming', {});
      expect(response.ok).toBe(true);
    }).filter((plan) => plan.sql.includes('case_limits'));
    const direct = explain((db) => {
      upcomingPage(db, BOUNDS, 50); // the default limit
      upcomingCounts(db, BOUNDS);
    });
    expect(handler.map((plan) => plan.sql)).toEqual(direct.map((plan) => plan.sql));
  });
});
