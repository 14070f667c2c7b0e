// What a feature writes to get a table: one spec per column. The table turns
// the specs into TanStack Table columns; features never touch table plumbing.
import type { ComponentType } from 'react';
import type { MessageKey } from '../../shared/i18n/catalog';

export type ColumnSpec<Row> = Readonly<{
  /** Also the sort key sent to the list query, and the cell class (col-<id>). */
  id: string;
  label: MessageKey;
  /** A component, so a cell may use hooks (the UI language, dates). */
  Cell: ComponentType<Readonly<{ row: Row }>>;
  /** Default width in px; the user may resize between minSize and maxSize. */
  size: number;
  minSize?: number;
  maxSize?: number;
  /** Takes the width left over on a wide screen (one column: the title). */
  fill?: boolean;
  /** Defaults to true: every column offered sorts on the server. */
  sortable?: boolean;
  /** Dates: newest first is the useful first click. */
  sortDescFirst?: boolean;
  /** Defaults to true; the columns that say what a row is stay. */
  hideable?: boolean;
  /** Stays in view when the table scrolls sideways (the first column only). */
  sticky?: boolean;
}>;

export const DEFAULT_MIN_WIDTH = 70;
export const DEFAULT_MAX_WIDTH = 900;

export function widthLimits<Row>(column: ColumnSpec<Row>): Readonly<{ id: string; size: number; minSize: number; maxSize: number }> {
  return { id: column.id, size: column.size, minSize: column.minSize ?? DEFAULT_MIN_WIDTH, maxSize: column.maxSize ?? DEFAULT_MAX_WIDTH };
}
