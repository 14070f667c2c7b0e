// Chromium caps the height of a scroll area at 33,554,430 px: at 36 px a row,
// a list of 1,000,000 cannot be scrolled past row 932,067. Two ways around it
// were possible: virtualize by index behind a scaled scroll bar (each pixel of
// the bar then stands for more than a pixel of rows, which makes the
// virtualizer's own scroll arithmetic and scroll restoration wrong), or page
// the scroll area. We page it: the rows are split into scroll pages of
// PAGE_ROWS (18,000,000 px — well under the cap), the virtualizer works on one
// page at a time with true pixel geometry, and a small bar moves between pages
// (keyboard moves across them by itself). Up to PAGE_ROWS rows — every
// realistic casebook — there is one page and no bar.
export const PAGE_ROWS = 500_000;

export type ScrollPage = Readonly<{ index: number; first: number; count: number }>;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_ROWS));
}

/** The scroll page holding display item `index` (clamped to the list). */
export function pageOf(total: number, index: number): ScrollPage {
  const last = pageCount(total) - 1;
  const page = Math.min(last, Math.max(0, Math.floor(index / PAGE_ROWS)));
  const first = page * PAGE_ROWS;
  return { index: page, first, count: Math.max(0, Math.min(PAGE_ROWS, total - first)) };
}
