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
import { listQueries } from './listQueries';

/** What a query answered, reduced to what identifies it: the keys of its rows and its total. */
export type Answer = Readonly<{ keys: readonly string[]; total: number | null }>;

export type BenchQuery = Readonly<{
  name: string;
  api: () => Answer;
  /** Raw SQL returning the same rows (and total); absent where no equivalent means anything. */
  raw?: Readonly<Record<string, () => Answer>>;
}>;


export function benchQueries(db: Database.Database, dispatch: Dispatch, today: string): BenchQuery[] {
  const call = caller(dispatch);
  const summary = db.prepare('SELECT agreement, status, count(*) AS count FROM cases GROUP BY agreement, status');

  return [
    ...listQueries(db, call),
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
