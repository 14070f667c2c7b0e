// Which row the keyboard moves to. Group headers are not rows one can open,
// so moves skip them; a move past either end stops at the first or last row.
import type { GroupLayout } from './groupLayout';

export type RowMove = 'next' | 'previous' | 'pageDown' | 'pageUp' | 'first' | 'last';

/** The nearest row item at or after `from` going in `step` (+1 / -1), or null. */
function rowItemFrom(layout: GroupLayout, from: number, step: 1 | -1): number | null {
  for (let index = from; index >= 0 && index < layout.count; index += step) {
    if (layout.itemAt(index).type === 'row') return index;
  }
  return null;
}

/** The display index of the row a move lands on, from the display index `from`. */
export function moveTarget(layout: GroupLayout, from: number, move: RowMove, pageRows: number): number | null {
  if (layout.count === 0) return null;
  const last = layout.count - 1;
  const clamp = (index: number) => Math.min(last, Math.max(0, index));
  switch (move) {
    case 'next':
      return rowItemFrom(layout, clamp(from + 1), 1) ?? rowItemFrom(layout, clamp(from), -1);
    case 'previous':
      return rowItemFrom(layout, clamp(from - 1), -1) ?? rowItemFrom(layout, clamp(from), 1);
    case 'pageDown':
      return rowItemFrom(layout, clamp(from + pageRows), 1) ?? rowItemFrom(layout, last, -1);
    case 'pageUp':
      return rowItemFrom(layout, clamp(from - pageRows), -1) ?? rowItemFrom(layout, 0, 1);
    case 'first':
      return rowItemFrom(layout, 0, 1);
    case 'last':
      return rowItemFrom(layout, last, -1);
    default: {
      const unreachable: never = move;
      return unreachable;
    }
  }
}

export function moveForKey(key: string): RowMove | null {
  switch (key) {
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'PageDown':
      return 'pageDown';
    case 'PageUp':
      return 'pageUp';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}
