// Totals counted up to a cap (db/list/counts.ts): a search matching more rows
// than the cap answers the cap as a lower bound, walks the sort index, and its
// pages still reach every match once in order; under the cap, or where the
// counts table counts, the total stays exact. Against a model of the rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { casesListInput } from '../../shared/cases/schemas';
import type { CaseRow } from '../../shared/cases/domain';
import { readList } from '../list/engine';
import { explainStatements } from '../testing/queryPlans';
import { openTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { CASES_TABLE } from './list';

let test: TestDatabase;
/** Every case, newest change first (the default sort), with its status. */
let newestFirst: { id: string; status: string; title: string }[];
const CAP = 6;

beforeAll(async () => {
  test = await openTestDatabase();
  for (let index = 0; index < 30; index += 1) {
    test.call('cases.create', {
      agreement: 'cafta-dr',
      kind: 'dispute',
      title: index % 3 === 0 ? `Sugar quotas ${index}` : `Dairy permits ${index}`,
      complainant: 'CRI',
      respondent: 'SLV',
      status: index % 2 === 0 ? 'open' : 'closed',
    });
  }
  // One removed match: never counted, never listed.
  const removed = test.call('cases.list', { text: 'dairy', limit: 1 }).rows[0] as CaseRow;
  test.call('cases.remove', { id: removed.id, version: 1 });
  newestFirst = test.call('cases.list', { limit: 500 }).rows.map(({ id, status, title }) => ({ id, status, title }));
});
afterAll(() => test.close());

/** cases.list with the cap set to CAP, so a small casebook passes it. */
function list(input: Input<'cases.list'>, db = test.db, cap = CAP) {
  const parsed = casesListInput.parse(input);
  return readList(
    db,
    CASES_TABLE,
    {
      filters: { agreement: parsed.agreement, kind: parsed.kind, status: parsed.status, stage: parsed.stage, party: parsed.party },
      text: parsed.text,
      sort: parsed.sort,
      groupBy: parsed.groupBy,
      offset: parsed.offset,
      limit: parsed.limit,
      after: parsed.after,
      locale: 'en',
      countCap: cap,
    },
    (stored) => stored.id as string,
  );
}

function everyPage(input: Input<'cases.list'>, size: number) {
  const first = list({ ...input, limit: size });
  const ids = [...first.rows];
  let page = first;
  while (page.next !== null) {
    page = list({ ...input, limit: size, after: page.next });
    expect(page.total).toBe(first.total);
    expect(page.totalIsLowerBound).toBe(first.totalIsLowerBound);
    ids.push(...page.rows);
  }
  return { first, ids };
}

const dairy = (row: { title: string }) => row.title.startsWith('Dairy');

describe('totals counted up to a cap', () => {
  it('a search matching more than the cap answers the cap as a lower bound; its pages reach every match once, in order', () => {
    const expected = newestFirst.filter(dairy).map((row) => row.id);
    expect(expected.length).toBeGreaterThan(CAP);
    const { first, ids } = everyPage({ text: 'dairy' }, 4);
    expect(first).toMatchObject({ total: CAP, totalIsLowerBound: true });
    expect(ids).toEqual(expected);
  });

  it('with a filter too', () => {
    const expected = newestFirst.filter((row) => dairy(row) && row.status === 'open').map((row) => row.id);
    expect(expected.length).toBeGreaterThan(CAP);
    const { first, ids } = everyPage({ text: 'dairy', status: 'open' }, 3);
    expect(first).toMatchObject({ total: CAP, totalIsLowerBound: true });
    expect(ids).toEqual(expected);
  });

  it('under the cap the total is exact, and exactly the cap is not a lower bound', () => {
    const sugar = newestFirst.filter((row) => row.title.startsWith('Sugar')).length;
    const openSugar = newestFirst.filter((row) => row.title.startsWith('Sugar') && row.status === 'open').length;
    expect(openSugar).toBeLessThan(CAP);
    expect(list({ text: 'sugar', status: 'open' })).toMatchObject({ total: openSugar, totalIsLowerBound: false });
    expect(list({ text: 'sugar' }, test.db, sugar)).toMatchObject({ total: sugar, totalIsLowerBound: false });
    expect(list({ text: 'sugar' }, test.db, sugar - 1)).toMatchObject({ total: sugar - 1, totalIsLowerBound: true });
  });

  it('counts from the counts table stay exact whatever the cap', () => {
    const open = newestFirst.filter((row) => row.status === 'open').length;
    expect(open).toBeGreaterThan(CAP);
    expect(list({ status: 'open' })).toMatchObject({ total: open, totalIsLowerBound: false });
    expect(list({})).toMatchObject({ total: newestFirst.length, totalIsLowerBound: false });
  });

  it('an offset past the capped total still answers the rows there', () => {
    const expected = newestFirst.filter(dairy).map((row) => row.id);
    expect(list({ text: 'dairy', offset: CAP + 2, limit: 3 }).rows).toEqual(expected.slice(CAP + 2, CAP + 5));
  });

  it('the capped count reads at most cap + 1 matches, from the text index alone', () => {
    const plans = explainStatements(test.file, (db) => list({ text: 'dairy' }, db));
    const count = plans.find((plan) => plan.sql.includes('count(*)'));
    expect(count?.sql).toBe('SELECT count(*) FROM (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? LIMIT ?)');
    // Past the cap the page walks the default sort's index, testing each row against the matches.
    const page = plans.find((plan) => plan.sql.includes('LIMIT ? OFFSET ?'));
    expect(page?.steps.join(' | ')).toMatch(/SCAN cases USING INDEX cases_list_updated_at/);
    expect(page?.steps.join(' | ')).not.toMatch(/TEMP B-TREE/);
  });
});
