// What `npm run bench` measures of cases.list (issue 6 §2): each filter alone
// and combined, each kind of sort (a date, folded text, codes by their labels
// in English and Spanish), text search for a common and a rare word,
// grouping, the first, a following and the last page — each through dispatch
// beside raw SQL written by hand for the same rows and total. Raw candidates
// may use every index and the counts table the schema has (migration 60); the
// fastest that returns exactly the API's rows and total is the one compared.
import type Database from 'better-sqlite3';
import type { Input } from '../shared/api/contract';
import type { Locale } from '../shared/history/domain';
import { codesByLabel } from '../shared/list/labels';
import { CASES_LIST } from '../shared/cases/schemas';
import { COUNT_CAP } from '../db/cases/list';
import type { Answer, BenchQuery } from './queries';

/** The cases table's columns (db/cases/list.ts), fetched as is. */
const COLUMNS = `id, reference, agreement, kind, title, complainant, respondent, submitter, perishable, sample, status, stage,
  lead_officer, opened_on, updated_at, next_limit_date, next_limit_rule`;
const PAGE = 100; // cases.list's default limit
const LIVE = 'deleted_at IS NULL';

type ListInput = Input<'cases.list'>;
type Call = (method: 'cases.list', input: ListInput) => unknown;
type Ids = { id: string }[];

