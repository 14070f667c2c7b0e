// What `npm run bench` measures: each query through dispatch (the path the
// app uses) and, where it means something, the same rows fetched by raw SQL
// written by hand for this data (issue 6 §2 asks for each within 1.5× of the
// best raw SQL). A query may have several raw candidates — the planner's own
// choice, a walk of the sort index, keyset paging — and the fastest one that
// returns exactly the rows and total the API returned is the one compared.
import type Database from 'better-sqlite3';
import type { Input, Method } from '../shared/api/contract';
import type { TimeLimit } from '../shared/domain/limits';
import { addCalendarDays } from '../shared/procedure/calendar';
import { ALL_RULES } from '../shared/procedure/rules/registry';
import { DUE_SOON_DAYS, limitView } from '../shared/procedure/status';
import type { Dispatch } from '../db/dispatch';

/** What a query answered, reduced to what identifies it: the keys of its rows and its total. */
export type Answer = Readonly<{ keys: readonly string[]; total: number | null }>;

export type BenchQuery = Readonly<{
  name: string;
  api: () => Answer;
  /** Raw SQL returning the same rows (and total); absent where no equivalent means anything. */
  raw?: Readonly<Record<string, () => Answer>>;
}>;

/** The cases table's columns (db/cases/list.ts), fetched as is. */
const COLUMNS = `id, reference, agreement, kind, title, complainant, respondent, submitter, perishable, sample, status, stage,
  lead_officer, opened_on, updated_at, next_limit_date, next_limit_rule`;
const PAGE = 100; // cases.list's default limit

type ListInput = Input<'cases.list'>;

