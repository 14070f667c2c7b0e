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
// Cost (under 50 ms at 1,000,000 cases): whether the case is open is stored on
// each limit (case_limits.case_open, migration 50); a page walks the partial
// index case_limits_open_pending (kind, date, rule) a kind at a time, joining
// only the rows it returns to their cases; the counts sum limit_counts
// (migration 70), the same rows grouped by kind, date and rule.
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

/** A limit as a walk of the index finds it, its case joined. */
export type WalkRow = Readonly<{
  caseId: string;
  reference: string;
  title: string;
  agreement: AgreementId;
  date: string;
  /** The limit's place among its case's limits. */
  position: number;
}>;

export type UpcomingRow = WalkRow &
  Readonly<{
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
// Up to the horizon, lapsed windows left out. Parameters: horizon, today, the
// window rule ids.
const IN_RANGE = `l.date <= ? AND (l.date >= ? OR l.rule NOT IN (${WINDOW_LIST}))`;
// Suspended cases keep pending limits (the engine ends them only for
// resolved, withdrawn and closed cases), hence case_open. These two terms are
// the partial index's own condition.
const LIVE = `l.resolution = 'pending' AND l.case_open = 1 AND ${IN_RANGE}`;

// "Most urgent" comes in two tiers, each in date order: first everything
// with a date still to be met or just missed (deadlines — overdue, due, to
// come —, targets, openings yet to open); then openings already open, where a
// Party may act but nobody is late. In date order alone, a casebook's
// Commission meetings "available for 380 days" would push its overdue
// deadlines off the first page.
//
// Each tier is made of walks of case_limits_open_pending (kind, date, rule),
// one kind and one date range at a time, each with a LIMIT: a walk reads only
// open cases' pending limits of its kind, skips a lapsed window within the
// index (rule is in it) and stops after `limit` rows: what grows with the
// casebook is only the index entries of lapsed windows dated before the page.
// (A single walk of case_limits_pending (date) had to fetch and
// drop every open opening and every suspended case's limit dated before the
// first one it kept: ~300 ms at 1M cases.) The first tier merges three walks
// in the order each one has. Ties within a date are sorted by case reference
// and order in the case, never the whole set.
//
// A walk reads nothing of case_limits but the index (its key holds case_id
// and position): skipping the ~15,000 lapsed windows of a 1M casebook costs
// index entries only. Fetching each entry's table row for its JSON made the
// same walk ten times slower, so the JSON of the rows kept is read afterwards
// by primary key (DETAIL_SQL), ≤ limit lookups.
const PAGE_COLUMNS = 'c.id AS caseId, c.reference, c.title, c.agreement, l.date, l.position';
/** Parameters: kind, after (exclusive), then IN_RANGE's with the walk's last day for the horizon, limit. */
const WALK_SQL = `SELECT ${PAGE_COLUMNS}
  FROM case_limits AS l INDEXED BY case_limits_open_pending CROSS JOIN cases AS c ON c.id = l.case_id
 WHERE l.kind = ? AND l.date > ? AND ${LIVE}
 ORDER BY l.date, c.reference, l.position LIMIT ?`;

const DETAIL_SQL = 'SELECT detail FROM case_limits WHERE case_id = ? AND position = ?';

/** One kind's limits from its oldest (or from tomorrow) up to the horizon (or today). */
export type Walk = Readonly<{ kind: LimitKind; from: 'oldest' | 'tomorrow'; until: 'horizon' | 'today' }>;

/** The walks of each tier: together, every live limit once. */
export const DUE_WALKS: readonly Walk[] = [
  { kind: 'deadline', from: 'oldest', until: 'horizon' },
  { kind: 'target', from: 'oldest', until: 'horizon' },
  { kind: 'opening', from: 'tomorrow', until: 'horizon' },
];
export const OPEN_WALKS: readonly Walk[] = [{ kind: 'opening', from: 'oldest', until: 'today' }];

/** Every LimitKind: the type check below fails if a kind is added and not listed. */
const COUNTED_KINDS = ['deadline', 'opening', 'target'] as const satisfies readonly LimitKind[];
const EVERY_KIND_COUNTED: Exclude<LimitKind, (typeof COUNTED_KINDS)[number]> extends never ? true : never = true;
void EVERY_KIND_COUNTED;

// The same rows, counted from limit_counts (migration 70): one row per kind,
// date and rule with how many limits fall on it, kept by triggers, so the
// counts sum a few thousand rows at 1M cases rather than visit every limit.
// Naming every kind lets SQLite read each kind's range of the primary key up
// to the horizon. The buckets follow limitView: a deadline past its date is
// overdue, an opening whose date has come is open, a target past its date is
// past its normal time; deadlines and targets from today to `soon` are due
// soon. `later` is what remains.
// Parameters: today, today, soon, today, today, then IN_RANGE's.
const COUNTS_SQL = `SELECT coalesce(sum(l.count), 0) AS total,
    coalesce(sum(CASE WHEN l.kind = 'deadline' AND l.date < ? THEN l.count END), 0) AS overdue,
    coalesce(sum(CASE WHEN l.kind <> 'opening' AND l.date >= ? AND l.date <= ? THEN l.count END), 0) AS dueSoon,
    coalesce(sum(CASE WHEN l.kind = 'opening' AND l.date <= ? THEN l.count END), 0) AS open,
    coalesce(sum(CASE WHEN l.kind = 'target' AND l.date < ? THEN l.count END), 0) AS pastTarget
  FROM limit_counts AS l
 WHERE l.kind IN (${COUNTED_KINDS.map((kind) => `'${kind}'`).join(', ')}) AND ${IN_RANGE}`;

/** Rows of one walk, in its order: the `limit` first live limits of its kind in its date range. */
export function walkLimits(db: Database.Database, bounds: UpcomingBounds, walk: Walk, limit: number): WalkRow[] {
  // Every date sorts after '': "after ''" is from the oldest.
  const after = walk.from === 'tomorrow' ? bounds.today : '';
  const until = walk.until === 'today' ? bounds.today : bounds.horizon;
  return statement(db, WALK_SQL).all(walk.kind, after, until, bounds.today, ...WINDOW_RULES, limit) as WalkRow[];
}

/** How limits of one tier are ordered: by date, case reference, then order within the case. */
export function compareRows(a: WalkRow, b: WalkRow): number {
  // Plain code-unit comparison, as SQLite's BINARY collation orders the
  // (ASCII) dates and references in each walk.
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.reference !== b.reference) return a.reference < b.reference ? -1 : 1;
  return a.position - b.position;
}

