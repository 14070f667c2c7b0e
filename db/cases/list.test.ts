// cases.list against a model: the same rows sorted, filtered, grouped and
// paged in plain TypeScript must equal what SQL answers — coded columns by
// their labels in English and in Spanish, free text with accents and case
// folded — whether read by offset or page after page with the cursor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { CASE_SORT_COLUMNS, type CaseSortColumn } from '../../shared/cases/schemas';
import { AGREEMENT_PARTIES, type AgreementId, type PartyCode } from '../../shared/domain/agreements';
import { CASE_KINDS, CASE_STATUSES, type CaseRow } from '../../shared/cases/domain';
import type { EventType } from '../../shared/events/domain';
import { STAGES } from '../../shared/domain/stages';
import type { Locale } from '../../shared/history/domain';
import { translate, type MessageKey } from '../../shared/i18n/catalog';
import { openTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { ftsQuery } from './list';

let test: TestDatabase;
/** Every row, with the insertion sequence SQL uses to break ties and the third parties. */
let all: (CaseRow & { seq: number; thirdParties: readonly PartyCode[] })[];

function random(seed: number): () => number {
  // mulberry32: a small seeded generator, so the data set is the same on every run.
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES = ['Dairy quotas', 'avocado permits', 'Árbitros y plazos', 'Zoning of ports', 'customs valuation', 'Sugar TRQ', 'banana labelling'];
const OFFICERS = ['Ana', 'beatriz', 'Carlos', 'Óscar', '', 'ana'];
const EVENTS: readonly EventType[] = ['consultations_requested', 'commission_meeting_requested', 'panel_requested', 'labor_consultations_requested', 'note'];

beforeAll(async () => {
  test = await openTestDatabase();
  const pick = random(20260310);
  const choose = <T>(items: readonly T[]): T => items[Math.floor(pick() * items.length)] as T;
  const agreements: readonly AgreementId[] = ['cafta-dr', 'cafta-dr', 'us-colombia-tpa', 'us-peru-tpa'];
  for (let index = 0; index < 70; index += 1) {
    const agreement = choose(agreements);
    const parties = [...AGREEMENT_PARTIES[agreement]].sort(() => pick() - 0.5);
    const month = String(1 + Math.floor(pick() * 12)).padStart(2, '0');
    const created = test.call('cases.create', {
      agreement,
      // Environment submissions have no complaining Party; the list tests are about disputes.
      kind: choose(CASE_KINDS.filter((kind) => kind !== 'environment_submission')),
      title: `${choose(TITLES)} ${index % 5}`,
      complainant: parties[0] as PartyCode,
      respondent: parties[1] as PartyCode,
      thirdParties: parties.slice(2, 2 + Math.floor(pick() * 3)),
      status: choose(CASE_STATUSES),
      leadOfficer: choose(OFFICERS),
      openedOn: `${choose(['2024', '2025', '2026'])}-${month}-1${index % 10}`,
      measure: index === 7 ? 'Medidas sanitarias sobre el café' : '',
      sector: index === 8 ? 'Fisheries' : '',
    });
    if (pick() < 0.6) test.call('events.add', { caseId: created.id, type: choose(EVENTS), date: `2026-0${1 + (index % 3)}-0${1 + (index % 9)}` });
  }
  const seqs = new Map(test.db.prepare('SELECT id, seq FROM cases').all().map((row) => [(row as { id: string }).id, (row as { seq: number }).seq]));
  all = test.call('cases.list', { limit: 500 }).rows.map((row) => ({
    ...row,
    seq: seqs.get(row.id) ?? -1,
    thirdParties: test.call('cases.get', { id: row.id }).case.thirdParties,
  }));
  expect(all).toHaveLength(70);
});
afterAll(() => test.close());

/** Accents and case folded, as a reader expects "Álvaro" before "Zoe". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const LABEL_PREFIX = { agreement: 'agreement', kind: 'kind', complainant: 'party', respondent: 'party', status: 'status', stage: 'stage' } as const;

/** A coded value's place among its column's labels in `locale`, compared as a person reading them would. */
function labelRank(column: keyof typeof LABEL_PREFIX, code: string, locale: Locale): string {
  return translate(locale, `${LABEL_PREFIX[column]}.${code}` as MessageKey);
}

function sortKey(row: CaseRow, column: CaseSortColumn, locale: Locale): string | null {
  switch (column) {
    case 'title':
      return folded(row.title);
    case 'leadOfficer':
      return folded(row.leadOfficer);
    case 'agreement':
    case 'kind':
    case 'respondent':
    case 'status':
    case 'stage':
      return labelRank(column, row[column], locale);
    case 'complainant':
      return row.complainant === null ? null : labelRank(column, row.complainant, locale);
    case 'reference':
    case 'openedOn':
    case 'updatedAt':
    case 'nextLimitDate':
      return row[column];
    default: {
      const unreachable: never = column;
      throw new Error(String(unreachable));
    }
  }
}

function compare(a: string | null, b: string | null, locale: Locale): number {
  if (a === b) return 0;
  // Rows without a value come last in both directions.
  if (a === null) return 1;
  if (b === null) return -1;
  return new Intl.Collator(locale, { sensitivity: 'base' }).compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function modelSort<R extends CaseRow & { seq: number }>(rows: readonly R[], column: CaseSortColumn, direction: 'asc' | 'desc', locale: Locale = 'en'): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = sortKey(a, column, locale);
    const kb = sortKey(b, column, locale);
    if (ka === null || kb === null) return compare(ka, kb, locale) || sign * (a.seq - b.seq);
    return sign * compare(ka, kb, locale) || sign * (a.seq - b.seq);
  });
}