export function benchQueries(db: Database.Database, dispatch: Dispatch, today: string): BenchQuery[] {
  const call = caller(dispatch);
  const list = (input: ListInput) => (): Answer => {
    const result = call('cases.list', input) as { rows: { id: string }[]; total: number };
    return { keys: result.rows.map((row) => row.id), total: result.total };
  };
  /** A page and a count in raw SQL; `indexed` walks that index instead of letting the planner choose. */
  const rawList = (where: string, order: string, params: readonly unknown[] = [], options: { indexed?: string; offset?: number } = {}) => {
    const page = db.prepare(
      `SELECT ${COLUMNS} FROM cases ${options.indexed === undefined ? '' : `INDEXED BY ${options.indexed}`} ${where} ${order} LIMIT ${PAGE} OFFSET ${options.offset ?? 0}`,
    );
    const count = db.prepare(`SELECT count(*) FROM cases ${where}`).pluck();
    return (): Answer => ({
      keys: (page.all(...params) as { id: string }[]).map((row) => row.id),
      total: count.get(...params) as number,
    });
  };
  const ftsCount = (match: string) => {
    const count = db.prepare('SELECT count(*) FROM cases_fts WHERE cases_fts MATCH ?').pluck();
    return () => count.get(match) as number;
  };
  const textSearch = (text: string, match: string): BenchQuery => {
    const where = 'WHERE seq IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)';
    const order = 'ORDER BY updated_at DESC, seq DESC';
    const total = ftsCount(match);
    const planner = db.prepare(`SELECT ${COLUMNS} FROM cases ${where} ${order} LIMIT ${PAGE}`);
    const walk = db.prepare(`SELECT ${COLUMNS} FROM cases INDEXED BY cases_updated_at ${where} ${order} LIMIT ${PAGE}`);
    return {
      name: `cases.list text search "${text}"`,
      api: list({ text }),
      raw: {
        'FTS then sort': () => ({ keys: (planner.all(match) as { id: string }[]).map((row) => row.id), total: total() }),
        'sort index walk': () => ({ keys: (walk.all(match) as { id: string }[]).map((row) => row.id), total: total() }),
      },
    };
  };

  const caseCount = db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
  const deep = Math.floor(caseCount * 0.9);
  // Keyset paging starts after the last row of the page before: found once, outside the timing.
  const before = db.prepare(`SELECT updated_at AS updatedAt, seq FROM cases ORDER BY updated_at DESC, seq DESC LIMIT 1 OFFSET ${deep - 1}`).get() as {
    updatedAt: string;
    seq: number;
  };
  const keyset = db.prepare(`SELECT ${COLUMNS} FROM cases WHERE (updated_at, seq) < (?, ?) ORDER BY updated_at DESC, seq DESC LIMIT ${PAGE}`);
  const countAll = db.prepare('SELECT count(*) FROM cases').pluck();

  const party = `WHERE complainant = ? OR respondent = ? OR id IN (SELECT case_id FROM case_third_parties WHERE party = ?)`;
  const stageCounts = db.prepare('SELECT stage_order, count(*) AS count FROM cases GROUP BY stage_order ORDER BY stage_order');
  const stagePage = db.prepare(`SELECT ${COLUMNS} FROM cases ORDER BY stage_order, updated_at DESC, seq DESC LIMIT ${PAGE}`);
  const agreementCounts = db.prepare('SELECT agreement, count(*) AS count FROM cases GROUP BY agreement ORDER BY agreement');
  const agreementPage = db.prepare(`SELECT ${COLUMNS} FROM cases ORDER BY agreement, title COLLATE NOCASE, seq LIMIT ${PAGE}`);
  const summary = db.prepare('SELECT agreement, status, count(*) AS count FROM cases GROUP BY agreement, status');
  const grouped = (counts: Database.Statement, page: Database.Statement) => (): Answer => {
    const groups = counts.all() as { count: number }[];
    return { keys: (page.all() as { id: string }[]).map((row) => row.id), total: groups.reduce((sum, group) => sum + group.count, 0) };
  };

  return [
    { name: 'cases.list default sort (updatedAt desc)', api: list({}), raw: { 'sort index': rawList('', 'ORDER BY updated_at DESC, seq DESC') } },
    {
      name: 'cases.list sort nextLimitDate asc',
      api: list({ sort: { column: 'nextLimitDate', direction: 'asc' } }),
      raw: { 'sort index': rawList('', 'ORDER BY next_limit_date ASC NULLS LAST, seq ASC') },
    },
    {
      name: 'cases.list sort title asc',
      api: list({ sort: { column: 'title', direction: 'asc' } }),
      raw: { 'sort index': rawList('', 'ORDER BY title COLLATE NOCASE ASC, seq ASC') },
    },
    {
      name: 'cases.list agreement filter + sort openedOn',
      api: list({ agreement: 'us-peru-tpa', sort: { column: 'openedOn', direction: 'desc' } }),
      raw: { 'filter + sort index': rawList('WHERE agreement = ?', 'ORDER BY opened_on DESC, seq DESC', ['us-peru-tpa']) },
    },
    {
      name: 'cases.list agreement + status filter',
      api: list({ agreement: 'cafta-dr', status: 'open' }),
      raw: {
        planner: rawList('WHERE agreement = ? AND status = ?', 'ORDER BY updated_at DESC, seq DESC', ['cafta-dr', 'open']),
        'sort index walk': rawList('WHERE agreement = ? AND status = ?', 'ORDER BY updated_at DESC, seq DESC', ['cafta-dr', 'open'], {
          indexed: 'cases_updated_at',
        }),
      },
    },
    {
      name: 'cases.list party filter (incl. third party)',
      api: list({ party: 'GTM' }),
      raw: {
        planner: rawList(party, 'ORDER BY updated_at DESC, seq DESC', ['GTM', 'GTM', 'GTM']),
        'sort index walk': rawList(party, 'ORDER BY updated_at DESC, seq DESC', ['GTM', 'GTM', 'GTM'], { indexed: 'cases_updated_at' }),
      },
    },
    textSearch('dairy', '"dairy"*'),
    textSearch('cust valu', '"cust"* "valu"*'),
    textSearch('PTPA-2019-00', '"PTPA-2019-00"*'),
    { name: 'cases.list groupBy stage', api: list({ groupBy: 'stage' }), raw: { 'one ordered page': grouped(stageCounts, stagePage) } },
    {
      name: 'cases.list groupBy agreement, sort title',
      api: list({ groupBy: 'agreement', sort: { column: 'title', direction: 'asc' } }),
      raw: { 'one ordered page': grouped(agreementCounts, agreementPage) },
    },
    {
      name: 'cases.list deep page (offset 90% of the cases)',
      api: list({ offset: deep }),
      raw: {
        offset: rawList('', 'ORDER BY updated_at DESC, seq DESC', [], { offset: deep }),
        keyset: () => ({ keys: (keyset.all(before.updatedAt, before.seq) as { id: string }[]).map((row) => row.id), total: countAll.get() as number }),
      },
    },
    ...deadlineQueries(db, call, today),
    {
      name: 'dashboard.summary',
      api: () => {
        const result = call('dashboard.summary', {}) as { total: number; counts: { agreement: string; status: string; count: number }[] };
        return { keys: result.counts.map((entry) => `${entry.agreement}/${entry.status}/${entry.count}`).sort(), total: result.total };
      },
      raw: {
        'group by': () => {
          const rows = summary.all() as { agreement: string; status: string; count: number }[];
          return { keys: rows.map((row) => `${row.agreement}/${row.status}/${row.count}`).sort(), total: rows.reduce((sum, row) => sum + row.count, 0) };
        },
      },
    },
  ];
}

