// A list as data (issue 6 §1 "One list engine"): which columns a list shows
// and may sort by, which filters and groupings it offers, whether it has a
// text search, and its page sizes. A feature writes one spec; the input
// schema (input.ts) and the SQL (db/list/) are derived from it, so sort and
// filter SQL never come from a caller's text. Pure data: the SQL each key
// maps to is bound in db/<feature>/list.ts.
import type { z } from 'zod';
import type { MessageKey } from '../i18n/catalog';

export type SortDirection = 'asc' | 'desc';
export type ListSort<Column extends string> = Readonly<{ column: Column; direction: SortDirection }>;

/**
 * coded: a closed vocabulary stored as codes and shown as labels; it sorts by
 * the label in the reader's language (labels.ts), never by the code.
 * text: free text a person typed; sorts with accents and case folded.
 * date / number: sort by value.
 */
export type ListColumn =
  | Readonly<{ kind: 'coded'; sortable: boolean; codes: readonly string[]; label: (code: string) => MessageKey }>
  | Readonly<{ kind: 'text' | 'date' | 'number'; sortable: boolean }>;

export type ListGroup<Column extends string> = Readonly<{
  /** A coded column: one group per code. */
  column: Column;
  /** Groups in label order (in the reader's language) or in the order of the codes (a procedure's own order). */
  order: 'label' | 'codes';
}>;

export type ListSpec<Column extends string, Filter extends string, Group extends string> = Readonly<{
  columns: Readonly<Record<Column, ListColumn>>;
  /** Each filter's value schema; every filter is optional in the input, and all given filters must hold. */
  filters: Readonly<{ [F in Filter]: z.ZodType }>;
  groups: Readonly<Record<Group, ListGroup<Column>>>;
  /** The longest text search accepted, or null for a list without one. */
  textSearch: Readonly<{ maxLength: number }> | null;
  defaultSort: ListSort<Column>;
  pageSize: Readonly<{ default: number; max: number }>;
}>;

/** Any spec, for code that serves every list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the engine reads any spec's keys as strings
export type AnyListSpec = ListSpec<string, any, string>;
