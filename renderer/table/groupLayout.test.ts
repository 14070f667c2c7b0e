import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupLayout } from './groupLayout';

describe('groupLayout', () => {
  it('is the rows themselves when not grouped', () => {
    const layout = groupLayout(5, null);
    expect(layout.count).toBe(5);
    expect(layout.itemAt(3)).toEqual({ type: 'row', rowIndex: 3 });
  });

  it('puts a header before each group', () => {
    const groups = [
      { key: 'cafta-dr', count: 2 },
      { key: 'us-peru-tpa', count: 1 },
    ];
    const layout = groupLayout(3, groups);
    expect(layout.count).toBe(5);
    expect([0, 1, 2, 3, 4].map((index) => layout.itemAt(index))).toEqual([
      { type: 'group', group: groups[0], groupIndex: 0 },
      { type: 'row', rowIndex: 0 },
      { type: 'row', rowIndex: 1 },
      { type: 'group', group: groups[1], groupIndex: 1 },
      { type: 'row', rowIndex: 2 },
    ]);
  });

  it('visits every row exactly once, in order, for any group sizes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 20 }), (counts) => {
        const groups = counts.map((count, index) => ({ key: `g${index}`, count }));
        const total = counts.reduce((sum, count) => sum + count, 0);
        const layout = groupLayout(total, groups);
        const rows: number[] = [];
        let headers = 0;
        for (let index = 0; index < layout.count; index += 1) {
          const item = layout.itemAt(index);
          if (item.type === 'row') rows.push(item.rowIndex);
          else headers += 1;
        }
        expect(headers).toBe(groups.length);
        expect(rows).toEqual(Array.from({ length: total }, (_, index) => index));
      }),
      { seed: 20250303, numRuns: 200 },
    );
  });
});