function ids(rows: readonly CaseRow[]): string[] {
  return rows.map((row) => row.id);
}

/** Every page by offset, and every page by cursor: both must give the same rows, each once. */
function pages(input: Input<'cases.list'>, size: number) {
  const byOffset: CaseRow[] = [];
  let total = -1;
  for (let offset = 0; offset < 200; offset += size) {
    const page = test.call('cases.list', { ...input, offset, limit: size });
    total = page.total;
    byOffset.push(...page.rows);
    if (page.rows.length < size) break;
  }
  const byCursor: CaseRow[] = [];
  let page = test.call('cases.list', { ...input, limit: size });
  expect(page.total).toBe(total);
  byCursor.push(...page.rows);
  while (page.next !== null) {
    const next = test.call('cases.list', { ...input, limit: size, after: page.next });
    // Counted once, on the first page; carried by the cursor after it.
    expect(next.total).toBe(total);
    expect(next.groups).toBeNull();
    expect(next.rows.length).toBeGreaterThan(0);
    byCursor.push(...next.rows);
    page = next;
  }
  expect(ids(byCursor)).toEqual(ids(byOffset));
  expect(new Set(ids(byCursor)).size).toBe(byCursor.length);
  return { rows: byOffset, total };
}

describe('cases.list sorting and paging', () => {
  it('defaults to most recently updated first', () => {
    expect(ids(test.call('cases.list', {}).rows)).toEqual(ids(modelSort(all, 'updatedAt', 'desc')));
  });

  it.each(CASE_SORT_COLUMNS.flatMap((column) => (['asc', 'desc'] as const).map((direction) => [column, direction] as const)))(
    'sorts by %s %s, with pages that neither repeat nor skip a row',
    (column, direction) => {
      const { rows, total } = pages({ sort: { column, direction } }, 9);
      expect(total).toBe(70);
      expect(ids(rows)).toEqual(ids(modelSort(all, column, direction)));
    },
  );

  it('answers an empty page past the end, with the total', () => {
    expect(test.call('cases.list', { offset: 1000 })).toEqual({ rows: [], total: 70, totalIsLowerBound: false, groups: null, next: null });
  });

  it.each(CASE_SORT_COLUMNS.flatMap((column) => (['asc', 'desc'] as const).map((direction) => [column, direction] as const)))(
    'sorts by %s %s in Spanish by the Spanish labels',
    (column, direction) => {
      const { rows } = pages({ sort: { column, direction }, locale: 'es' }, 11);
      expect(ids(rows)).toEqual(ids(modelSort(all, column, direction, 'es')));
    },
  );

  const firstOf = (column: 'kind' | 'status' | 'complainant', locale: Locale) => {
    const rows = test.call('cases.list', { sort: { column, direction: 'asc' }, locale, limit: 500 }).rows;
    return [...new Set(rows.map((row) => row[column]))];
  };

  it('sorts Kind, Status and Parties as they read, in English and in Spanish', () => {
    expect(firstOf('kind', 'en')).toEqual(['committee_matter', 'environment_consultation', 'labor_consultation', 'dispute']);
    expect(firstOf('kind', 'es')).toEqual(['committee_matter', 'environment_consultation', 'labor_consultation', 'dispute']);
    expect(firstOf('status', 'en')).toEqual(['closed', 'open', 'resolved', 'suspended', 'withdrawn']);
    // Abierto, Cerrado, Resuelto, Retirado, Suspendido.
    expect(firstOf('status', 'es')).toEqual(['open', 'closed', 'resolved', 'withdrawn', 'suspended']);
    const parties = { en: ['COL', 'CRI', 'DOM', 'SLV', 'GTM', 'HND', 'NIC', 'PER', 'USA'], es: ['COL', 'CRI', 'SLV', 'USA', 'GTM', 'HND', 'NIC', 'PER', 'DOM'] };
    for (const locale of ['en', 'es'] as const) {
      const seen = firstOf('complainant', locale);
      expect(seen).toEqual(parties[locale].filter((code) => seen.includes(code as never)));
    }
  });

  it("sorts by the settings' language when the call names none", () => {
    const spanish = ids(modelSort(all, 'status', 'asc', 'es'));
    expect(ids(test.call('cases.list', { sort: { column: 'status', direction: 'asc' }, limit: 500 }).rows)).not.toEqual(spanish);
    test.call('settings.update', { locale: 'es' });
    try {
      expect(ids(test.call('cases.list', { sort: { column: 'status', direction: 'asc' }, limit: 500 }).rows)).toEqual(spanish);
    } finally {
      test.call('settings.update', { locale: 'en' });
    }
  });

  it('refuses a cursor that is malformed or was made for another query, naming the field', () => {
    const { next } = test.call('cases.list', { limit: 5 });
    expect(next).not.toBeNull();
    for (const [input, after] of [
      [{ status: 'open' }, next],
      [{ sort: { column: 'title', direction: 'asc' } }, next],
      [{}, 'not-a-cursor'],
      [{}, Buffer.from('[1,"x",0,null,1,70,0]').toString('base64url')],
    ] as const) {
      const answer = test.dispatch('cases.list', { ...input, limit: 5, after: after ?? '' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { after: { code: 'invalid' } } } });
    }
  });
});

