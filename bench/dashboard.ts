// What `npm run bench` measures for the dashboard and the case page (issue 6
// §2): deadlines.upcoming and dashboard.summary through dispatch beside the
// fastest raw SQL for the same answer, and — since no request may hold the
// host for more than ~50 ms at 1M — cases.get of a case with 200 events and
// events.add on it.
import type Database from 'better-sqlite3';
import { addCalendarDays } from '../shared/procedure/calendar';
import type { EventType } from '../shared/events/domain';
import { ALL_RULES } from '../shared/procedure/rules/registry';
import type { Dispatch } from '../db/dispatch';
import { caller, type Answer, type BenchQuery } from './queries';

type Call = ReturnType<typeof caller>;

/** The events of the long case: a dispute through to its panel, then notes. */
const LONG_CASE_EVENTS = 200;
const STEPS: readonly (readonly [EventType, number])[] = [
  ['consultations_requested', 0],
  ['consultations_held', 40],
  ['commission_meeting_requested', 25],
  ['commission_convened', 20],
  ['panel_requested', 35],
  ['panelist_proposed', 10],
  ['panel_chair_selected', 15],
  ['panel_composed', 10],
  ['initial_written_submission', 30],
];

/**
 * A case of the data set brought to exactly LONG_CASE_EVENTS events through
 * dispatch (no case is added, so a kept BENCH_FILE keeps its count): the one
 * that already has that many from an earlier run, else the newest open
 * CAFTA-DR dispute. Events the last run's events.add left are removed.
 */
function longCase(db: Database.Database, call: Call, today: string): string {
  // Removed events stay in the table, marked, once removal can be taken back (migration 80).
  const marked = (db.prepare("SELECT count(*) FROM pragma_table_info('case_events') WHERE name = 'deleted_at'").pluck().get() as number) > 0;
  const live = marked ? 'deleted_at IS NULL' : 'true';
  const earlier = db.prepare(`SELECT case_id FROM case_events WHERE ${live} GROUP BY case_id HAVING count(*) >= ${LONG_CASE_EVENTS} LIMIT 1`).pluck().get() as
    | string
    | undefined;
  const id =
    earlier ??
    (db.prepare("SELECT id FROM cases WHERE agreement = 'cafta-dr' AND kind = 'dispute' AND status = 'open' ORDER BY seq DESC LIMIT 1").pluck().get() as string);
  const events = db.prepare(`SELECT id FROM case_events WHERE case_id = ? AND ${live} ORDER BY date, created_at, rowid`).pluck().all(id) as string[];
  for (const extra of events.slice(LONG_CASE_EVENTS)) call('events.remove', { id: extra });
  let date = addCalendarDays(today, -700);
  for (let index = events.length; index < LONG_CASE_EVENTS; index += 1) {
    const step = STEPS[index];
    date = addCalendarDays(date, step === undefined ? 2 : step[1]);
    call('events.add', { caseId: id, type: step === undefined ? 'note' : step[0], date: date > today ? today : date, text: `Bench event ${index + 1}` });
  }
  return id;
}

function longCaseQueries(db: Database.Database, call: Call, today: string): BenchQuery[] {
  const id = longCase(db, call, today);
  return [
    {
      name: `cases.get (a case with ${LONG_CASE_EVENTS} events)`,
      api: () => {
        const detail = call('cases.get', { id }) as { events: unknown[] };
        return { keys: [id], total: detail.events.length };
      },
    },
    {
      // Each run adds one: the next bench run removes them again (longCase).
      name: `events.add (on that case)`,
      api: (): Answer => {
        const added = call('events.add', { caseId: id, type: 'note', date: today, text: 'Bench note' }) as { id: string };
        return { keys: [added.id], total: null };
      },
    },
  ];
}

type UpcomingAnswer = { items: { caseId: string; limit: { rule: string; date: string } }[]; counts: { total: number } };
type RawRow = { id: string; reference: string; rule: string; date: string; position: number };

/**
 * deadlines.upcoming beside raw SQL for the same page (each limit's JSON
 * included) and total, written by hand for this schema: the walks of
 * case_limits_open_pending by kind, merged, with the counts either summed from
 * limit_counts or counted from the index.
 */
