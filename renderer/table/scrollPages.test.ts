import { describe, expect, it } from 'vitest';
import { pageCount, pageOf, PAGE_ROWS } from './scrollPages';

// Chromium's cap on a scroll area's height (px), and the table's row height.
const CHROMIUM_MAX_SCROLL = 33_554_430;
const ROW_HEIGHT = 36;

describe('scroll pages', () => {
  it('each fit under Chromium’s cap on a scroll area, header row included', () => {
    expect((PAGE_ROWS + 1) * ROW_HEIGHT).toBeLessThan(CHROMIUM_MAX_SCROLL);
  });

  it('are one page for any casebook up to the page size', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(100_000)).toBe(1);
    expect(pageCount(PAGE_ROWS)).toBe(1);
    expect(pageOf(100_000, 99_999)).toEqual({ index: 0, first: 0, count: 100_000 });
  });

  it('reach every row of a million', () => {
    const total = 1_000_000;
    expect(pageCount(total)).toBe(2);
    expect(pageOf(total, 0)).toEqual({ index: 0, first: 0, count: PAGE_ROWS });
    expect(pageOf(total, PAGE_ROWS)).toEqual({ index: 1, first: PAGE_ROWS, count: total - PAGE_ROWS });
    const last = pageOf(total, total - 1);
    expect(last.first + last.count - 1).toBe(total - 1);
    // Past either end: the nearest page.
    expect(pageOf(total, total + 5).index).toBe(1);
    expect(pageOf(total, -3).index).toBe(0);
  });

  it('split an uneven count with a short last page', () => {
    expect(pageOf(1_200_001, 1_200_000)).toEqual({ index: 2, first: 1_000_000, count: 200_001 });
  });
});