describe('cases.list filters', () => {
  const cafta = (row: (typeof all)[number]) => row.agreement === 'cafta-dr';

  it.each([
    ['agreement', { agreement: 'cafta-dr' }, cafta],
    ['kind', { kind: 'dispute' }, (row: (typeof all)[number]) => row.kind === 'dispute'],
    ['status', { status: 'open' }, (row: (typeof all)[number]) => row.status === 'open'],
    ['stage', { stage: 'consultations' }, (row: (typeof all)[number]) => row.stage === 'consultations'],
    [
      'party as complainant, respondent or third party',
      { party: 'GTM' },
      (row: (typeof all)[number]) => row.complainant === 'GTM' || row.respondent === 'GTM' || row.thirdParties.includes('GTM'),
    ],
    [
      'agreement and status together',
      { agreement: 'cafta-dr', status: 'open' },
      (row: (typeof all)[number]) => cafta(row) && row.status === 'open',
    ],
  ] as const)('by %s', (_name, filter, predicate) => {
    const expected = modelSort(all.filter(predicate), 'title', 'asc');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(70);
    const { rows, total } = pages({ ...filter, sort: { column: 'title', direction: 'asc' } }, 4);
    expect(total).toBe(expected.length);
    expect(ids(rows)).toEqual(ids(expected));
  });

  it('finds third parties, not only the two sides', () => {
    const thirdOnly = all.filter((row) => row.thirdParties.includes('GTM') && row.complainant !== 'GTM' && row.respondent !== 'GTM');
    expect(thirdOnly.length).toBeGreaterThan(0);
    const found = ids(test.call('cases.list', { party: 'GTM', limit: 500 }).rows);
    for (const row of thirdOnly) expect(found).toContain(row.id);
  });

  it('searches reference, title, measure and sector by word prefix, ignoring case and accents', () => {
    const search = (text: string) => ids(test.call('cases.list', { text, limit: 500 }).rows).sort();
    const byTitle = (fragment: string) => ids(all.filter((row) => row.title.toLowerCase().includes(fragment))).sort();
    expect(search('dairy')).toEqual(byTitle('dairy quotas'));
    expect(search('AVOC')).toEqual(byTitle('avocado'));
    expect(search('arbitros')).toEqual(byTitle('árbitros'));
    expect(search('customs valu')).toEqual(byTitle('customs valuation'));
    const target = all[5];
    expect(search(target?.reference ?? '')).toEqual([target?.id]);
    expect(search('cafe')).toHaveLength(1); // measure "…sobre el café"
    expect(search('fisheries')).toHaveLength(1); // sector
    expect(search('nothing-like-this')).toEqual([]);
    // Punctuation alone is looked for as the characters it is, never as a
    // wildcard or an empty search that brings back every case (issue 6).
    for (const text of ['%', '_', "'", ' -- ']) {
      const expected = ids(all.filter((row) => [row.reference, row.title].some((value) => value.includes(text.trim())))).sort();
      expect(search(text), text).toEqual(expected);
    }
    expect(search('%')).toEqual([]);
  });

  it('treats search text as words, never as FTS syntax', () => {
    expect(ftsQuery('dairy OR "x" NEAR(a b) col:*')).toBe('"dairy"* "OR"* """x"""* "NEAR(a"* "b)"* "col:*"*');
    expect(ftsQuery('  ')).toBeNull();
    for (const text of ['"', 'a"b', 'NOT', '(', '*', 'title:x', '^a', 'a AND']) {
      expect(test.dispatch('cases.list', { text })).toMatchObject({ ok: true });
    }
  });

  // The search box follows the rules of all free text (shared/api/freeText.ts):
  // a control character is refused by field, as in a title, rather than
  // searched for or quietly dropped — the same text never finds one thing in
  // the list and is refused as a title. Typed text cannot hold one (a search
  // box takes no NUL, and a paste loses its line breaks); a link can.
  it('refuses control characters (NUL included) in the search text by field, never answering internal', () => {
    for (const text of ['dairy\u0000quotas', 'x\u0000', '\u0000"', 'a\u001fb', 'dairy\tquotas', 'dairy\u2028quotas']) {
      expect(test.dispatch('cases.list', { text })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields: { text: { code: 'control_character' } } },
      });
    }
    // Below the schema the search still reads them as spaces: no text ever reaches FTS as syntax.
    expect(ftsQuery('dairy\u0000quotas\u0007')).toBe('"dairy"* "quotas"*');
  });
});

