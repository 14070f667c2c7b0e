// The one list engine (issue 6 §1): a page of any list from its table spec
// (table.ts) and a query — filters, text, sort, grouping, a cursor or an
// offset. Sorted pages are read from indexes in order (no sort step for the
// default reads); a page continues where the cursor says, so reading every
// page visits each row once; counts are made once, on the first page.
import type Database from 'better-sqlite3';
import type { Locale } from '../../shared/history/domain';
import type { ListSort } from '../../shared/list/spec';
import { invalidFields } from '../handlerTypes';
import { statement } from '../statements';
import { conditions, countByCode, countLive, countMatches, where, type ActiveFilter, type Matching } from './counts';
import { decodeCursor, encodeCursor } from './cursor';
import { groupCodes, orderSegments, type Segment } from './segments';
import type { AnyListTable, Condition, SqlValue, TextConditions } from './table';

export type ListQuery = Readonly<{
  filters: Readonly<Record<string, SqlValue | undefined>>;
  text: string | undefined;
  sort: ListSort<string>;
  groupBy: string | null;
  offset: number;
  limit: number;
  /** A cursor from the previous page; when given, `offset` is not used. */
  after: string | undefined;
  locale: Locale;
  /** Count at most this many rows where the counts table cannot count them (a search); null counts every one. */
  countCap: number | null;
  /** Rows of the sort index a walk tests before searching for the rest of the page (WALK_BUDGET when not given). */
  walkBudget?: number;
}>;

export type ListPage<Row> = Readonly<{
  rows: Row[];
  total: number;
  /** `total` is where counting stopped (the cap): there are at least that many rows. */
  totalIsLowerBound: boolean;
  groups: readonly Readonly<{ key: string; count: number }>[] | null;
  next: string | null;
}>;

type Stored = Record<string, unknown> & { list_key: number; list_sort?: SqlValue };
type Position = Readonly<{
  segment: number;
  after: Readonly<{ value: SqlValue | null; key: number }> | null;
  offset: number;
  /** Rows in that segment, when known: an offset past half of them is read from the segment's far end. */
  count: number | null;
}>;

/** A page of `table`; `toRow` makes each stored row (its columns as `select` names them) the list's row. */
export function readList<Row>(
  db: Database.Database,
  table: AnyListTable,
  query: ListQuery,
  toRow: (stored: Readonly<Record<string, unknown>>) => Row,
): ListPage<Row> {
  const filters: ActiveFilter[] = Object.keys(table.spec.filters).flatMap((key) => {
    const value = query.filters[key];
    return value === undefined ? [] : [{ key, value }];
  });
  const text = query.text === undefined || table.text === null ? null : table.text(query.text, db);
  const matching: Matching = { filters, text };
  // What the cursor is bound to: everything that decides which rows, in which order.
  const canonical = JSON.stringify([filters, query.text ?? null, query.sort, query.groupBy, query.locale]);
  const cursor = query.after === undefined ? null : decodeCursor(canonical, query.after);
  if (query.after !== undefined && cursor === null) throw invalidFields({ after: 'invalid' });

  const segments = orderSegments(table, query.sort, query.groupBy, query.locale);
  let total: number;
  let lowerBound = false;
  let groups: { key: string; count: number }[] | null = null;
  if (cursor !== null) {
    total = cursor.total;
    lowerBound = cursor.lowerBound;
  } else if (query.groupBy !== null) {
    const column = table.spec.groups[query.groupBy]?.column as string;
    const byCode = countByCode(db, table, matching, column);
    groups = groupCodes(table, column, query.groupBy, query.locale).flatMap((key) => {
      const count = byCode.get(key);
      return count === undefined ? [] : [{ key, count }];
    });
    total = groups.reduce((sum, group) => sum + group.count, 0);
  } else {
    ({ count: total, lowerBound } = countMatches(db, table, matching, undefined, query.countCap));
  }
  // Past the cap the share of matches is unknown but at least cap / live rows: walking the sort index finds a page soonest.
  const walk = cursor?.walk ?? (lowerBound || shouldWalk(db, table, matching, total, query.limit));
  const base = conditions(table, matching, walk, query.sort.column);
  // A walk tests at most WALK_BUDGET rows of the sort index per segment; past
  // them, the rest of the page is read the cheaper way (readSegment).
  const gathered = text?.gathered;
  const bounded: Bounded | null = walk
    ? {
        rest:
          gathered === undefined
            ? conditions(table, matching, false)
            : conditions(table, { ...matching, text: { ...(text as TextConditions), walk: gathered } }, true, query.sort.column),
        inOrder: inOrderConditions(table, matching, query.sort.column),
        budget: query.walkBudget ?? WALK_BUDGET,
      }
    : null;
  const present = groups === null ? null : new Set(groups.map((group) => group.key));
  const empty = (segment: Segment) => present !== null && segment.group !== null && !present.has(segment.group);

  const start: Position | null =
    cursor !== null
      ? { segment: cursor.segment, after: { value: cursor.value, key: cursor.key }, offset: 0, count: null }
      : locate(db, table, matching, segments, query.offset, lowerBound ? null : total, (segment) =>
          groups?.find((group) => group.key === segment.group)?.count ?? null,
        );
  const read: { row: Stored; segment: number }[] = [];
  if (start !== null) {
    for (let index = start.segment; index < segments.length && read.length <= query.limit; index += 1) {
      const segment = segments[index] as Segment;
      if (empty(segment)) continue;
      const from = index === start.segment ? start : null;
      const rows = readSegment(db, table, base, segment, query.sort.direction, from, query.limit + 1 - read.length, bounded);
      for (const row of rows) read.push({ row, segment: index });
    }
  }
  const last = read.length > query.limit ? read[query.limit - 1] : undefined;
  const next =
    last === undefined
      ? null
      : encodeCursor(canonical, { segment: last.segment, value: last.row.list_sort ?? null, key: last.row.list_key, total, lowerBound, walk });
  const rows = read.slice(0, query.limit).map(({ row }) => toRow(row));
  return { rows, total, totalIsLowerBound: lowerBound, groups, next };
}

