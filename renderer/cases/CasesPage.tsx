// All cases in one table: filters, sorting and grouping are done by SQLite
// (cases.list), and rows are fetched a page at a time as the user scrolls, so
// a casebook of 100,000 cases stays smooth.
import { useTable, type ColumnFiltersState, type Row, type SortingState, type ColumnVisibilityState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import type { CaseSortColumn } from '../../shared/cases/schemas';
import type { CaseRow } from '../../shared/cases/domain';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { ErrorNotice } from '../shell/ErrorNotice';
import { plural } from '../shell/plural';
import { WelcomePanel } from '../shell/WelcomePanel';
import { caseColumns, caseTableFeatures, isCaseColumnId } from './caseColumns';
import { CaseFilters, FILTERS, type FilterId } from './CaseFilters';
import { CasesTable, type GroupBy } from './CasesTable';
import { ColumnMenu } from './ColumnMenu';
import { groupLayout } from './groupLayout';
import { PAGE_SIZE, useCasePages, type CaseQuery } from './useCasePages';
import { useDebounced } from './useDebounced';
import './CasesPage.css';

type Features = typeof caseTableFeatures;

const DEFAULT_SORTING: SortingState = [{ id: 'updatedAt', desc: true }];
const VISIBILITY_KEY = 'commission-desk.cases.columns';
// Pages are requested a little before the user reaches them.
const LOOKAHEAD_ROWS = 60;

// Remembered for the session only (sessionStorage): a new window starts with
// every column, which is what a colleague at the same computer expects.
function readVisibility(): ColumnVisibilityState {
  try {
    const stored = JSON.parse(sessionStorage.getItem(VISIBILITY_KEY) ?? '{}') as unknown;
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(Object.entries(stored).filter(([id, value]) => isCaseColumnId(id) && typeof value === 'boolean'));
  } catch {
    return {};
  }
}

function toQuery(sorting: SortingState, filters: ColumnFiltersState, text: string, groupBy: GroupBy): CaseQuery {
  const sort = sorting[0];
  const column: CaseSortColumn = sort !== undefined && isCaseColumnId(sort.id) ? sort.id : 'updatedAt';
  const query: Record<string, unknown> = {
    sort: { column, direction: sort?.desc === false ? 'asc' : 'desc' },
    groupBy,
  };
  for (const filter of filters) {
    if (!(filter.id in FILTERS) || typeof filter.value !== 'string' || filter.value === '') continue;
    // The parties column filters on any party (complainant, respondent or third party).
    query[filter.id === 'complainant' ? 'party' : filter.id] = filter.value;
  }
  const trimmed = text.trim();
  if (trimmed !== '') query.text = trimmed;
  return query as CaseQuery;
}

type PageWindow = Readonly<{ first: number; last: number }>;

export function CasesPage() {
  const tools = useLocale();
  const { t } = tools;
  const [sorting, setSorting] = useState<SortingState>(DEFAULT_SORTING);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(readVisibility);
  const [search, setSearch] = useState('');
  const [groupBy, setGroupBy] = useState<GroupBy>(null);
  const [pageWindow, setPageWindow] = useState<PageWindow>({ first: 0, last: 0 });
  const text = useDebounced(search, 250);

  const query = useMemo(() => toQuery(sorting, columnFilters, text, groupBy), [sorting, columnFilters, text, groupBy]);
  const queryKey = JSON.stringify(query);
  const pages = useCasePages(query);
  const { request } = pages;
  const layout = useMemo(() => groupLayout(pages.total, pages.groups), [pages.total, pages.groups]);

  // The table is given the loaded pages around the view; rowIndexes[i] is the
  // position of data[i] in the whole (filtered, sorted) list.
  const { data, rowIndexes } = useMemo(() => {
    const rows: CaseRow[] = [];
    const indexes: number[] = [];
    for (let page = pageWindow.first; page <= pageWindow.last; page += 1) {
      const pageRows = pages.pages.get(page);
      if (pageRows === undefined) continue;
      pageRows.forEach((row, offset) => {
        rows.push(row);
        indexes.push(page * PAGE_SIZE + offset);
      });
    }
    return { data: rows, rowIndexes: indexes };
  }, [pages.pages, pageWindow]);

  const table = useTable({
    features: caseTableFeatures,
    columns: caseColumns,
    data,
    getRowId: (row) => row.id,
    manualSorting: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
    state: { sorting, columnFilters, columnVisibility },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onColumnVisibilityChange: (updater) => {
      setColumnVisibility((previous) => {
        const next = typeof updater === 'function' ? updater(previous) : updater;
        sessionStorage.setItem(VISIBILITY_KEY, JSON.stringify(next));
        return next;
      });
    },
  });

  // Manual sorting and filtering keep the row model in data order.
  const modelRows = table.getRowModel().rows;
  const rowAt = useMemo(() => {
    const byIndex = new Map<number, Row<Features, CaseRow>>();
    modelRows.forEach((row, position) => {
      const index = rowIndexes[position];
      if (index !== undefined) byIndex.set(index, row);
    });
    return (rowIndex: number) => byIndex.get(rowIndex);
  }, [modelRows, rowIndexes]);

  const onRange = useCallback(
    (firstRow: number, lastRow: number) => {
      request(firstRow - LOOKAHEAD_ROWS, lastRow + LOOKAHEAD_ROWS);
      const next = { first: Math.floor(firstRow / PAGE_SIZE), last: Math.floor(lastRow / PAGE_SIZE) };
      setPageWindow((previous) => (previous.first === next.first && previous.last === next.last ? previous : next));
    },
    [request],
  );

  const setFilter = useCallback(
    (id: FilterId, value: string) => table.getColumn(id)?.setFilterValue(value === '' ? undefined : value),
    [table],
  );
  const clearFilters = () => {
    setColumnFilters([]);
    setSearch('');
  };

  const filtered = columnFilters.length > 0 || text.trim() !== '';
  const noCasesAtAll = pages.current && pages.total === 0 && !filtered && search === '';

  return (
    <div className="page cases-page">
      <div className="page-header">
        <h1>{t('cases.title')}</h1>
        {pages.loaded && !noCasesAtAll && (
          <span className="cases-total" role="status">
            {plural(tools, 'cases.total', pages.total)}
          </span>
        )}
        <span className="spacer" />
        {!noCasesAtAll && <ColumnMenu table={table} />}
        <a className="button primary" href={routeHref({ name: 'caseNew' })}>
          {t('cases.new')}
        </a>
      </div>
      {pages.error !== null && <ErrorNotice error={pages.error} onRetry={pages.reload} />}
      {!pages.loaded ? (
        pages.error === null && <p className="muted">{t('app.loading')}</p>
      ) : noCasesAtAll ? (
        <WelcomePanel onLoaded={pages.reload} />
      ) : (
        <>
          <CaseFilters
            filters={columnFilters}
            onFilter={setFilter}
            search={search}
            onSearch={setSearch}
            groupBy={groupBy}
            onGroupBy={setGroupBy}
            onClear={clearFilters}
          />
          {pages.current && pages.total === 0 ? (
            <p className="panel no-match">{t('cases.noMatch')}</p>
          ) : (
            <CasesTable
              table={table}
              layout={layout}
              groupBy={pages.shownQuery?.groupBy ?? null}
              rowAt={rowAt}
              onRange={onRange}
              queryKey={queryKey}
              stale={!pages.current}
              label={t('cases.tableLabel')}
            />
          )}
        </>
      )}
    </div>
  );
}
