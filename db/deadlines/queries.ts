// The SQL of deadlines.upcoming (issue 6 §2): the N most urgent pending limits
// of open cases, and how many there are in all, counted in SQL from the stored
// columns (case_limits.kind, rule, date) without reading any limit's JSON.
// Only the returned page is parsed (db/deadlines/handlers.ts).
//
// Which limits count, as limitView (shared/procedure/status.ts) reads them:
// resolution 'pending', the case open, the date on or before the horizon —
// except a window (a period in which a Party *may* act) whose date has passed,
// which has lapsed ('not_applicable') and is nobody's deadline any more.
// Windows are known by rule id, bound as parameters from the rule tables.
//
// Cost: whether the case is open is stored on each limit (case_limits.case_open,
// migration 50), so the counts read only the partial index
// case_limits_open_pending (kind, date, rule) and never a table row, and a
// page walks case_limits_pending in date order, joining only the rows it
// returns to their cases.
import type Database from 'better-sqlite3';
import type { AgreementId } from '../../shared/domain/agreements';
import type { LimitKind } from '../../shared/domain/limits';
import { ALL_RULES } from '../../shared/procedure/rules/registry';
import { statement } from '../statements';

export type UpcomingBounds = Readonly<{
  /** YYYY-MM-DD: limits dated before it have passed. */
  today: string;
  /** The last day a limit may fall on to be listed (today + withinDays). */
  horizon: string;
  /** The last day of "due soon" (today + DUE_SOON_DAYS). */
  soon: string;
}>;

export type UpcomingRow = Readonly<{
  caseId: string;
  reference: string;
  title: string;
  agreement: AgreementId;
  /** The whole TimeLimit as JSON. */
  detail: string;
}>;

export type UpcomingCountsRow = Readonly<{
  total: number;
  overdue: number;
  dueSoon: number;
  open: number;
  pastTarget: number;
}>;

/** Rule ids of the windows, each bound as its own parameter. */
const WINDOW_RULES: readonly string[] = ALL_RULES.filter((rule) => rule.window).map((rule) => rule.id);
const WINDOW_LIST = WINDOW_RULES.length === 0 ? "''" : WINDOW_RULES.map(() => '?').join(', ');

// SECURITY: nothing from the caller is spliced into this text; the window list
// is placeholders only and every value is bound. (Plain `?` parameters, in
// order, as the query-plan tests bind them.)
//
// The page walk starts in the partial index case_limits_pending (which
// `resolution = 'pending'` selects) in date order; CROSS JOIN keeps SQLite
// from starting at the cases. `ORDER BY l.date, …` then only sorts ties within
// a date, never the whole set. Suspended cases keep pending limits (the engine
// ends them only for resolved, withdrawn and closed cases), hence case_open.
// Parameters: horizon, today, the window rule ids.
const LIVE = `l.resolution = 'pending' AND l.case_open = 1 AND l.date <= ?
  AND (l.date >= ? OR l.rule NOT IN (${WINDOW_LIST}))`;

function liveParameters(bounds: UpcomingBounds): unknown[] {
  return [bounds.horizon, bounds.today, ...WINDOW_RULES];
}

// "Most urgent" comes in two tiers, each in date order: first everything
// with a date still to be met or just missed (deadlines — overdue, due, to
// come —, targets, openings yet to open); then openings already open, where a
// Party may act but nobody is late. In date order alone, a casebook's
// Commission meetings "available for 380 days" would push its overdue
// deadlines off the first page. Each tier is its own walk of the index with a
// LIMIT, so neither sorts the whole set.
const PAGE_COLUMNS = 'c.id AS caseId, c.reference, c.title, c.agreement, l.detail';
const PAGE_ORDER = 'ORDER BY l.date, c.reference, l.position LIMIT ?';
/** Parameters: LIVE's, today, limit. */
const DUE_PAGE_SQL = `SELECT ${PAGE_COLUMNS}
  FROM case_limits AS l CROSS JOIN cases AS c ON c.id = l.case_id
 WHERE ${LIVE} AND NOT (l.kind = 'opening' AND l.date <= ?)
 ${PAGE_ORDER}`;
/** Parameters: LIVE's, today, limit. */
const OPEN_PAGE_SQL = `SELECT ${PAGE_COLUMNS}
  FROM case_limits AS l CROSS JOIN cases AS c ON c.id = l.case_id
 WHERE ${LIVE} AND l.kind = 'opening' AND l.date <= ?
 ${PAGE_ORDER}`;

/** Every LimitKind: the type check below fails if a kind is added and not listed. */
const COUNTED_KINDS = ['deadline', 'opening', 'target'] as const satisfies readonly LimitKind[];
const EVERY_KIND_COUNTED: Exclude<LimitKind, (typeof COUNTED_KINDS)[number]> extends never ? true : never = true;
void EVERY_KIND_COUNTED;

// One pass over the same rows, reading only the covering index: naming every
// kind lets SQLite walk each kind's range up to the horizon rather than the
// whole index (LimitKind, shared/domain/limits.ts). The buckets follow
// limitView: a deadline past its date is overdue, an opening whose date has
// come is open, a target past its date is past its normal time; deadlines and
// targets from today to `soon` are due soon. `later` is what remains.
// Parameters: today, today, soon, today, today, then LIVE's.
const COUNTS_SQL = `SELECT count(*) AS total,
    coalesce(sum(l.kind = 'deadline' AND l.date < ?), 0) AS overdue,
    coalesce(sum(l.kind <> 'opening' AND l.date >= ? AND l.date <= ?), 0) AS dueSoon,
    coalesce(sum(l.kind = 'opening' AND l.date <= ?), 0) AS open,
    coalesce(sum(l.kind = 'target' AND l.date < ?), 0) AS pastTarget
  FROM case_limits AS l INDEXED BY case_limits_open_pending
 WHERE l.kind IN (${COUNTED_KINDS.map((kind) => `'${kind}'`).join(', ')}) AND ${LIVE}`;

/**
 * The `limit` most urgent limits: those due (or to open) by date, then the
 * openings already open by date; ties by case reference and order in the case.
 */
export function upcomingPage(db: Database.Database, bounds: UpcomingBounds, limit: number): UpcomingRow[] {
  const due = statement(db, DUE_PAGE_SQL).all(...liveParameters(bounds), bounds.today, limit) as UpcomingRow[];
  if (due.length === limit) return due;
  const open = statement(db, OPEN_PAGE_SQL).all(...liveParameters(bounds), bounds.today, limit - due.length) as UpcomingRow[];
  return [...due, ...open];
}

/** How many limits the page was cut from, by how they read today. */
export function upcomingCounts(db: Database.Database, bounds: UpcomingBounds): UpcomingCountsRow {
  const { today, soon } = bounds;
  return statement(db, COUNTS_SQL).get(today, today, soon, today, today, ...liveParameters(bounds)) as UpcomingCountsRow;
}
