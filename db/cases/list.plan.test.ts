// EXPLAIN QUERY PLAN of the statements cases.list actually runs, for every
// filter and sort the table offers, in both ways the engine reads a page
// (db/list/engine.ts): a filter matching few rows is read from its index and
// its matches sorted; one matching many walks the sort index in order and
// tests each row, never sorting (a "USE TEMP B-TREE" step). Counts come from
// the counts table or the full-text index, never from the cases.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { CASE_SORT_COLUMNS, casesListInput } from '../../shared/cases/schemas';
import { createDispatch } from '../dispatch';
import { explainStatements, type Plan } from '../testing/queryPlans';
import { openTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { listCases } from './list';

let test: TestDatabase;
const CASES = 40;
beforeAll(async () => {
  test = await openTestDatabase();
  // Most cases open, CAFTA-DR and disputes; few of anything else.
  for (let index = 0; index < CASES; index += 1) {
    const rare = index % 8 === 0;
    test.call('cases.create', {
      agreement: rare ? 'us-peru-tpa' : 'cafta-dr',
      kind: rare ? 'labor_consultation' : 'dispute',
      title: `${rare ? 'Rare' : 'Common'} matter ${index}`,
      complainant: rare ? 'USA' : 'CRI',
      respondent: rare ? 'PER' : 'SLV',
      status: rare ? 'withdrawn' : 'open',
    });
  }
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

function text(plan: Plan): string {
  return plan.steps.join(' | ');
}

/** No statement reads the whole cases table, and every count comes from the counts table or the text index. */
function expectNoTableScan(plans: readonly Plan[]): void {
  for (const plan of plans) {
    expect(text(plan), plan.sql).not.toMatch(/SCAN cases(?!_)(?! USING)/);
    if (plan.sql.includes('count(*)') || plan.sql.includes('sum(n)')) expect(plan.sql).toMatch(/FROM (case_list_counts|cases_fts|cases WHERE deleted_at IS NOT NULL)/);
  }
}

function expectSortIndexWalk(plan: Plan, index?: string): void {
  expect(text(plan), plan.sql).not.toMatch(/TEMP B-TREE/);
  expect(text(plan), plan.sql).toMatch(/(SCAN|SEARCH) cases USING (COVERING )?INDEX cases_list_/);
  if (index !== undefined) expect(text(plan), plan.sql).toMatch(new RegExp(`INDEX ${index}\\b`));
}

const SORTS = CASE_SORT_COLUMNS.flatMap((column) => (['asc', 'desc'] as const).map((direction) => ({ column, direction })));
const FILTERS = [
  ['agreement', { agreement: 'cafta-dr' }, { agreement: 'us-peru-tpa' }],
  ['kind', { kind: 'dispute' }, { kind: 'labor_consultation' }],
  ['status', { status: 'open' }, { status: 'withdrawn' }],
  ['stage', { stage: 'not_started' }, { stage: 'consultations' }],
  ['party', { party: 'CRI' }, { party: 'PER' }],
  ['agreement + status', { agreement: 'cafta-dr', status: 'open' }, { agreement: 'us-peru-tpa', status: 'withdrawn' }],
  ['kind + party', { kind: 'dispute', party: 'SLV' }, { kind: 'labor_consultation', party: 'USA' }],
  ['text', { text: 'common' }, { text: 'rare' }],
  ['text + status', { text: 'matter', status: 'open' }, { text: 'rare', status: 'withdrawn' }],
] as const;

describe('query plans of cases.list', () => {
  it('the default page walks cases_list_updated_at backwards, no sort step; the total from the counts table', () => {
    const plans = listPlans({});
    expectNoTableScan(plans);
    const [page] = pagePlans(plans);
    expectSortIndexWalk(page as Plan, 'cases_list_updated_at');
    expect(text(plans.find((plan) => plan.sql.includes('case_list_counts')) as Plan)).toMatch(/case_list_counts/);
  });

  it.each(SORTS.map((sort) => [sort.column, sort.direction, sort] as const))('sort by %s %s reads an index in order', (_column, _direction, sort) => {
    const plans = listPlans({ sort, locale: 'es' });
    expectNoTableScan(plans);
    for (const page of pagePlans(plans)) expectSortIndexWalk(page);
  });

  it.each(FILTERS.flatMap(([name, many]) => SORTS.map((sort) => [name, sort.column, sort.direction, many, sort] as const)))(
    'a %s filter matching most cases, sorted by %s %s: walks the sort index, no sort step',
    (_name, _column, _direction, filter, sort) => {
      // A page of 1 out of 40 cases: matching 35 of them, the walk is cheaper.
      const plans = listPlans({ ...filter, sort, limit: 1 });
      expectNoTableScan(plans);
      for (const page of pagePlans(plans)) expectSortIndexWalk(page);
    },
  );

  it.each(FILTERS.flatMap(([name, , few]) => SORTS.map((sort) => [name, sort.column, sort.direction, few, sort] as const)))(
    'a %s filter matching few cases, sorted by %s %s: searched through an index',
    (_name, _column, _direction, filter, sort) => {
      const plans = listPlans({ ...filter, sort });
      expectNoTableScan(plans);
      for (const page of pagePlans(plans)) {
        expect(text(page), page.sql).toMatch(/SEARCH cases USING (COVERING )?INDEX cases_list_|SEARCH cases USING INTEGER PRIMARY KEY|MULTI-INDEX OR/);
      }
    },
  );

  it.each([
    ['agreement', 'cases_list_agreement_updated_at'],
    ['kind', 'cases_list_kind_updated_at'],
    ['status', 'cases_list_status_updated_at'],
    ['stage', 'cases_list_stage_updated_at'],
  ] as const)('the %s filter with the default sort reads %s in order, many matches or few', (filter, index) => {
    for (const value of [FILTERS.find(([name]) => name === filter)?.[1], FILTERS.find(([name]) => name === filter)?.[2]]) {
      for (const page of pagePlans(listPlans({ ...value }))) expectSortIndexWalk(page, index);
    }
  });

  it('text search for a common word walks the sort index testing each case\'s text; a rare word is read from the text index', () => {
    const common = pagePlans(listPlans({ text: 'common', limit: 1 }));
    for (const page of common) {
      expectSortIndexWalk(page, 'cases_list_updated_at');
      // The row's own text, tokenized as the index does (db/list/fullText.ts); the index's matches only for text it does not know.
      expect(page.sql).toMatch(/coalesce\(list_text_match\(/);
    }
    for (const page of pagePlans(listPlans({ text: 'rare' }))) expect(text(page)).toMatch(/SEARCH cases USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    // The total: the text index's first matches (it holds live cases only, migration 90), counted up to the cap.
    const counts = listPlans({ text: 'common' }).filter((plan) => plan.sql.includes('count(*)'));
    expect(counts.map((plan) => plan.sql)).toEqual(['SELECT count(*) FROM (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? LIMIT ?)']);
    expect(text(counts[0] as Plan)).toMatch(/SCAN cases_fts VIRTUAL TABLE/);
  });

  it('a text search with a filter counts the text matches alone first, then those the filter keeps, each up to the cap', () => {
    const counts = listPlans({ text: 'common', status: 'open' }).filter((plan) => plan.sql.includes('count(*)'));
    expect(counts).toHaveLength(2);
    expect(counts[0]?.sql).toBe('SELECT count(*) FROM (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? LIMIT ?)');
    // Under the cap (40 cases), each text match is looked up by key; past it the two are merged (list.text.test.ts).
    expect(counts[1]?.sql).toMatch(/^SELECT count\(\*\) FROM \(SELECT 1 FROM cases WHERE .* LIMIT \?\)$/s);
    expect(text(counts[1] as Plan)).toMatch(/SEARCH cases USING INTEGER PRIMARY KEY|SEARCH cases USING (COVERING )?INDEX cases_list_status/);
  });

  it.each([
    ['agreement', 'cases_list_agreement_updated_at'],
    ['stage', 'cases_list_stage_updated_at'],
  ] as const)('grouping by %s: counts from the counts table, each group slice from %s', (groupBy, index) => {
    const plans = listPlans({ groupBy });
    expectNoTableScan(plans);
    expect(plans.some((plan) => plan.sql.includes('FROM case_list_counts') && plan.sql.includes('GROUP BY'))).toBe(true);
    for (const page of pagePlans(plans)) expectSortIndexWalk(page, index);
  });

  it('the Party filter matching many, default sort: walks cases_list_updated_at (which carries both sides and the id), a third party probed by key', () => {
    const [page] = pagePlans(listPlans({ party: 'CRI', limit: 1 }));
    expectSortIndexWalk(page as Plan, 'cases_list_updated_at');
    expect(text(page as Plan)).toMatch(/SEARCH t USING (COVERING )?INDEX sqlite_autoindex_case_third_parties_\d \(case_id=\? AND party=\?\)/);
  });

  it('a jump past the middle of the rows reads the sort index from the far end, in the opposite order', () => {
    const [page] = pagePlans(listPlans({ offset: CASES - 5, limit: 2 }));
    expect(page?.sql).toMatch(/ORDER BY updated_at ASC, seq ASC LIMIT/);
    expectSortIndexWalk(page as Plan, 'cases_list_updated_at');
    const [near] = pagePlans(listPlans({ offset: 5, limit: 2 }));
    expect(near?.sql).toMatch(/ORDER BY updated_at DESC, seq DESC LIMIT/);
  });

  it('a later page continues in the index from the cursor: a range search, not a scan from the start', () => {
    const { next } = test.call('cases.list', { limit: 5 });
    const [page] = pagePlans(listPlans({ limit: 5, after: next ?? '' }));
    expect(text(page as Plan)).toMatch(/SEARCH cases USING INDEX cases_list_updated_at \(updated_at<\?\)|\(\(updated_at,rowid\)<\(\?,\?\)\)/);
  });

  it('deadlines.upcoming reads pending limits from a partial index in date order', () => {
    const plans = explain((db) => {
      createDispatch(db)('deadlines.upcoming', { withinDays: 30 });
    });
    const query = plans.find((plan) => plan.sql.includes('FROM case_limits'));
    const steps = query?.steps.join(' | ') ?? '';
    expect(steps).toMatch(/^SEARCH l USING (COVERING )?INDEX case_limits_(open_)?pending/);
    expect(steps).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});