/**
 * Walking the sort index visits about limit × live / matches rows before the
 * page is full; reading every match and keeping the first `limit` visits
 * `matches`. Walk when that is fewer: a filter matching a fixed share of the
 * rows then costs the same at 100,000 rows or 1,000,000 (issue 6 §2).
 */
function shouldWalk(db: Database.Database, table: AnyListTable, matching: Matching, matches: number, limit: number): boolean {
  if (matching.filters.length === 0 && matching.text === null) return false;
  const live =
    table.counts === null
      ? (statement(db, `SELECT coalesce(max(${table.key}), 0) FROM ${table.table}`).pluck().get() as number)
      : countLive(db, table);
  return matches * matches > limit * live;
}

/**
 * Where row number `offset` is: its segment and its place in it. Segments
 * before it are counted, not read; a whole group before it is skipped by its
 * count (empty groups have none). `total` is null when only a lower bound of
 * it is known.
 */
function locate(
  db: Database.Database,
  table: AnyListTable,
  matching: Matching,
  segments: readonly Segment[],
  offset: number,
  total: number | null,
  groupCount: (segment: Segment) => number | null,
): Position | null {
  if (total !== null && offset >= total && offset > 0) return null;
  if (offset === 0 || segments.length === 1) return { segment: 0, after: null, offset, count: segments.length === 1 ? total : null };
  let skipped = 0;
  let index = 0;
  while (index < segments.length) {
    const segment = segments[index] as Segment;
    const inGroup = segment.group === null ? null : groupCount(segment);
    if (segment.group !== null && (inGroup === null || skipped + inGroup <= offset)) {
      // The whole group lies before the offset (or holds nothing).
      skipped += inGroup ?? 0;
      while (index < segments.length && segments[index]?.group === segment.group) index += 1;
      continue;
    }
    const { count } = countMatches(db, table, matching, segment);
    if (skipped + count > offset) return { segment: index, after: null, offset: offset - skipped, count };
    skipped += count;
    index += 1;
  }
  return null;
}

/**
 * Rows of the sort index a walk tests before it gives up on filling the page
 * that way. A walk costs about limit × rows / matches: a few hundred rows for
 * a common word, but a word common overall may be rare among the rows read
 * first (a year in the references, sorted by last change), and the walk would
 * read most of the table. Past the budget, the rest of the page is searched
 * for and sorted, or, for a text, walked on against its matches gathered
 * once (cheaper per row than testing each row's text, and than reading each
 * match's row to sort it when they are tens of thousands): never much more
 * than the better of the two ways.
 */
