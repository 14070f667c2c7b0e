// The one table every list uses (TanStack Table for columns, sorting and
// sizing; TanStack Virtual for rows). However many rows match, only those in
// view (plus a margin) are in the DOM; spacer rows above and below give the
// scroll bar its true length. Rows are a fixed height, so nothing is measured.
// The rows themselves are loaded by the screen, a page at a time: the table
// says which rows are in view (onRange) and asks for each by index (rowAt).
import { useTable, type Row as TableRow, type ReactTable, type RowData } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { toColumnDefs } from './columnDefs';
import type { ColumnSpec } from './columnSpec';
import { layoutColumns } from './columnWidths';
import type { GroupCount, GroupLayout } from './groupLayout';
import { HeaderCell } from './HeaderCell';
import { moveForKey, moveTarget } from './rowNavigation';
import { readScroll, writeScroll } from './scrollMemory';
import { pageCount, pageOf, PAGE_ROWS } from './scrollPages';
import { listTableFeatures, type ListTableFeatures } from './tableFeatures';
import { useClientWidth, useColumnWidths } from './useColumnWidths';
import type { SortState } from './viewState';
import './table.css';

const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 36;
const SCROLL_SAVE_DELAY_MS = 150;

type ListTable<Row extends RowData> = ReactTable<ListTableFeatures, Row>;

export type DataTableProps<Row> = Readonly<{
  /** Names the table's remembered widths and scroll position. */
  id: string;
  /** The scroll region's name, for screen readers. */
  label: string;
  columns: readonly ColumnSpec<Row>[];
  sort: SortState;
  onSortChange: (sort: SortState) => void;
  hidden: readonly string[];
  /** Rows and, when grouped, group header lines. */
  layout: GroupLayout;
  /** The row at this index of the whole list, if its page is loaded. */
  rowAt: (rowIndex: number) => Row | undefined;
  rowKey: (row: Row) => string;
  onOpen: (row: Row) => void;
  /** Told which rows (first, last) are in view, to load them. */
  onRange: (firstRow: number, lastRow: number) => void;
  renderGroup: (group: GroupCount) => ReactNode;
  /** Changes when filters, sorting or grouping change: the view returns to the top. */
  resetKey: string;
  /** The rows shown answer an older query; the new answer is on its way. */
  stale: boolean;
  /** Class of each row (e2e specs and screen styles find rows by it). */
  rowClassName: string;
}>;

type RowViewProps<Row extends RowData> = Readonly<{
  table: ListTable<Row>;
  row: TableRow<ListTableFeatures, Row>;
  index: number;
  tabbable: boolean;
  className: string;
  stickyId: string | null;
}>;

// Memoized: while scrolling, rows that stay in view are not rendered again.
const RowView = memo(function RowView<Row extends RowData>({ table, row, index, tabbable, className, stickyId }: RowViewProps<Row>) {
  return (
    <tr
      // Striped by position in the whole list, not :nth-child, which would
      // flip as rows enter and leave the DOM while scrolling.
      className={`${className} list-row${index % 2 === 0 ? ' even' : ''}`}
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={tabbable ? 0 : -1}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`col-${cell.column.id}${cell.column.id === stickyId ? ' sticky-col' : ''}`}>
          <table.FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}) as <Row extends RowData>(props: RowViewProps<Row>) => ReactNode;