/** The first `limit` of a tier: each walk's first `limit`, merged. */
function tier(db: Database.Database, bounds: UpcomingBounds, walks: readonly Walk[], limit: number): WalkRow[] {
  if (limit <= 0) return [];
  return walks
    .flatMap((walk) => walkLimits(db, bounds, walk, limit))
    .sort(compareRows)
    .slice(0, limit);
}

/**
 * The `limit` most urgent limits: those due (or to open) by date, then the
 * openings already open by date; ties by case reference and order in the case.
 */
export function upcomingPage(db: Database.Database, bounds: UpcomingBounds, limit: number): UpcomingRow[] {
  const due = tier(db, bounds, DUE_WALKS, limit);
  const page = [...due, ...tier(db, bounds, OPEN_WALKS, limit - due.length)];
  const detail = statement(db, DETAIL_SQL).pluck();
  return page.map((row) => ({ ...row, detail: detail.get(row.caseId, row.position) as string }));
}

/** How many limits the page was cut from, by how they read today. */
export function upcomingCounts(db: Database.Database, bounds: UpcomingBounds): UpcomingCountsRow {
  const { today, soon, horizon } = bounds;
  return statement(db, COUNTS_SQL).get(today, today, soon, today, today, horizon, today, ...WINDOW_RULES) as UpcomingCountsRow;
}
