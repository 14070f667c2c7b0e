import { describe, expect, it } from 'vitest';
import { groupLayout } from './groupLayout';
import { moveForKey, moveTarget } from './rowNavigation';

describe('keyboard moves between rows', () => {
  const plain = groupLayout(10, null);
  // Groups of 2 and 3: header 0, rows 1-2, header 3, rows 4-6.
  const grouped = groupLayout(5, [
    { key: 'cafta-dr', count: 2 },
    { key: 'us-peru-tpa', count: 3 },
  ]);

  it('step by one and stop at either end', () => {
    expect(moveTarget(plain, 0, 'next', 5)).toBe(1);
    expect(moveTarget(plain, 9, 'next', 5)).toBe(9);
    expect(moveTarget(plain, 0, 'previous', 5)).toBe(0);
  });

  it('jump a screenful, first and last', () => {
    expect(moveTarget(plain, 2, 'pageDown', 5)).toBe(7);
    expect(moveTarget(plain, 7, 'pageDown', 5)).toBe(9);
    expect(moveTarget(plain, 3, 'pageUp', 5)).toBe(0);
    expect(moveTarget(plain, 4, 'first', 5)).toBe(0);
    expect(moveTarget(plain, 4, 'last', 5)).toBe(9);
  });

  it('skip group headers, which are not rows to open', () => {
    expect(moveTarget(grouped, 2, 'next', 5)).toBe(4);
    expect(moveTarget(grouped, 4, 'previous', 5)).toBe(2);
    expect(moveTarget(grouped, 1, 'previous', 5)).toBe(1);
    expect(moveTarget(grouped, 6, 'first', 5)).toBe(1);
    expect(moveTarget(grouped, 1, 'pageDown', 2)).toBe(4);
  });

  it('have nowhere to go in an empty list', () => {
    expect(moveTarget(groupLayout(0, null), 0, 'next', 5)).toBeNull();
  });

  it('come from the usual keys only', () => {
    expect(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', 'Enter', 'a'].map(moveForKey)).toEqual([
      'next', 'previous', 'pageDown', 'pageUp', 'first', 'last', null, null,
    ]);
  });
});
