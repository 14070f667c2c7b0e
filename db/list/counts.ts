// Counting the rows a list query matches: from the counts table when every
// condition is one it keeps (constant time), from the full-text index for a
// text search alone, and otherwise with count(*) over the indexes — the last
// two up to a cap, past which the total is a lower bound.
import type Database from 'better-sqlite3';
import { statement } from '../statements';
import type { AnyListTable, Condition, SqlValue, TextConditions } from './table';

export type ActiveFilter = Readonly<{ key: string; value: SqlValue }>;

/** What a query asks for, resolved against its table: filters given, text conditions. */
export type Matching = Readonly<{
  filters: readonly ActiveFilter[];
  text: TextConditions | null;
}>;

export function where(conditions: readonly Condition[]): Condition {
  return {
    sql: conditions.length === 0 ? '' : `WHERE ${conditions.map((condition) => condition.sql).join(' AND ')}`,
    params: conditions.flatMap((condition) => condition.params),
  };
}

/**
 * The query's conditions: live rows, each filter, the text. Walking (sorted
 * by `walkSort`) turns off index use for each filter whose index does not
 * also give that order.
 */
export function conditions(table: AnyListTable, matching: Matching, walk: boolean, walkSort?: string): Condition[] {
  const list: Condition[] = [{ sql: table.live, params: [] }];
  for (const { key, value } of matching.filters) {
    const filter = table.filters[key];
    if (filter === undefined) throw new Error(`No filter ${key}`);
    const inOrder = walkSort !== undefined && filter.inOrderFor?.includes(walkSort) === true;
    list.push({ sql: walk && !inOrder ? filter.walk : filter.seek, params: filter.params === undefined ? [value] : filter.params(value) });
  }
  if (matching.text !== null) list.push(walk ? matching.text.walk : matching.text.seek);
  return list;
}

/** Counts-table conditions for the filters and codes, or null when it cannot count them. */
function countsWhere(table: AnyListTable, matching: Matching, codes: Readonly<Record<string, string>> | null): Condition[] | null {
  const counts = table.counts;
  if (counts === null || matching.text !== null || codes === null) return null;
  const list: Condition[] = [];
  let all = true;
  for (const { key, value } of matching.filters) {
    const filter = counts.filters[key];
    if (filter === undefined) return null;
    list.push({ sql: filter.sql, params: [value] });
    if (filter.replacesAll === true) all = false;
  }
  for (const [column, code] of Object.entries(codes)) {
    const name = counts.columns[column];
    if (name === undefined) return null;
    list.push({ sql: `${name} = ?`, params: [code] });
  }
  return all ? [{ sql: counts.all, params: [] }, ...list] : list;
}

/** Text matches few enough to look each up by key when counting them beside filters without a cap. */
const FEW_MATCHES = 1_000;

/** How many rows match; `lowerBound` when counting stopped at the cap: there are at least `count`, maybe many more. */
export type Count = Readonly<{ count: number; lowerBound: boolean }>;

export type Segment = Readonly<{ conditions: readonly Condition[]; codes: Readonly<Record<string, string>> | null }>;

/**
 * Rows matching the query and, for a segment, its codes and conditions:
 * exact from the counts table (constant time), otherwise counted row by row —
 * up to `cap` rows when given, so a search matching a third of a million
 * cases costs what one matching ten thousand does (issue 6 §2).
 */
export function countMatches(
  db: Database.Database,
  table: AnyListTable,
  matching: Matching,
  segment: Segment = { conditions: [], codes: {} },
  cap: number | null = null,
): Count {
  const fromCounts = countsWhere(table, matching, segment.codes);
  if (fromCounts !== null && table.counts !== null) {
    const clause = where(fromCounts);
    const count = statement(db, `SELECT coalesce(sum(n), 0) FROM ${table.counts.table} ${clause.sql}`).pluck().get(...clause.params) as number;
    return { count, lowerBound: false };
  }
  const text = matching.text;
  const others = matching.filters.length > 0 || segment.conditions.length > 0;
  if (text?.matches !== undefined && !others) return capped(db, text.matches, cap);
  if (text?.matches !== undefined && capped(db, text.matches, cap ?? FEW_MATCHES).lowerBound) {
    // More text matches than the cap: the index's matches and the rows the
    // filters keep, both read in key order and merged, stop at the cap — a
    // common word and a common status cost the same at 100,000 rows or
    // 1,000,000. (With few text matches, each is looked up by key instead:
    // the merge would read the filters' rows up to the last match.)
    const clause = where([...conditions(table, { filters: matching.filters, text: null }, false), ...segment.conditions]);
    return capped(
      db,
      {
        sql: `${text.matches.sql} INTERSECT SELECT ${table.key} FROM ${table.table} ${clause.sql} ORDER BY 1`,
        params: [...text.matches.params, ...clause.params],
      },
      cap,
    );
  }
  const clause = where([...conditions(table, matching, false), ...segment.conditions]);
  return capped(db, { sql: `SELECT 1 FROM ${table.table} ${clause.sql}`, params: clause.params }, cap);
}

/** The rows of `rows`, counted up to `cap` when given. */
function capped(db: Database.Database, rows: Condition, cap: number | null): Count {
  if (cap === null) {
    return { count: statement(db, `SELECT count(*) FROM (${rows.sql})`).pluck().get(...rows.params) as number, lowerBound: false };
  }
  // One row past the cap tells "exactly the cap" from "more".
  const count = statement(db, `SELECT count(*) FROM (${rows.sql} LIMIT ?)`).pluck().get(...rows.params, cap + 1) as number;
  return count > cap ? { count: cap, lowerBound: true } : { count, lowerBound: false };
}

/** Rows per code of a coded column, for the codes that have any. */
export function countByCode(db: Database.Database, table: AnyListTable, matching: Matching, column: string): ReadonlyMap<string, number> {
  const name = table.counts?.columns[column];
  const fromCounts = name === undefined ? null : countsWhere(table, matching, {});
  let rows: { code: string; count: number }[];
  if (fromCounts !== null && table.counts !== null && name !== undefined) {
    const clause = where(fromCounts);
    rows = statement(db, `SELECT ${name} AS code, sum(n) AS count FROM ${table.counts.table} ${clause.sql} GROUP BY ${name}`).all(
      ...clause.params,
    ) as typeof rows;
  } else {
    const sql = table.columns[column]?.sql;
    if (sql === undefined) throw new Error(`No column ${column}`);
    const clause = where(conditions(table, matching, false));
    rows = statement(db, `SELECT ${sql} AS code, count(*) AS count FROM ${table.table} ${clause.sql} GROUP BY ${sql}`).all(
      ...clause.params,
    ) as typeof rows;
  }
  return new Map(rows.filter((row) => row.count > 0).map((row) => [row.code, row.count]));
}

/** Every live row, for judging how large a share of them a query matches. */
export function countLive(db: Database.Database, table: AnyListTable): number {
  return countMatches(db, table, { filters: [], text: null }).count;
}