export function DataTable<Row extends RowData>(props: DataTableProps<Row>) {
  const { id, label, columns, sort, onSortChange, hidden, layout, rowAt, rowKey, onOpen, onRange, renderGroup, resetKey, stale, rowClassName } = props;
  const { t, formatNumber } = useLocale();
  const helpId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const available = useClientWidth(scrollRef);

  // ---- Columns: definitions, widths (remembered), visibility, sorting ----
  const columnDefs = useMemo(() => toColumnDefs(columns), [columns]);
  const { sizing, resize } = useColumnWidths(id, columns);
  const sorting = useMemo(() => [{ id: sort.column, desc: sort.desc }], [sort]);
  const columnVisibility = useMemo(() => Object.fromEntries(hidden.map((column) => [column, false])), [hidden]);
  const fillId = columns.find((column) => column.fill === true)?.id ?? null;
  const stickyId = columns[0]?.sticky === true ? columns[0].id : null;

  // ---- Rows: one scroll page at a time (scrollPages.ts), virtualized ----
  const [pageIndex, setPageIndex] = useState(0);
  const page = pageOf(layout.count, pageIndex * PAGE_ROWS);
  // The app is not built with React Compiler, so nothing memoizes this
  // component behind the virtualizer's back; the rule's concern does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: page.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // The sticky header row sits above the first item, and must not hide a row scrolled to.
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const firstLocal = items[0]?.index ?? 0;
  const lastLocal = items[items.length - 1]?.index ?? -1;

  // Rows in view, in the order shown: what the TanStack table is given.
  const { data, firstRow, lastRow } = useMemo(() => {
    const rows: Row[] = [];
    let first = Number.POSITIVE_INFINITY;
    let last = -1;
    for (let local = firstLocal; local <= lastLocal; local += 1) {
      const entry = layout.itemAt(page.first + local);
      if (entry.type !== 'row') continue;
      first = Math.min(first, entry.rowIndex);
      last = Math.max(last, entry.rowIndex);
      const row = rowAt(entry.rowIndex);
      if (row !== undefined) rows.push(row);
    }
    return { data: rows, firstRow: first, lastRow: last };
  }, [firstLocal, lastLocal, page.first, layout, rowAt]);

  useEffect(() => {
    if (lastRow >= 0) onRange(firstRow, lastRow);
  }, [firstRow, lastRow, onRange]);

  const table = useTable({
    features: listTableFeatures,
    columns: columnDefs,
    data,
    getRowId: rowKey,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
    state: { sorting, columnVisibility, columnSizing: sizing },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first !== undefined) onSortChange({ column: first.id, desc: first.desc });
    },
  });
  const tableRows = table.getRowModel().rows;
  const rowById = useMemo(() => new Map(tableRows.map((row) => [row.id, row])), [tableRows]);

  const visibleColumns = table.getVisibleLeafColumns();
  const columnLayout = layoutColumns(
    visibleColumns.map((column) => ({ id: column.id, size: column.getSize() })),
    available,
    fillId,
  );
  const labelOf = (columnId: string) => {
    const spec = columns.find((column) => column.id === columnId);
    return spec === undefined ? columnId : t(spec.label);
  };

  // ---- Scroll position: back to the top on a new query, kept for Back ----
  const restore = useRef(readScroll(id));
  const saveTimer = useRef<number | undefined>(undefined);
  const saveScroll = useCallback(() => {
    window.clearTimeout(saveTimer.current);
    const element = scrollRef.current;
    if (element !== null) writeScroll(id, { page: pageIndex, top: element.scrollTop, left: element.scrollLeft });
  }, [id, pageIndex]);
  const onScroll = () => {
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(saveScroll, SCROLL_SAVE_DELAY_MS);
  };
  useEffect(() => () => window.clearTimeout(saveTimer.current), []);

  useEffect(() => {
    const saved = restore.current;
    const element = scrollRef.current;
    if (saved === null || element === null || layout.count === 0) return;
    const savedPage = pageOf(layout.count, saved.page * PAGE_ROWS).index;
    if (savedPage !== pageIndex) {
      setPageIndex(savedPage);
      return;
    }
    restore.current = null;
    element.scrollTo({ top: saved.top, left: saved.left });
  }, [layout.count, pageIndex]);

  const shownKey = useRef(resetKey);
  const [active, setActive] = useState(0);
  useEffect(() => {
    if (shownKey.current === resetKey) return;
    shownKey.current = resetKey;
    restore.current = null;
    scrollRef.current?.scrollTo({ top: 0 });
    setPageIndex(0);
    setActive(0);
  }, [resetKey]);

  // ---- Keyboard: rows are one tab stop; arrows, pages, Home/End, Enter ----
  // The row Tab lands on: the active one if it is rendered, else the first row in view.
  const renderedRows = items.map((item) => page.first + item.index).filter((index) => layout.itemAt(index).type === 'row');
  const tabStop = renderedRows.includes(active) ? active : (renderedRows[0] ?? null);
  const pendingFocus = useRef<number | null>(null);
  const moveTo = (target: number) => {
    setActive(target);
    pendingFocus.current = target;
    const targetPage = pageOf(layout.count, target).index;
    if (targetPage !== pageIndex) setPageIndex(targetPage);
    else virtualizer.scrollToIndex(target - page.first, { align: 'auto' });
  };
  // The scroll-page buttons: the row just before or after this page.
  const moveToRow = (from: number, move: 'previous' | 'next') => {
    const target = moveTarget(layout, from, move, 1);
    if (target !== null) moveTo(target);
  };
  // After each render: a row the keyboard moved to gets focus once it is in view.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null || pageOf(layout.count, target).index !== pageIndex) return;
    virtualizer.scrollToIndex(target - page.first, { align: 'auto' });
    const element = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`);
    if (element !== null && element !== undefined) {
      pendingFocus.current = null;
      element.focus({ preventScroll: true });
    }
  });

  /** Rows a Page Up / Page Down moves: a screenful less one, so the last row stays in view. */
  const rowsInView = () => Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
  const indexOfRowElement = (target: EventTarget): number | null => {
    const tr = (target as Element).closest('tr[data-index]');
    return tr === null ? null : Number(tr.getAttribute('data-index'));
  };
  const open = (index: number) => {
    const entry = layout.itemAt(index);
    const row = entry.type === 'row' ? rowAt(entry.rowIndex) : undefined;
    if (row === undefined) return;
    saveScroll();
    onOpen(row);
  };
  const onBodyKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const from = indexOfRowElement(event.target);
    if (from === null || event.target !== event.currentTarget.querySelector(`tr[data-index="${from}"]`)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      open(from);
      return;
    }
    const move = moveForKey(event.key);
    if (move === null) return;
    event.preventDefault();
    const target = moveTarget(layout, from, move, rowsInView());
    if (target !== null) moveTo(target);
  };
  // From the scroll region itself (Tab lands there first), a move key goes into the rows:
  // down to the row in view, the others as from it.
  const onRegionKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || tabStop === null) return;
    const move = moveForKey(event.key);
    if (move === null) return;
    event.preventDefault();
    const target = move === 'next' ? tabStop : moveTarget(layout, tabStop, move, rowsInView());
    if (target !== null) moveTo(target);
  };
  const onBodyClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const index = indexOfRowElement(event.target);
    if (index === null) return;
    // A link or button in a cell does its own thing (the reference is a real link).
    if ((event.target as Element).closest('a, button, input, select, textarea') !== null) {
      saveScroll();
      return;
    }
    open(index);
  };


  const firstItem = items[0];
  const lastItem = items[items.length - 1];
  const paddingTop = firstItem === undefined ? 0 : firstItem.start - HEADER_HEIGHT;
  const paddingBottom = lastItem === undefined ? virtualizer.getTotalSize() - HEADER_HEIGHT : virtualizer.getTotalSize() - lastItem.end;
  const columnCount = visibleColumns.length;
  const pages = pageCount(layout.count);

  return (
    <div className="list-table-frame">
      <p id={helpId} className="visually-hidden">
        {t('table.keyboardHelp')}
      </p>
      {/* A named, focusable region: keyboard users can scroll it (axe: scrollable-region-focusable). */}
      <div
        ref={scrollRef}
        role="region"
        className={`list-scroll${stale ? ' stale' : ''}`}
        tabIndex={0}
        aria-label={label}
        aria-describedby={helpId}
        aria-busy={stale}
        onScroll={onScroll}
        onKeyDown={onRegionKeyDown}
      >
        <table className="list-table" aria-rowcount={layout.count + 1} style={{ width: columnLayout.total }}>
          <colgroup>
            {visibleColumns.map((column) => (
              // Computed widths: what the user set, the title taking what is left (columnWidths.ts).
              <col key={column.id} className={`col-${column.id}`} style={{ width: columnLayout.widths[column.id] }} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => (
                  <HeaderCell
                    key={header.id}
                    table={table}
                    header={header}
                    label={labelOf(header.column.id)}
                    width={columnLayout.widths[header.column.id] ?? header.column.getSize()}
                    sticky={header.column.id === stickyId}
                    onResize={resize}
                  />
                ))}
              </tr>
            ))}
          </thead>
          <tbody ref={bodyRef} onKeyDown={onBodyKeyDown} onClick={onBodyClick} onFocus={(event) => setActive(indexOfRowElement(event.target) ?? active)}>
            {paddingTop > 0 && (
              <tr className="spacer" aria-hidden="true">
                {/* Computed height: the rows scrolled past above the view. */}
                <td colSpan={columnCount} style={{ height: paddingTop }} />
              </tr>
            )}
            {items.map((item) => {
              const index = page.first + item.index;
              const entry = layout.itemAt(index);
              if (entry.type === 'group')
                return (
                  <tr key={index} className="group-row" aria-rowindex={index + 2}>
                    <th colSpan={columnCount} scope="colgroup">
                      <span className="group-label">{renderGroup(entry.group)}</span>
                    </th>
                  </tr>
                );
              const original = rowAt(entry.rowIndex);
              const row = original === undefined ? undefined : rowById.get(rowKey(original));
              if (row === undefined)
                return (
                  <tr key={index} className="loading-row" data-index={index} aria-rowindex={index + 2} tabIndex={index === tabStop ? 0 : -1}>
                    <td colSpan={columnCount}>{t('app.loading')}</td>
                  </tr>
                );
              return <RowView key={index} table={table} row={row} index={index} tabbable={index === tabStop} className={rowClassName} stickyId={stickyId} />;
            })}
            {paddingBottom > 0 && (
              <tr className="spacer" aria-hidden="true">
                <td colSpan={columnCount} style={{ height: paddingBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <div className="scroll-pages">
          <button type="button" className="button" disabled={page.index === 0} onClick={() => moveToRow(page.first, 'previous')}>
            {t('table.previousRows')}
          </button>
          <span role="status">
            {t('table.rowsShown', { first: formatNumber(page.first + 1), last: formatNumber(page.first + page.count), total: formatNumber(layout.count) })}
          </span>
          <button type="button" className="button" disabled={page.index === pages - 1} onClick={() => moveToRow(page.first + page.count - 1, 'next')}>
            {t('table.nextRows')}
          </button>
        </div>
      )}
    </div>
  );
}