export function listQueries(db: Database.Database, call: Call): BenchQuery[] {
  const list = (input: ListInput) => (): Answer => {
    const result = call('cases.list', input) as { rows: { id: string }[]; total: number };
    return { keys: result.rows.map((row) => row.id), total: result.total };
  };
  /** The total from the counts table (`where` over its columns) or by count(*) over the cases. */
  const counter = (where: string, params: readonly unknown[], counts?: Readonly<{ where: string; params: readonly unknown[] }>) => {
    const statement =
      counts === undefined
        ? db.prepare(`SELECT count(*) FROM cases WHERE ${LIVE} ${where === '' ? '' : `AND ${where}`}`).pluck()
        : db.prepare(`SELECT coalesce(sum(n), 0) FROM case_list_counts WHERE ${counts.where}`).pluck();
    return () => statement.get(...(counts === undefined ? params : counts.params)) as number;
  };
  /** A page and its total in raw SQL; `indexed` walks that index instead of letting the planner choose. */
  const raw = (
    where: string,
    order: string,
    params: readonly unknown[] = [],
    options: { indexed?: string; offset?: number; counts?: { where: string; params: readonly unknown[] }; total?: () => number } = {},
  ) => {
    const page = db.prepare(
      `SELECT ${COLUMNS} FROM cases ${options.indexed === undefined ? '' : `INDEXED BY ${options.indexed}`}
        WHERE ${LIVE} ${where === '' ? '' : `AND ${where}`} ${order} LIMIT ${PAGE} OFFSET ${options.offset ?? 0}`,
    );
    const total = options.total ?? counter(where, params, options.counts);
    return (): Answer => ({ keys: (page.all(...params) as Ids).map((row) => row.id), total: total() });
  };
  const all = { where: "party = '*'", params: [] };
  const liveTotal = counter('', [], all);

  /** A sort by a code's label, raw: every row ranked by a CASE and sorted, or one index read per code in label order. */
  const byLabel = (column: 'kind' | 'status' | 'complainant', direction: 'asc' | 'desc', locale: Locale): BenchQuery => {
    const spec = CASES_LIST.columns[column];
    const codes = codesByLabel(spec, locale);
    const ordered = direction === 'asc' ? codes : [...codes].reverse();
    const dir = direction.toUpperCase();
    const rank = `CASE ${column} ${codes.map((code, index) => `WHEN '${code}' THEN ${index}`).join(' ')} ELSE ${codes.length} END`;
    const none = column === 'complainant' ? `(${column} = '') ,` : '';
    const perCode = db.prepare(`SELECT ${COLUMNS} FROM cases WHERE ${LIVE} AND ${column} = ? ORDER BY seq ${dir} LIMIT ?`);
    return {
      name: `cases.list sort ${column} ${direction} by label (${locale})`,
      api: list({ sort: { column, direction }, locale }),
      raw: {
        'rank and sort': raw('', `ORDER BY ${none} ${rank} ${dir}, seq ${dir}`),
        'index read per code': () => {
          const keys: string[] = [];
          for (const code of ordered) {
            if (keys.length >= PAGE) break;
            keys.push(...(perCode.all(code, PAGE - keys.length) as Ids).map((row) => row.id));
          }
          return { keys, total: liveTotal() };
        },
      },
    };
  };

  /**
   * A search, raw: `match` is the FTS5 query as typed (each word a prefix),
   * `terms` the same words as the terms the data set's vocabulary holds for
   * them (bench/dataset.ts WORDS; looked up outside the clock, which favours
   * the raw SQL), read lazily by FTS5.
   */
  const textSearch = (text: string, match: string, terms: string, filter?: Readonly<{ status: 'open' }>): BenchQuery => {
    const where = `seq IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)${filter === undefined ? '' : ' AND status = ?'}`;
    const params = (query: string) => (filter === undefined ? [query] : [query, filter.status]);
    // Counted as the API counts a search: up to the cap (db/cases/list.ts), one row past it telling "more".
    const prefixCount = db
      .prepare(
        filter === undefined
          ? 'SELECT count(*) FROM (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? LIMIT ?)'
          : `SELECT count(*) FROM (SELECT 1 FROM cases WHERE ${LIVE} AND ${where} LIMIT ?)`,
      )
      .pluck();
    // The text index's matches and the filter's index merged in key order, stopping at the cap.
    const termsCount = db
      .prepare(
        filter === undefined
          ? 'SELECT count(*) FROM (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? LIMIT ?)'
          : `SELECT count(*) FROM (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? INTERSECT SELECT seq FROM cases WHERE ${LIVE} AND status = ? ORDER BY 1 LIMIT ?)`,
      )
      .pluck();
    const prefixTotal = () => Math.min(COUNT_CAP, prefixCount.get(...params(match), COUNT_CAP + 1) as number);
    const termsTotal = () => Math.min(COUNT_CAP, termsCount.get(...params(terms), COUNT_CAP + 1) as number);
    // Each row of the sort index looked up in the text index by its key (FTS5 takes rowid = ? with MATCH).
    const lookedUp = `EXISTS (SELECT 1 FROM cases_fts WHERE cases_fts MATCH ? AND rowid = cases.seq)${filter === undefined ? '' : ' AND status = ?'}`;
    const order = 'ORDER BY updated_at DESC, seq DESC';
    const walkIndex = filter === undefined ? 'cases_list_updated_at' : 'cases_list_status_updated_at';
    return {
      name: `cases.list text search "${text}"${filter === undefined ? '' : ' + status'}`,
      api: list({ text, ...filter }),
      raw: {
        'FTS then sort': raw(where, order, params(match), { total: prefixTotal }),
        'sort index walk': raw(where, order, params(match), { total: prefixTotal, indexed: 'cases_list_updated_at' }),
        ...(filter === undefined ? {} : { 'filter + sort index': raw(where, order, params(match), { total: prefixTotal, indexed: walkIndex }) }),
        'terms, then sort': raw(where, order, params(terms), { total: termsTotal }),
        'terms, sort index walk': raw(where, order, params(terms), { total: termsTotal, indexed: walkIndex }),
        'terms, sort index walk, each row looked up': raw(lookedUp, order, params(terms), { total: termsTotal, indexed: walkIndex }),
      },
    };
  };

  const party = `(complainant = ? OR respondent = ? OR id IN (SELECT case_id FROM case_third_parties WHERE party = ?))`;
  const byDate = 'ORDER BY updated_at DESC, seq DESC';
  const filterAlone = (name: 'kind' | 'status' | 'stage', value: string): BenchQuery => ({
    name: `cases.list ${name} filter`,
    api: list({ [name]: value }),
    raw: {
      'filter + sort index': raw(`${name} = ?`, byDate, [value], { counts: { where: `party = '*' AND ${name} = ?`, params: [value] } }),
    },
  });

  // Pages further on: cursors found once, outside the timing.
  const total = liveTotal();
  const cursorBefore = (offset: number) => (call('cases.list', { offset, limit: PAGE }) as { next: string | null }).next ?? '';
  const secondCursor = cursorBefore(0);
  const lastCursor = cursorBefore(Math.max(0, total - 2 * PAGE));
  /** The page at `offset`, read from the far end of the index in the opposite order and turned. */
  const fromFarEnd = (offset: number) => {
    const page = db.prepare(`SELECT ${COLUMNS} FROM cases WHERE ${LIVE} ORDER BY updated_at ASC, seq ASC LIMIT ${PAGE} OFFSET ?`);
    return () => ({ keys: (page.all(Math.max(0, total - offset - PAGE)) as Ids).map((row) => row.id).reverse(), total });
  };
  const keysetAfter = (offset: number) => {
    const before = db.prepare(`SELECT updated_at AS updatedAt, seq FROM cases WHERE ${LIVE} ${byDate} LIMIT 1 OFFSET ${offset - 1}`).get() as {
      updatedAt: string;
      seq: number;
    };
    const page = db.prepare(`SELECT ${COLUMNS} FROM cases WHERE ${LIVE} AND (updated_at, seq) < (?, ?) ${byDate} LIMIT ${PAGE}`);
    return () => ({ keys: (page.all(before.updatedAt, before.seq) as Ids).map((row) => row.id), total });
  };
  const deep = Math.floor(total * 0.9);

  const stageCounts = db.prepare("SELECT stage, sum(n) AS count FROM case_list_counts WHERE party = '*' GROUP BY stage");
  const stagePage = db.prepare(`SELECT ${COLUMNS} FROM cases WHERE ${LIVE} AND stage = 'not_started' ${byDate} LIMIT ${PAGE}`);
  const agreementCounts = db.prepare("SELECT agreement, sum(n) AS count FROM case_list_counts WHERE party = '*' GROUP BY agreement");
  const agreementPage = db.prepare(`SELECT ${COLUMNS} FROM cases WHERE ${LIVE} AND agreement = 'cafta-dr' ORDER BY title_key, seq LIMIT ${PAGE}`);
  const grouped = (counts: Database.Statement, page: Database.Statement) => (): Answer => {
    const groups = counts.all() as { count: number }[];
    return { keys: (page.all() as Ids).map((row) => row.id), total: groups.reduce((sum, group) => sum + group.count, 0) };
  };

  return [
    { name: 'cases.list default sort (updatedAt desc)', api: list({}), raw: { 'sort index': raw('', byDate, [], { counts: all }) } },
    {
      name: 'cases.list sort nextLimitDate asc',
      api: list({ sort: { column: 'nextLimitDate', direction: 'asc' } }),
      raw: { 'sort index': raw('next_limit_date IS NOT NULL', 'ORDER BY next_limit_date, seq', [], { total: liveTotal }) },
    },
    {
      name: 'cases.list sort title asc (folded)',
      api: list({ sort: { column: 'title', direction: 'asc' } }),
      raw: { 'sort index': raw('', 'ORDER BY title_key, seq', [], { counts: all }) },
    },
    byLabel('kind', 'asc', 'en'),
    byLabel('status', 'asc', 'es'),
    byLabel('complainant', 'desc', 'es'),
    {
      name: 'cases.list agreement filter + sort openedOn',
      api: list({ agreement: 'us-peru-tpa', sort: { column: 'openedOn', direction: 'desc' } }),
      raw: {
        'filter + sort index': raw('agreement = ?', 'ORDER BY opened_on DESC, seq DESC', ['us-peru-tpa'], {
          counts: { where: "party = '*' AND agreement = ?", params: ['us-peru-tpa'] },
        }),
      },
    },
    filterAlone('kind', 'labor_consultation'),
    filterAlone('status', 'open'),
    filterAlone('stage', 'consultations'),
    {
      name: 'cases.list agreement + status filter',
      api: list({ agreement: 'cafta-dr', status: 'open' }),
      raw: Object.fromEntries(
        ['cases_list_agreement_updated_at', 'cases_list_status_updated_at', 'cases_list_updated_at'].map((index) => [
          index,
          raw('agreement = ? AND status = ?', byDate, ['cafta-dr', 'open'], {
            indexed: index,
            counts: { where: "party = '*' AND agreement = ? AND status = ?", params: ['cafta-dr', 'open'] },
          }),
        ]),
      ),
    },
    {
      name: 'cases.list status filter + sort title',
      api: list({ status: 'withdrawn', sort: { column: 'title', direction: 'asc' } }),
      raw: Object.fromEntries(
        ['cases_list_title', 'cases_list_status'].map((index) => [
          index,
          raw('status = ?', 'ORDER BY title_key, seq', ['withdrawn'], { indexed: index, counts: { where: "party = '*' AND status = ?", params: ['withdrawn'] } }),
        ]),
      ),
    },
    {
      name: 'cases.list party filter (incl. third party)',
      api: list({ party: 'GTM' }),
      raw: {
        planner: raw(party, byDate, ['GTM', 'GTM', 'GTM'], { counts: { where: 'party = ?', params: ['GTM'] } }),
        'sort index walk': raw(party, byDate, ['GTM', 'GTM', 'GTM'], { indexed: 'cases_list_updated_at', counts: { where: 'party = ?', params: ['GTM'] } }),
      },
    },
    {
      name: 'cases.list kind + party filter',
      api: list({ kind: 'dispute', party: 'PER' }),
      raw: {
        planner: raw(`kind = ? AND ${party}`, byDate, ['dispute', 'PER', 'PER', 'PER'], { counts: { where: 'party = ? AND kind = ?', params: ['PER', 'dispute'] } }),
        'filter + sort index': raw(`kind = ? AND ${party}`, byDate, ['dispute', 'PER', 'PER', 'PER'], {
          indexed: 'cases_list_kind_updated_at',
          counts: { where: 'party = ? AND kind = ?', params: ['PER', 'dispute'] },
        }),
      },
    },
    textSearch('dairy', '"dairy"*', '"dairy"'),
    textSearch('cust valu', '"cust"* "valu"*', '"customs" AND "valuation"'),
    // "00": two characters, which the index's own prefix index serves (prefix = '2 3').
    textSearch('PTPA-2019-00', '"PTPA-2019-00"*', '"PTPA-2019-00"*'),
    textSearch('dairy', '"dairy"*', '"dairy"', { status: 'open' }),
    { name: 'cases.list groupBy stage', api: list({ groupBy: 'stage' }), raw: { 'counts + first group': grouped(stageCounts, stagePage) } },
    {
      name: 'cases.list groupBy agreement, sort title',
      api: list({ groupBy: 'agreement', sort: { column: 'title', direction: 'asc' } }),
      raw: { 'counts + first group': grouped(agreementCounts, agreementPage) },
    },
    { name: 'cases.list second page (cursor)', api: list({ after: secondCursor }), raw: { keyset: keysetAfter(PAGE) } },
    { name: 'cases.list last page (cursor)', api: list({ after: lastCursor }), raw: { keyset: keysetAfter(Math.max(1, total - PAGE)) } },
    {
      name: 'cases.list deep page (offset 90% of the cases)',
      api: list({ offset: deep }),
      raw: { offset: raw('', byDate, [], { offset: deep, total: liveTotal }), 'offset from the far end': fromFarEnd(deep), keyset: keysetAfter(deep) },
    },
  ];
}
