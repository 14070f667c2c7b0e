// The cases list as the scroll container shows it: rows, and — when grouped —
// a header line before each group. The server orders rows by the group key and
// answers a count per group (cases.list `groups`), so the position of every
// header follows from the counts alone; nothing else needs to be loaded.

export type GroupCount = Readonly<{ key: string; count: number }>;

export type DisplayItem =
  | Readonly<{ type: 'group'; group: GroupCount; groupIndex: number }>
  | Readonly<{ type: 'row'; rowIndex: number }>;

export type GroupLayout = Readonly<{
  /** Rows plus group headers. */
  count: number;
  itemAt: (displayIndex: number) => DisplayItem;
}>;

export function groupLayout(total: number, groups: readonly GroupCount[] | null): GroupLayout {
  if (groups === null || groups.length === 0) {
    return { count: total, itemAt: (displayIndex) => ({ type: 'row', rowIndex: displayIndex }) };
  }
  // headerAt[g] is the display index of group g's header; the group's rows follow it.
  const headerAt: number[] = [];
  const firstRow: number[] = [];
  let display = 0;
  let rows = 0;
  for (const group of groups) {
    headerAt.push(display);
    firstRow.push(rows);
    display += group.count + 1;
    rows += group.count;
  }
  return {
    count: display,
    itemAt: (displayIndex) => {
      // The last group whose header is at or before displayIndex.
      let low = 0;
      let high = headerAt.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((headerAt[middle] ?? 0) <= displayIndex) low = middle;
        else high = middle - 1;
      }
      const start = headerAt[low] ?? 0;
      const group = groups[low];
      if (group === undefined || displayIndex === start) return { type: 'group', group: group ?? { key: '', count: 0 }, groupIndex: low };
      return { type: 'row', rowIndex: (firstRow[low] ?? 0) + displayIndex - start - 1 };
    },
  };
}
