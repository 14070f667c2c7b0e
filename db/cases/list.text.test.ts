// Text search in cases.list, whichever way a page is read (issue 6 §2): a
// common word walks the sort index and tests each case's own text, a rare
// one is read from the full-text index and sorted, words are rewritten as the
// terms they stand for — and the rows, their order and the totals are always
// those of the full-text index's own prefix query, sorted as the list sorts.
// Texts in English and Spanish, and some with characters the row test does
// not know (asked of the index instead).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { casesListInput } from '../../shared/cases/schemas';
import { readList } from '../list/engine';
import { explainStatements } from '../testing/queryPlans';
import { openTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { CASES_TABLE, ftsQuery } from './list';

let test: TestDatabase;
const TITLES = [
  'Dairy quotas',
  'Dairying permits',
  'Dairyman licences',
  'Exportación de café',
  'Exportacion de cafés',
  'Customs valuation',
  'Custodial valuation rules',
  'Café 中文 labelling',
  'Dairy 😀 sanitary',
  'Árbitros — «plazos»',
];
const STATUSES = ['open', 'closed', 'resolved'] as const;

beforeAll(async () => {
  test = await openTestDatabase();
  for (let index = 0; index < 60; index += 1) {
    test.call('cases.create', {
      agreement: index % 3 === 0 ? 'us-peru-tpa' : 'cafta-dr',
      kind: 'dispute',
      title: `${TITLES[(index * 7) % TITLES.length] as string} ${index}`,
      complainant: index % 3 === 0 ? 'USA' : 'CRI',
      respondent: index % 3 === 0 ? 'PER' : 'SLV',
      status: STATUSES[index % STATUSES.length],
      measure: index % 4 === 0 ? 'Medidas sanitarias sobre el café' : '',
    });
  }
  // A removed match: never listed, never counted.
  const removed = test.call('cases.list', { text: 'dairy', limit: 1 }).rows[0];
  test.call('cases.remove', { id: removed?.id ?? '', version: 1 });
});
afterAll(() => test.close());

/** The live cases the index's own prefix query matches, newest change first (or by folded title). */
function expected(text: string, status?: string, byTitle = false): string[] {
  const match = ftsQuery(text);
  return test.db
    .prepare(
      `SELECT id FROM cases WHERE deleted_at IS NULL AND seq IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)
       ${status === undefined ? '' : 'AND status = ?'}
       ORDER BY ${byTitle ? 'title_key, seq' : 'updated_at DESC, seq DESC'}`,
    )
    .pluck()
    .all(match, ...(status === undefined ? [] : [status])) as string[];
}

/** cases.list with a cap on counting (and on the rows a walk tests), every page through the cursor. */
function everyPage(input: Input<'cases.list'>, cap: number, size: number, walkBudget?: number) {
  const read = (page: Input<'cases.list'>) => {
    const parsed = casesListInput.parse(page);
    return readList(
      test.db,
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
        walkBudget,
      },
      (stored) => stored.id as string,
    );
  };
  const first = read({ ...input, limit: size });
  const ids = [...first.rows];
  let page = first;
  while (page.next !== null) {
    page = read({ ...input, limit: size, after: page.next });
    ids.push(...page.rows);
  }
  return { first, ids };
}

const SEARCHES = ['dairy', 'DAIRYI', 'cust valu', 'exportación', 'exportacion cafe', 'cafe', 'caf', 'árbitros plazos', '中文', 'sanitary', 'CAFTA-DR-2026-0', 'nothing'];