const WALK_BUDGET = 2_000;

/**
 * What a walk needs to stop at its budget: the conditions the rest of the
 * page is read by (a text's matches gathered once and the walk going on
 * against them; filters alone, searched for and sorted), and those an index
 * reads in the sort's order.
 */
type Bounded = Readonly<{ rest: readonly Condition[]; inOrder: readonly Condition[]; budget: number }>;

/** The live condition and the filters whose index also gives the sort's order: rows of the index a walk reads. */
function inOrderConditions(table: AnyListTable, matching: Matching, sort: string): Condition[] {
  const list: Condition[] = [{ sql: table.live, params: [] }];
  for (const { key, value } of matching.filters) {
    const filter = table.filters[key];
    if (filter?.inOrderFor?.includes(sort) === true) list.push({ sql: filter.seek, params: filter.params === undefined ? [value] : filter.params(value) });
  }
  return list;
}

function readSegment(
  db: Database.Database,
  table: AnyListTable,
  base: readonly Condition[],
  segment: Segment,
  direction: 'asc' | 'desc',
  from: Position | null,
  limit: number,
  bounded: Bounded | null,
): Stored[] {
  const order = segment.order;
  const op = direction === 'asc' ? '>' : '<';
  /** Rows after `position` in this order (`inclusive`: or at it). */
  const past = (position: Readonly<{ value: SqlValue | null; key: number }>, comparison: string = op): Condition =>
    order === null || position.value === null
      ? { sql: `${table.key} ${comparison} ?`, params: [position.key] }
      : { sql: `(${order}, ${table.key}) ${comparison} (?, ?)`, params: [position.value, position.key] };
  const after = from?.after ?? null;
  const start: Condition[] = [...segment.conditions, ...(after === null ? [] : [past(after)])];
  const select = (list: readonly Condition[], dir: 'ASC' | 'DESC', take: number, skip: number) => {
    const clause = where(list);
    return statement(
      db,
      `SELECT ${table.select}, ${table.key} AS list_key${order === null ? '' : `, ${order} AS list_sort`}
    FROM ${table.table} ${clause.sql}
    ORDER BY ${order === null ? '' : `${order} ${dir}, `}${table.key} ${dir} LIMIT ? OFFSET ?`,
    ).all(...clause.params, take, skip) as Stored[];
  };
  const page = (dir: 'ASC' | 'DESC', take: number, skip: number) => select([...base, ...start], dir, take, skip);
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  if (bounded !== null && (from?.offset ?? 0) === 0) {
    // The row `budget` rows on in the index the walk reads, tested for nothing.
    const clause = where([...bounded.inOrder, ...start]);
    const edge = statement(
      db,
      `SELECT ${table.key} AS key${order === null ? '' : `, ${order} AS value`} FROM ${table.table} ${clause.sql}
    ORDER BY ${order === null ? '' : `${order} ${dir}, `}${table.key} ${dir} LIMIT 1 OFFSET ?`,
    ).get(...clause.params, bounded.budget - 1) as { key: number; value?: SqlValue } | undefined;
    if (edge !== undefined) {
      const position = { key: edge.key, value: edge.value ?? null };
      const walked = select([...base, ...start, past(position, op === '<' ? '>=' : '<=')], dir, limit, 0);
      if (walked.length >= limit) return walked;
      return [...walked, ...select([...bounded.rest, ...start, past(position)], dir, limit - walked.length, 0)];
    }
  }
  const offset = from?.offset ?? 0;
  const count = from?.count ?? null;
  if (count !== null && offset > count / 2) {
    // OFFSET steps over every row it skips: deep in the segment, the rows are
    // fewer counted from its far end, read in the opposite order and turned
    // (90% into 1,000,000 rows: 100,000 steps instead of 900,000).
    const take = Math.min(limit, count - offset);
    if (take <= 0) return [];
    return page(dir === 'ASC' ? 'DESC' : 'ASC', take, count - offset - take).reverse();
  }
  return page(dir, limit, offset);
}
