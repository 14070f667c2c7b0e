// How a list spec (shared/list/spec.ts) maps onto one table: the SQL of each
// column, filter and the text search, the condition every query carries, and
// an optional table of counts. Written once per feature (db/cases/list.ts);
// the engine (engine.ts) builds every statement from it.
// SECURITY: these strings are the only SQL a list runs. A caller's input picks
// keys of these maps; its values are bound as parameters, never spliced in.
import type Database from 'better-sqlite3';
import type { AnyListSpec, ListSpec } from '../../shared/list/spec';

export type SqlValue = string | number;

/** A condition with `?` placeholders and the values to bind to them. */
export type Condition = Readonly<{ sql: string; params: readonly SqlValue[] }>;

export type SqlFilter = Readonly<{
  /** The condition as the planner may serve it from an index ("agreement = ?"). */
  seek: string;
  /**
   * The same condition with index use turned off ("+agreement = ?"), for a
   * filter matching so many rows that walking the sort index and testing
   * each row reaches a page sooner than reading every match and sorting it.
   */
  walk: string;
  /** The values for the placeholders; one value by default. */
  params?: (value: SqlValue) => readonly SqlValue[];
  /**
   * Sort columns whose order an index on this filter also gives ("agreement,
   * opened_on"): with those the seek form is kept, as it already reads in order.
   */
  inOrderFor?: readonly string[];
}>;

export type SqlColumn = Readonly<{
  /** What rows are ordered and compared by: the stored value, or a sort key (a folded copy of free text). */
  sql: string;
  /** Rows holding no value ("… IS NULL", "… = ''") and its negation: they come after all others, in either direction. */
  none?: Readonly<{ is: string; isNot: string }>;
}>;

/** The text a person typed as conditions. */
export type TextConditions = Readonly<{
  seek: Condition;
  walk: Condition;
  /**
   * A statement with one row per live row that matches, in key order, read
   * faster than the table would give them (a full-text index holding live
   * rows only): the engine counts its first rows, alone or beside the rows
   * the filters keep.
   */
  matches?: Condition;
  /**
   * Where `walk` tests each row by itself: each row tested against the
   * matches gathered once, which costs less per row — what a walk goes on
   * with after its budget of rows (db/list/engine.ts).
   */
  gathered?: Condition;
}>;

/**
 * The text a person typed as conditions; null when there is nothing to
 * search for. May read the database (a full-text index's vocabulary).
 */
export type TextSearch = (typed: string, db: Database.Database) => TextConditions | null;

/**
 * A table kept by triggers with one row per combination of coded values and
 * the number of live rows holding it, so totals and group counts cost the same
 * with a hundred rows or a million.
 */
export type CountsTable<Column extends string, Filter extends string> = Readonly<{
  table: string;
  /** The rows to sum when no `replacesAll` filter is given (each record once). */
  all: string;
  /** Coded columns as the counts table names them. */
  columns: Readonly<Partial<Record<Column, string>>>;
  /** Filters it can count by; `replacesAll` for a facet under which each record is listed once per value. */
  filters: Readonly<Partial<Record<Filter, Readonly<{ sql: string; replacesAll?: boolean }>>>>;
}>;

export type ListTable<Column extends string, Filter extends string, Group extends string> = Readonly<{
  spec: ListSpec<Column, Filter, Group>;
  table: string;
  /** A unique integer column (the rowid), the last key of every order: the order is total and pages never repeat a row. */
  key: string;
  /** Every query's first condition: the rows a list may show (not removed). Partial indexes carry the same condition. */
  live: string;
  /** The row columns a page returns. */
  select: string;
  columns: Readonly<Record<Column, SqlColumn>>;
  filters: Readonly<Record<Filter, SqlFilter>>;
  text: TextSearch | null;
  counts: CountsTable<Column, Filter> | null;
}>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the engine reads any table's keys as strings
export type AnyListTable = ListTable<string, any, string> & Readonly<{ spec: AnyListSpec }>;