function upcomingQueries(db: Database.Database, call: Call, today: string): BenchQuery[] {
  const windows = ALL_RULES.filter((rule) => rule.window).map((rule) => `'${rule.id}'`).join(', ');
  const inRange = `l.date <= @until AND (l.date >= @today OR l.rule NOT IN (${windows}))`;
  const walk = db.prepare(
    `SELECT c.id, c.reference, l.rule, l.date, l.position
       FROM case_limits AS l INDEXED BY case_limits_open_pending CROSS JOIN cases AS c ON c.id = l.case_id
      WHERE l.resolution = 'pending' AND l.case_open = 1 AND l.kind = @kind AND l.date > @after AND ${inRange}
      ORDER BY l.date, c.reference, l.position LIMIT @limit`,
  );
  const detail = db.prepare('SELECT detail FROM case_limits WHERE case_id = ? AND position = ?').pluck();
  const order = (a: RawRow, b: RawRow) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : a.position - b.position);
  const tier = (walks: readonly { kind: string; after: string; until: string }[], limit: number): RawRow[] =>
    limit <= 0 ? [] : walks.flatMap((one) => walk.all({ ...one, today, limit }) as RawRow[]).sort(order).slice(0, limit);
  const summed = db.prepare(`SELECT coalesce(sum(count), 0) FROM limit_counts AS l WHERE l.kind IN ('deadline', 'opening', 'target') AND ${inRange}`).pluck();
  const counted = db
    .prepare(
      `SELECT count(*) FROM case_limits AS l INDEXED BY case_limits_open_pending
        WHERE l.resolution = 'pending' AND l.case_open = 1 AND l.kind IN ('deadline', 'opening', 'target') AND ${inRange}`,
    )
    .pluck();
  const bounded = (withinDays: number, limit: number): BenchQuery => {
    const horizon = addCalendarDays(today, withinDays);
    const page = () => {
      const due = tier(
        [
          { kind: 'deadline', after: '', until: horizon },
          { kind: 'target', after: '', until: horizon },
          { kind: 'opening', after: today, until: horizon },
        ],
        limit,
      );
      const rows = [...due, ...tier([{ kind: 'opening', after: '', until: today }], limit - due.length)];
      // The page's limits themselves, as the API must answer them.
      for (const row of rows) detail.get(row.id, row.position);
      return rows.map((row) => `${row.id}/${row.rule}/${row.date}`);
    };
    return {
      name: `dashboard: deadlines.upcoming ${withinDays} days, ${limit} most urgent + counts`,
      api: () => {
        const result = call('deadlines.upcoming', { withinDays, limit }) as UpcomingAnswer;
        return { keys: result.items.map((item) => `${item.caseId}/${item.limit.rule}/${item.limit.date}`), total: result.counts.total };
      },
      raw: {
        'index walks + limit_counts': () => ({ keys: page(), total: summed.get({ until: horizon, today }) as number }),
        'index walks + count of the index': () => ({ keys: page(), total: counted.get({ until: horizon, today }) as number }),
      },
    };
  };
  return [bounded(30, 50), bounded(366, 200)];
}

function summaryQuery(db: Database.Database, call: Call): BenchQuery {
  const answer = (rows: { agreement: string; status: string; count: number }[]): Answer => ({
    keys: rows.map((row) => `${row.agreement}/${row.status}/${row.count}`).sort(),
    total: rows.reduce((sum, row) => sum + row.count, 0),
  });
  const kept = db.prepare("SELECT agreement, status, sum(n) AS count FROM case_list_counts WHERE party = '*' GROUP BY agreement, status HAVING sum(n) > 0");
  const grouped = db.prepare('SELECT agreement, status, count(*) AS count FROM cases WHERE deleted_at IS NULL GROUP BY agreement, status');
  return {
    name: 'dashboard: dashboard.summary',
    api: () => answer((call('dashboard.summary', {}) as { counts: { agreement: string; status: string; count: number }[] }).counts),
    raw: {
      'case_list_counts': () => answer(kept.all() as { agreement: string; status: string; count: number }[]),
      'group by of the cases': () => answer(grouped.all() as { agreement: string; status: string; count: number }[]),
    },
  };
}

export function dashboardQueries(db: Database.Database, dispatch: Dispatch, today: string): BenchQuery[] {
  const call = caller(dispatch);
  return [...upcomingQueries(db, call, today), summaryQuery(db, call), ...longCaseQueries(db, call, today)];
}
