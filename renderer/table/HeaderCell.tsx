// One column header: the sort button and the resize handle. The handle is a
// focusable separator (the WAI-ARIA window-splitter pattern): drag it with the
// mouse, or focus it and use the left and right arrows (Shift for bigger
// steps, Home/End for the narrowest and widest).
import type { Header, ReactTable, RowData } from '@tanstack/react-table';
import type { KeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import type { ListTableFeatures } from './tableFeatures';

const STEP = 10;
const BIG_STEP = 50;

function SortArrow({ direction }: { direction: false | 'asc' | 'desc' }) {
  if (direction === false)
    return (
      <span className="sort-arrow unsorted" aria-hidden="true">
        ↕
      </span>
    );
  return (
    <span className="sort-arrow" aria-hidden="true">
      {direction === 'asc' ? '▲' : '▼'}
    </span>
  );
}

function ResizeHandle({
  label,
  width,
  minWidth,
  maxWidth,
  onResize,
}: {
  label: string;
  width: number;
  minWidth: number;
  maxWidth: number;
  onResize: (width: number) => void;
}) {
  const { t } = useLocale();

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    const handle = event.currentTarget;
    const startX = event.clientX;
    // From the width on screen (a fill column may be wider than its size), so the edge follows the pointer.
    const startWidth = width;
    handle.setPointerCapture(event.pointerId);
    handle.classList.add('resizing');
    const move = (moved: PointerEvent) => onResize(startWidth + moved.clientX - startX);
    const end = () => {
      handle.classList.remove('resizing');
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const next =
      event.key === 'ArrowLeft' ? width - step : event.key === 'ArrowRight' ? width + step : event.key === 'Home' ? minWidth : event.key === 'End' ? maxWidth : null;
    if (next === null) return;
    event.preventDefault();
    onResize(next);
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('table.resize', { column: label })}
      aria-valuenow={width}
      aria-valuemin={minWidth}
      aria-valuemax={maxWidth}
      aria-valuetext={t('table.resize.value', { width })}
      tabIndex={0}
      className="resize-handle"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      // A double click gives the column its default width back.
      onDoubleClick={() => onResize(Number.NaN)}
    />
  );
}

export function HeaderCell<Row extends RowData>({
  table,
  header,
  label,
  width,
  sticky,
  onResize,
}: {
  table: ReactTable<ListTableFeatures, Row>;
  header: Header<ListTableFeatures, Row, unknown>;
  label: string;
  width: number;
  sticky: boolean;
  onResize: (columnId: string, width: number) => void;
}) {
  const { t } = useLocale();
  const column = header.column;
  const direction = column.getIsSorted();
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
  const content = (
    <>
      <span className="header-label">
        <table.FlexRender header={header} />
      </span>
      {column.getCanSort() && <SortArrow direction={direction} />}
      {direction !== false && <span className="visually-hidden">, {t(direction === 'asc' ? 'table.sort.ascending' : 'table.sort.descending')}</span>}
    </>
  );
  return (
    <th
      scope="col"
      // Named by the label alone: from its content the name would also take in the resize handle's name.
      aria-label={label}
      aria-sort={column.getCanSort() ? ariaSort : undefined}
      className={`col-${column.id}${sticky ? ' sticky-col' : ''}`}
    >
      {column.getCanSort() ? (
        <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()}>
          {content}
        </button>
      ) : (
        <span className="sort-button">{content}</span>
      )}
      <ResizeHandle
        label={label}
        width={width}
        minWidth={column.columnDef.minSize ?? 0}
        maxWidth={column.columnDef.maxSize ?? width}
        onResize={(next) => onResize(column.id, next)}
      />
    </th>
  );
}
