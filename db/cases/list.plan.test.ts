// EXPLAIN QUERY PLAN of the statements cases.list and deadlines.upcoming
// actually run: sorted and filtered pages must walk an index in order, never
// sort the table (a "USE TEMP B-TREE" step), so a page costs the same with
// 100 cases or 100,000.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { CASE_SORT_COLUMNS, casesListInput } from '../../shared/cases/schemas';
import { createDispatch } from '../dispatch';
import { explainStatements, type Plan } from '../testing/queryPlans';
import { openTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { listCases } from './list';

let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase();
  test.call('demo.load', {});
});
afterAll(() => test.close());

function explain(action: (db: Database.Database) => void): Plan[] {
  return explainStatements(test.file, action);
}

function listPlans(input: Input<'cases.list'>): Plan[] {
  return explain((db) => listCases(db, casesListInput.parse(input)));
}

function pagePlans(plans: readonly Plan[]): Plan[] {
  const pages = plans.filter((plan) => plan.sql.includes('LIMIT ? OFFSET ?'));
  expect(pages.length).toBeGreaterThan(0);
  return pages;
}

function expectIndexedWithoutSort(plan: Plan, index?: string): void {
  const text = plan.steps.join(' | ');
  expect(text, plan.sql).not.toMatch(/TEMP B-TREE/);
  expect(text, plan.sql).toMatch(/USING (COVERING )?INDEX/);
  if (index !== undefined) expect(text, plan.sql).toMatch(new RegExp(`INDEX ${index}\\b`));
}

const SORTS = CASE_SORT_COLUMNS.flatMap((column) => (['asc', 'desc'] as const).map((direction) => ({ column, direction })));

describe('query plans', () => {
  it('the default page walks cases_updated_at backwards, no sort step', () => {
    const [page] = pagePlans(listPlans({}));
    expectIndexedWithoutSort(page as Plan, 'cases_updated_at');
  });

  it.each(SORTS.map((sort) => [sort.column, sort.direction, sort] as const))('sort by %s %s uses an index', (_column, _direction, sort) => {
    for (const page of pagePlans(listPlans({ sort }))) expectIndexedWithoutSort(page);
  });

  it.each(SORTS.map((sort) => [sort.column, sort.direction, sort] as const))(
    'agreement filter + sort by %s %s uses an index',
    (_column, _direction, sort) => {
      for (const page of pagePlans(listPlans({ agreement: 'cafta-dr', sort }))) expectIndexedWithoutSort(page);
    },
  );

  it('the agreement filter with the default sort searches cases_agreement_updated_at', () => {
    const plans = listPlans({ agreement: 'us-peru-tpa' });
    for (const page of pagePlans(plans)) expectIndexedWithoutSort(page, 'cases_agreement_updated_at');
    const count = plans.find((plan) => plan.sql.includes('count(*)'));
    expect(count?.steps.join(' ')).toMatch(/SEARCH cases USING COVERING INDEX/);
  });

  it('the stage filter with the default sort searches cases_stage_order_updated_at', () => {
    for (const page of pagePlans(listPlans({ stage: 'consultations' }))) expectIndexedWithoutSort(page, 'cases_stage_order_updated_at');
  });

  it.each([
    ['agreement', 'cases_agreement_updated_at'],
    ['stage', 'cases_stage_order_updated_at'],
  ] as const)('grouping by %s: counts from an index, each group slice from %s', (groupBy, index) => {
    const plans = listPlans({ groupBy });
    const counts = plans.find((plan) => plan.sql.includes('GROUP BY'));
    expect(counts?.steps.join(' ')).toMatch(/COVERING INDEX/);
    expect(counts?.steps.join(' ')).not.toMatch(/TEMP B-TREE/);
    for (const page of pagePlans(plans)) expectIndexedWithoutSort(page, index);
  });

  it('deadlines.upcoming reads pending limits from the partial index in date order', () => {
    const plans = explain((db) => {
      createDispatch(db)('deadlines.upcoming', { withinDays: 30 });
    });
    const query = plans.find((plan) => plan.sql.includes('FROM case_limits'));
    const text = query?.steps.join(' | ') ?? '';
    expect(text).toMatch(/^SEARCH l USING INDEX case_limits_pending \(date<\?\)/);
    expect(text).toMatch(/SEARCH c USING INDEX sqlite_autoindex_cases_1 \(id=\?\)/);
    // Only ties on the same date are sorted (by reference), not the whole set.
    expect(text).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});