describe('cases.list grouping', () => {
  it.each([
    ['agreement', (row: CaseRow) => row.agreement, (key: string) => key],
    ['stage', (row: CaseRow) => row.stage, (key: string) => String(STAGES.indexOf(key as never)).padStart(2, '0')],
  ] as const)('by %s orders rows by group, then by the sort, with counts for the whole set', (groupBy, keyOf, order) => {
    const sorted = modelSort(all, 'openedOn', 'desc');
    const keys = [...new Set(sorted.map(keyOf))].sort((a, b) => (order(a) < order(b) ? -1 : 1));
    const expected = keys.flatMap((key) => sorted.filter((row) => keyOf(row) === key));
    const groups = keys.map((key) => ({ key, count: sorted.filter((row) => keyOf(row) === key).length }));
    for (const size of [1, 5, 13, 70]) {
      const collected: CaseRow[] = [];
      for (let offset = 0; offset < 70; offset += size) {
        const page = test.call('cases.list', { groupBy, sort: { column: 'openedOn', direction: 'desc' }, offset, limit: size });
        expect(page.total).toBe(70);
        expect(page.groups).toEqual(groups);
        collected.push(...page.rows);
      }
      expect(ids(collected)).toEqual(ids(expected));
    }
  });

  it('orders agreement groups by their names in the reader\'s language, stages in procedure order', () => {
    const keys = (groupBy: 'agreement' | 'stage', locale: Locale) =>
      test.call('cases.list', { groupBy, locale, limit: 1 }).groups?.map((group) => group.key);
    expect(keys('agreement', 'en')).toEqual(['cafta-dr', 'us-colombia-tpa', 'us-peru-tpa']);
    // APC Colombia–EE. UU., APC Perú–EE. UU., CAFTA-DR.
    expect(keys('agreement', 'es')).toEqual(['us-colombia-tpa', 'us-peru-tpa', 'cafta-dr']);
    const stages = keys('stage', 'es') ?? [];
    expect(stages).toEqual([...stages].sort((a, b) => STAGES.indexOf(a as never) - STAGES.indexOf(b as never)));
    expect(keys('stage', 'en')).toEqual(stages);
  });

  it('pages a grouped, label-sorted list by cursor in Spanish, each row once', () => {
    const sorted = modelSort(all, 'status', 'desc', 'es');
    const groupOrder = ['us-colombia-tpa', 'us-peru-tpa', 'cafta-dr'];
    const expected = groupOrder.flatMap((key) => sorted.filter((row) => row.agreement === key));
    for (const size of [1, 6, 70]) {
      const { rows } = pages({ groupBy: 'agreement', sort: { column: 'status', direction: 'desc' }, locale: 'es' }, size);
      expect(ids(rows)).toEqual(ids(expected));
    }
  });

  it('groups the filtered set only', () => {
    const page = test.call('cases.list', { groupBy: 'stage', agreement: 'us-peru-tpa' });
    const peru = all.filter((row) => row.agreement === 'us-peru-tpa');
    expect(page.total).toBe(peru.length);
    expect(page.groups?.reduce((sum, group) => sum + group.count, 0)).toBe(peru.length);
    expect(page.rows.every((row) => row.agreement === 'us-peru-tpa')).toBe(true);
  });
});
