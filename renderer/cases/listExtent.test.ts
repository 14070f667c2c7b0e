import { describe, expect, it } from 'vitest';
import { listExtent } from './listExtent';

describe('the rows the cases table lays out', () => {
  it('is the total when the total is exact', () => {
    expect(listExtent(420, false, 200, [{ page: 0, rows: 200, next: 'c1' }])).toEqual({ rows: 420, lowerBound: false });
  });

  it('past a capped count, the known rows and one page more while pages go on', () => {
    expect(listExtent(1000, true, 200, [{ page: 0, rows: 200, next: 'c1' }])).toEqual({ rows: 1000, lowerBound: true });
    expect(listExtent(1000, true, 200, [{ page: 0, rows: 200, next: 'c1' }, { page: 4, rows: 200, next: 'c5' }])).toEqual({ rows: 1200, lowerBound: true });
    expect(listExtent(1000, true, 200, [{ page: 7, rows: 200, next: 'c8' }])).toEqual({ rows: 1800, lowerBound: true });
  });

  it('exact once the last page has been read', () => {
    expect(listExtent(1000, true, 200, [{ page: 0, rows: 200, next: 'c1' }, { page: 6, rows: 37, next: null }])).toEqual({ rows: 1237, lowerBound: false });
  });
});
