// Column widths: what the user set (remembered per table in localStorage, so
// a reload or the next session keeps them) and how the columns share the
// width of the screen. In Electron the app's origin never changes; the
// browser host starts on a new port each run, and localStorage is per origin,
// so there widths last as long as the host runs.

export type ColumnWidthSpec = Readonly<{ id: string; size: number; minSize: number; maxSize: number }>;
export type ColumnWidths = Readonly<Record<string, number>>;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function widthsKey(tableId: string): string {
  return `commission-desk.table.${tableId}.widths`;
}

export function clampWidth(column: ColumnWidthSpec, width: number): number {
  return Math.round(Math.min(column.maxSize, Math.max(column.minSize, width)));
}

/** The widths remembered for this table: only columns it still has, only numbers, each within its limits. */
export function readWidths(storage: Store | null, tableId: string, columns: readonly ColumnWidthSpec[]): ColumnWidths {
  if (storage === null) return {};
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(widthsKey(tableId)) ?? '{}');
  } catch {
    return {};
  }
  if (typeof stored !== 'object' || stored === null) return {};
  const widths: Record<string, number> = {};
  for (const column of columns) {
    const value = (stored as Record<string, unknown>)[column.id];
    if (typeof value === 'number' && Number.isFinite(value)) widths[column.id] = clampWidth(column, value);
  }
  return widths;
}

export function writeWidths(storage: Store | null, tableId: string, widths: ColumnWidths): void {
  try {
    storage?.setItem(widthsKey(tableId), JSON.stringify(widths));
  } catch {
    // Storage full or disabled: the widths last for this session only.
  }
}

export type ColumnLayout = Readonly<{ widths: ColumnWidths; total: number }>;

/**
 * The width each shown column gets, from its size (what the user set, or its
 * default). When the columns together are narrower than the table's box, the
 * fill column (the title) takes the rest, so a wide screen shows more of each
 * title instead of an empty band; when they are wider, the table is as wide as
 * their sum and scrolls sideways.
 */
export function layoutColumns(columns: readonly Readonly<{ id: string; size: number }>[], available: number, fillId: string | null): ColumnLayout {
  const widths: Record<string, number> = {};
  let total = 0;
  for (const column of columns) {
    widths[column.id] = column.size;
    total += column.size;
  }
  const spare = Math.floor(available - total);
  const fill = fillId === null ? undefined : widths[fillId];
  if (spare > 0 && fillId !== null && fill !== undefined) {
    widths[fillId] = fill + spare;
    total += spare;
  }
  return { widths, total };
}
