import { describe, expect, it } from 'vitest';
import { layoutColumns, readWidths, widthsKey, writeWidths } from './columnWidths';

/** An in-memory Storage with the same contract as localStorage for what the widths use. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

const COLUMNS = [
  { id: 'reference', size: 150, minSize: 110, maxSize: 300 },
  { id: 'title', size: 380, minSize: 160, maxSize: 900 },
];

describe('remembered column widths', () => {
  it('read back what was written, per table', () => {
    const storage = memoryStorage();
    writeWidths(storage, 'cases', { title: 520 });
    writeWidths(storage, 'meetings', { title: 300 });
    expect(readWidths(storage, 'cases', COLUMNS)).toEqual({ title: 520 });
    expect(readWidths(storage, 'meetings', COLUMNS)).toEqual({ title: 300 });
    expect(readWidths(storage, 'barriers', COLUMNS)).toEqual({});
  });

  it('keep each width within its column’s limits and drop what is not a width of a current column', () => {
    const storage = memoryStorage({ [widthsKey('cases')]: JSON.stringify({ reference: 20, title: 5000, gone: 200, kind: 'wide' }) });
    expect(readWidths(storage, 'cases', COLUMNS)).toEqual({ reference: 110, title: 900 });
  });

  it('survive a damaged or missing store', () => {
    expect(readWidths(memoryStorage({ [widthsKey('cases')]: '{not json' }), 'cases', COLUMNS)).toEqual({});
    expect(readWidths(memoryStorage({ [widthsKey('cases')]: '[1,2]' }), 'cases', COLUMNS)).toEqual({});
    expect(readWidths(null, 'cases', COLUMNS)).toEqual({});
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => writeWidths(full, 'cases', { title: 400 })).not.toThrow();
  });
});

describe('column layout', () => {
  const columns = [
    { id: 'reference', size: 150 },
    { id: 'title', size: 380 },
    { id: 'status', size: 100 },
  ];

  it('gives the spare width of a wide screen to the fill column', () => {
    expect(layoutColumns(columns, 1870, 'title')).toEqual({ widths: { reference: 150, title: 1620, status: 100 }, total: 1870 });
  });

  it('keeps every column at its size when they overflow, so the table scrolls sideways', () => {
    expect(layoutColumns(columns, 500, 'title')).toEqual({ widths: { reference: 150, title: 380, status: 100 }, total: 630 });
  });

  it('leaves the spare width unused when the fill column is hidden', () => {
    expect(layoutColumns(columns, 1000, 'summary')).toEqual({ widths: { reference: 150, title: 380, status: 100 }, total: 630 });
  });
});
