// The cases table body, virtualized: however many cases match, only the rows
// in view (plus a margin) are in the DOM; spacer rows above and below give the
// scroll bar its true length. Rows are a fixed height so no measuring is needed.
import type { Row } from '@tanstack/react-table';
import type { ReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import type { CaseRow } from '../../shared/cases/domain';
import { isMessageKey } from '../../shared/i18n/catalog';
import { useLocale } from '../i18n/LocaleContext';
import { navigate } from '../routing/useRoute';
import { plural } from '../shell/plural';
import type { caseTableFeatures } from './caseColumns';
import type { GroupCount, GroupLayout } from './groupLayout';

type Features = typeof caseTableFeatures;
export type CaseTable = ReactTable<Features, CaseRow>;
export type GroupBy = 'agreement' | 'stage' | null;

const ROW_HEIGHT = 36;

function SortArrow({ direction }: { direction: false | 'asc' | 'desc' }) {
  if (direction === false) return <span className="sort-arrow unsorted" aria-hidden="true">↕</span>;
  return (
    <span className="sort-arrow" aria-hidden="true">
      {direction === 'asc' ? '▲' : '▼'}
    </span>
  );
}

function HeaderRow({ table }: { table: CaseTable }) {
  const { t } = useLocale();
  return (
    <>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const direction = header.column.getIsSorted();
            const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
            return (
              <th key={header.id} scope="col" aria-sort={ariaSort} className={`col-${header.column.id}`}>
                <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                  <table.FlexRender header={header} />
                  <SortArrow direction={direction} />
                  {direction !== false && (
                    <span className="visually-hidden">, {t(direction === 'asc' ? 'cases.sort.ascending' : 'cases.sort.descending')}</span>
                  )}
                </button>
              </th>
            );
          })}
        </tr>
      ))}
    </>
  );
}

function GroupHeader({ group, groupBy, columns, rowIndex }: { group: GroupCount; groupBy: GroupBy; columns: number; rowIndex: number }) {
  const tools = useLocale();
  const key = `${groupBy ?? ''}.${group.key}`;
  const label = isMessageKey(key) ? tools.t(key) : group.key;
  return (
    <tr className="group-row" aria-rowindex={rowIndex}>
      <th colSpan={columns} scope="colgroup">
        <span className="group-label">
          {label} <span className="group-count">{plural(tools, 'cases.group.count', group.count)}</span>
        </span>
      </th>
    </tr>
  );
}

// Memoized: while scrolling, rows that stay in view are not rendered again;
// only the rows entering the view are.
const CaseRowView = memo(function CaseRowView({ table, row, rowIndex }: { table: CaseTable; row: Row<Features, CaseRow>; rowIndex: number }) {
  return (
    <tr
      // Striped by position in the whole list, not :nth-child, which would
      // flip as rows enter and leave the DOM while scrolling.
      className={rowIndex % 2 === 0 ? 'case-row even' : 'case-row'}
      aria-rowindex={rowIndex}
      data-case-id={row.original.id}
      onClick={(event) => {
        // The reference is a real link (keyboard users tab to it); a click
        // anywhere else on the row goes to the same place.
        if ((event.target as HTMLElement).closest('a') === null) navigate({ name: 'case', id: row.original.id });
      }}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`col-${cell.column.id}`}>
          <table.FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});

export function CasesTable({
  table,
  layout,
  groupBy,
  rowAt,
  onRange,
  queryKey,
  stale,
  label,
}: {
  table: CaseTable;
  layout: GroupLayout;
  groupBy: GroupBy;
  rowAt: (rowIndex: number) => Row<Features, CaseRow> | undefined;
  /** Told which rows (first, last) are in view, to load their pages. */
  onRange: (firstRow: number, lastRow: number) => void;
  /** Changes when filters, sorting or grouping change: the view returns to the top. */
  queryKey: string;
  stale: boolean;
  label: string;
}) {
  const { t } = useLocale();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app is not built with React Compiler, so nothing memoizes this
  // component behind the virtualizer's back; the rule's concern does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: layout.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // The sticky header row sits above the first item.
    paddingStart: ROW_HEIGHT,
    overscan: 12,
  });

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  const items = virtualizer.getVirtualItems();
  const firstItem = items[0];
  const lastItem = items[items.length - 1];

  // Row range in view: the row at or after the first item, the row at or before the last.
  let firstRow = Number.POSITIVE_INFINITY;
  let lastRow = -1;
  for (const item of items) {
    const entry = layout.itemAt(item.index);
    if (entry.type === 'row') {
      firstRow = Math.min(firstRow, entry.rowIndex);
      lastRow = Math.max(lastRow, entry.rowIndex);
    }
  }
  useEffect(() => {
    if (lastRow >= 0) onRange(firstRow, lastRow);
  }, [firstRow, lastRow, onRange]);

  const columnCount = table.getVisibleLeafColumns().length;
  const paddingTop = firstItem === undefined ? 0 : firstItem.start - ROW_HEIGHT;
  const paddingBottom = lastItem === undefined ? 0 : virtualizer.getTotalSize() - lastItem.end;

  return (
    // A named, focusable region: keyboard users can scroll it (axe: scrollable-region-focusable).
    <div
      ref={scrollRef}
      role="region"
      className={`cases-scroll${stale ? ' stale' : ''}`}
      tabIndex={0}
      aria-label={label}
      aria-busy={stale}
    >
      <table className="cases-table" aria-rowcount={layout.count + 1}>
        <colgroup>
          {table.getVisibleLeafColumns().map((column) => (
            <col key={column.id} className={`col-${column.id}`} />
          ))}
        </colgroup>
        <thead>
          <HeaderRow table={table} />
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr className="spacer" aria-hidden="true">
              {/* Computed height: the rows scrolled past above the view. */}
              <td colSpan={columnCount} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const entry = layout.itemAt(item.index);
            const ariaIndex = item.index + 2;
            if (entry.type === 'group')
              return <GroupHeader key={item.index} group={entry.group} groupBy={groupBy} columns={columnCount} rowIndex={ariaIndex} />;
            const row = rowAt(entry.rowIndex);
            if (row === undefined)
              return (
                <tr key={item.index} className="loading-row" aria-rowindex={ariaIndex}>
                  <td colSpan={columnCount}>{t('cases.loadingRow')}</td>
                </tr>
              );
            return <CaseRowView key={item.index} table={table} row={row} rowIndex={ariaIndex} />;
          })}
          {paddingBottom > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={columnCount} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