describe('text search, read either way', () => {
  it.each(SEARCHES)('"%s": walking (a low cap) and reading from the index give the index\'s matches, in order', (text) => {
    const all = expected(text);
    // A cap of 2 makes any larger match a lower bound: the page walks the sort index.
    const walked = everyPage({ text }, 2, 4);
    expect(walked.ids).toEqual(all);
    expect(walked.first).toMatchObject({ total: Math.min(all.length, 2), totalIsLowerBound: all.length > 2 });
    // No cap and a page of all: the matches are read from the index and sorted.
    const read = everyPage({ text }, 1_000, 500);
    expect(read.ids).toEqual(all);
    expect(read.first).toMatchObject({ total: all.length, totalIsLowerBound: false });
  });

  it.each(SEARCHES.flatMap((text) => STATUSES.map((status) => [text, status] as const)))('"%s" with status %s, both ways, counted exactly under the cap', (text, status) => {
    const all = expected(text, status);
    const walked = everyPage({ text, status }, 2, 3);
    expect(walked.ids).toEqual(all);
    expect(walked.first).toMatchObject({ total: Math.min(all.length, 2), totalIsLowerBound: all.length > 2 });
    const read = everyPage({ text, status }, 1_000, 500);
    expect(read.ids).toEqual(all);
    expect(read.first.total).toBe(all.length);
  });

  it.each(['dairy', 'exportación', 'cafe'])('"%s" sorted by title, walked', (text) => {
    const walked = everyPage({ text, sort: { column: 'title', direction: 'asc' } }, 2, 4);
    expect(walked.ids).toEqual(expected(text, undefined, true));
  });

  // A walk that tests its budget of rows without filling the page searches
  // for the rest of it past the last row it tested: a word common overall but
  // rare among the most recent cases never reads the whole table row by row.
  it.each(SEARCHES.flatMap((text) => [1, 3, 7].map((budget) => [text, budget] as const)))('"%s", a walk stopped after %i rows: the same rows, in order', (text, budget) => {
    expect(everyPage({ text }, 2, 4, budget).ids).toEqual(expected(text));
    expect(everyPage({ text, status: 'open' }, 2, 3, budget).ids).toEqual(expected(text, 'open'));
    expect(everyPage({ text, sort: { column: 'title', direction: 'asc' } }, 2, 5, budget).ids).toEqual(expected(text, undefined, true));
  });
});

describe('the statements a common word runs', () => {
  const plans = (input: Input<'cases.list'>, cap: number) =>
    explainStatements(test.file, (db) => {
      const parsed = casesListInput.parse(input);
      readList(
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
          walkBudget: 5,
        },
        (stored) => stored.id,
      );
    });

  it('the page walks the sort index testing each case\'s text (the index asked only for text it does not know), no sort step, up to its budget', () => {
    const statements = plans({ text: 'dairy', limit: 2 }, 2);
    // Where the budget ends: read from the sort index alone.
    const edge = statements.find((plan) => plan.sql.includes('LIMIT 1 OFFSET ?'));
    expect(edge?.steps.join(' | ')).toMatch(/^SCAN cases USING (COVERING )?INDEX cases_list_updated_at$/);
    const page = statements.find((plan) => plan.sql.includes('LIMIT ? OFFSET ?'));
    expect(page?.sql).toMatch(/coalesce\(list_text_match\(\?, reference, title, summary, measure, sector, submitter\), \+seq IN \(SELECT rowid FROM cases_fts/);
    expect(page?.sql).toMatch(/\(updated_at, seq\) >= \(\?, \?\)/);
    expect(page?.steps.join(' | ')).toMatch(/^(SEARCH|SCAN) cases USING INDEX cases_list_updated_at\b/);
    expect(page?.steps.join(' | ')).not.toMatch(/TEMP B-TREE/);
  });

  it('with a filter, past the cap: counted by merging the index\'s matches with the filter\'s index, both in key order', () => {
    const counts = plans({ text: 'dairy', status: 'open' }, 2).filter((plan) => plan.sql.includes('count(*)'));
    expect(counts.map((plan) => plan.sql)).toEqual([
      'SELECT count(*) FROM (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? LIMIT ?)',
      'SELECT count(*) FROM (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? INTERSECT SELECT seq FROM cases WHERE deleted_at IS NULL AND status = ? ORDER BY 1 LIMIT ?)',
    ]);
    const merge = (counts[1]?.steps ?? []).join(' | ');
    expect(merge).toMatch(/MERGE \(INTERSECT\)/);
    expect(merge).toMatch(/SEARCH cases USING (COVERING )?INDEX cases_list_status \(status=\?\)/);
    expect(merge).not.toMatch(/TEMP B-TREE/);
  });

  it('with a filter and few text matches: each match looked up by key', () => {
    const counts = plans({ text: 'árbitros', status: 'open' }, 1_000).filter((plan) => plan.sql.includes('count(*)'));
    expect(counts).toHaveLength(2);
    expect(counts[1]?.sql).not.toMatch(/INTERSECT/);
    expect(counts[1]?.steps.join(' | ')).toMatch(/LIST SUBQUERY|rowid=\?/);
  });
});
