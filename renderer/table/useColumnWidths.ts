// The widths the user gave a table's columns, remembered per table
// (columnWidths.ts), and the width of the box they share.
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { widthLimits, type ColumnSpec } from './columnSpec';
import { clampWidth, readWidths, writeWidths, type ColumnWidths } from './columnWidths';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The width of the scroll region's content box, followed as the window resizes. */
export function useClientWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function useColumnWidths<Row>(tableId: string, columns: readonly ColumnSpec<Row>[]): Readonly<{ sizing: ColumnWidths; resize: (columnId: string, width: number) => void }> {
  const limits = useMemo(() => new Map(columns.map((column) => [column.id, widthLimits(column)])), [columns]);
  const [sizing, setSizing] = useState<ColumnWidths>(() => readWidths(browserStorage(), tableId, [...limits.values()]));
  useEffect(() => writeWidths(browserStorage(), tableId, sizing), [tableId, sizing]);
  const resize = useCallback(
    (columnId: string, width: number) => {
      const limit = limits.get(columnId);
      if (limit === undefined) return;
      setSizing((previous) => {
        const next = { ...previous };
        // NaN (a double click on the handle) gives the column its default width back.
        if (Number.isNaN(width)) delete next[columnId];
        else next[columnId] = clampWidth(limit, width);
        return next;
      });
    },
    [limits],
  );
  return { sizing, resize };
}
