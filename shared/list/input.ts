// The input fields every list takes besides its filters, derived from its
// spec: the sort (a sortable column, never SQL), the grouping, the page
// (a cursor from the previous page, or an offset for a jump) and the
// language whose labels coded columns sort by.
import { z } from 'zod';
import { LOCALES } from '../history/domain';
import type { ListSpec } from './spec';

/** Longest cursor accepted: a cursor holds a few keys and counts (db/list/cursor.ts). */
export const CURSOR_MAX_LENGTH = 2_000;

export function listControls<Column extends string, Group extends string>(
  spec: ListSpec<Column, string, Group>,
  sortable: readonly [Column, ...Column[]],
) {
  const groups = Object.keys(spec.groups) as [Group, ...Group[]];
  return {
    sort: z
      .object({ column: z.enum(sortable), direction: z.enum(['asc', 'desc']) })
      .strict()
      .default({ ...spec.defaultSort }),
    // Rows come back ordered by this key first, with a count per group.
    groupBy: z.enum(groups).nullable().default(null),
    /** Rows to skip, for a jump (a scrollbar dragged far); pages read in turn use `after`. */
    offset: z.int().min(0).default(0),
    limit: z.int().min(1).max(spec.pageSize.max).default(spec.pageSize.default),
    /** The `next` of the previous page: the page after it, with the same filters, sort and grouping. */
    after: z.string().min(1).max(CURSOR_MAX_LENGTH).optional(),
    /** Whose labels coded columns sort by; the settings' language when absent. */
    locale: z.enum(LOCALES).optional(),
  };
}

/** What a list answers. */
export type ListResult<Row> = Readonly<{
  rows: readonly Row[];
  /**
   * Rows matching the filters. Counted once per query: on a page read with
   * `after` it is the count the first page made, carried in the cursor.
   * Exact, except past the cap (`totalIsLowerBound`).
   */
  total: number;
  /**
   * True when counting stopped at a cap (a search matching very many rows):
   * there are at least `total` rows, and pages go on while `next` is not null.
   */
  totalIsLowerBound: boolean;
  /** Rows per group in group order when grouped; null when not grouped and on pages read with `after`. */
  groups: readonly Readonly<{ key: string; count: number }>[] | null;
  /** The cursor of the following page (give it as `after`), or null after the last row. */
  next: string | null;
}>;