type Call = <M extends Method>(method: M, input: Input<M>) => unknown;

export function caller(dispatch: Dispatch): Call {
  return (method, input) => {
    const response = dispatch(method, input);
    if (!response.ok) throw new Error(`${method}: ${JSON.stringify(response.error)}`);
    return response.result;
  };
}

type UpcomingAnswer = { items: { caseId: string; limit: { rule: string; date: string } }[]; counts: { total: number } };

/**
 * The dashboard's query, bounded, beside the same SQL run raw (no dispatch,
 * validation, JSON or status), and the unbounded list it replaced (every
 * limit to the horizon, each one's JSON parsed) for comparison.
 */
function deadlineQueries(db: Database.Database, call: Call, today: string): BenchQuery[] {
  const windows = ALL_RULES.filter((rule) => rule.window).map((rule) => rule.id);
  const live = `l.resolution = 'pending' AND l.date <= @horizon AND c.status = 'open'
    AND (l.date >= @today OR l.rule NOT IN (${windows.map((rule) => `'${rule}'`).join(', ')}))`;
  // Limits due (or yet to open) first, then openings already open; each by date.
  const tier = (condition: string) =>
    db.prepare(
      `SELECT c.id, c.reference, c.title, c.agreement, l.rule, l.date, l.detail
         FROM case_limits AS l CROSS JOIN cases AS c ON c.id = l.case_id
        WHERE ${live} AND ${condition} ORDER BY l.date, c.reference, l.position LIMIT @limit`,
    );
  const duePage = tier("NOT (l.kind = 'opening' AND l.date <= @today)");
  const openPage = tier("l.kind = 'opening' AND l.date <= @today");
  type PageRow = { id: string; rule: string; date: string };
  const page = (values: { today: string; horizon: string; limit: number }): PageRow[] => {
    const due = duePage.all(values) as PageRow[];
    return due.length === values.limit ? due : [...due, ...(openPage.all({ ...values, limit: values.limit - due.length }) as PageRow[])];
  };
  const counts = db.prepare(
    `SELECT count(*) AS total, sum(l.kind = 'deadline' AND l.date < @today) AS overdue,
            sum(l.kind <> 'opening' AND l.date BETWEEN @today AND @soon) AS dueSoon,
            sum(l.kind = 'opening' AND l.date <= @today) AS open, sum(l.kind = 'target' AND l.date < @today) AS pastTarget
       FROM case_limits AS l CROSS JOIN cases AS c ON c.id = l.case_id WHERE ${live}`,
  );
  const unbounded = db.prepare(
    `SELECT c.id AS caseId, c.reference, c.title, c.agreement, l.detail
       FROM case_limits AS l CROSS JOIN cases AS c ON c.id = l.case_id
      WHERE l.resolution = 'pending' AND l.date <= ? AND c.status = 'open'
      ORDER BY l.date, c.reference, l.position`,
  );
  const bounded = (withinDays: number, limit: number): BenchQuery => {
    const values = { today, horizon: addCalendarDays(today, withinDays), soon: addCalendarDays(today, DUE_SOON_DAYS), limit };
    return {
      name: `deadlines.upcoming ${withinDays} days, ${limit} most urgent + counts`,
      api: () => {
        const result = call('deadlines.upcoming', { withinDays, limit }) as UpcomingAnswer;
        return { keys: result.items.map((item) => `${item.caseId}/${item.limit.rule}/${item.limit.date}`), total: result.counts.total };
      },
      raw: {
        'page + counts': () => ({
          keys: page(values).map((row) => `${row.id}/${row.rule}/${row.date}`),
          total: (counts.get(values) as { total: number }).total,
        }),
      },
    };
  };
  return [
    bounded(30, 50),
    bounded(366, 200),
    {
      name: 'before issue 6: every limit to 30 days, JSON parsed',
      api: () => {
        const rows = unbounded.all(addCalendarDays(today, 30)) as { detail: string }[];
        const views = rows.map((row) => limitView(JSON.parse(row.detail) as TimeLimit, today)).filter((view) => view.status !== 'not_applicable');
        return { keys: [], total: views.length };
      },
    },
  ];
}
