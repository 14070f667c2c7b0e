// How many rows the cases table lays out. Usually the list's total; but a
// search matching very many cases is counted only up to a cap (cases.list
// `totalIsLowerBound`), and then the table holds the rows known so far plus one
// page more while pages go on, and the exact number once the last page
// (`next` null) has been read — so scrolling reaches every match.

export type LoadedPage = Readonly<{ page: number; rows: number; next: string | null }>;

export type ListExtent = Readonly<{
  /** Rows to lay out. */
  rows: number;
  /** True while there may be rows past `rows` (the count is "N+"). */
  lowerBound: boolean;
}>;

export function listExtent(total: number, totalIsLowerBound: boolean, pageSize: number, pages: readonly LoadedPage[]): ListExtent {
  if (!totalIsLowerBound) return { rows: total, lowerBound: false };
  let reach = total;
  for (const { page, rows, next } of pages) {
    // The last page read: every row is known.
    if (next === null) return { rows: page * pageSize + rows, lowerBound: false };
    reach = Math.max(reach, (page + 2) * pageSize);
  }
  return { rows: reach, lowerBound: true };
}
