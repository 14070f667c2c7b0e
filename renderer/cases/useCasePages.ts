// The pages of the cases list around the view, read through TanStack Query
// (renderer/api/queries.ts): each page of a query is cached under
// ['cases.list', query, { page }], so Back to the list shows it at once while
// it is read again, and a command anywhere refreshes the pages on screen.
// Sorting, filtering and grouping are all done by SQLite (cases.list).
//
// A search matching more cases than the server counts (`totalIsLowerBound`)
// grows by a page as each page arrives, until its last one (listExtent.ts).
//
// A page read in turn after the one before it asks for the rows `after` that
// page's cursor (keyset paging: as fast on the last page as on the first); a
// jump (the scroll bar dragged far, Back to a deep position) or a refresh
// after a change asks by offset, so every page stays where the row count
// says it is even when the rows before it changed.
import { keepPreviousData, useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import type { CaseRow } from '../../shared/cases/domain';
import type { CasesListResult } from '../../shared/cases/api';
import { fetchResult } from '../api/queries';
import type { GroupCount } from '../table/groupLayout';
import type { CaseQuery } from './caseView';
import { listExtent } from './listExtent';

export const PAGE_SIZE = 200;

type PageKey = readonly ['cases.list', CaseQuery, Readonly<{ page: number }>];

function pageKey(query: CaseQuery, page: number): PageKey {
  return ['cases.list', query, { page }];
}

async function readPage(client: QueryClient, query: CaseQuery, page: number): Promise<CasesListResult> {
  const before = page > 0 ? client.getQueryState<CasesListResult>(pageKey(query, page - 1)) : undefined;
  // Only a fresh page before this one gives a cursor that ends where this page starts.
  const after = before?.status === 'success' && !before.isInvalidated ? (before.data?.next ?? null) : null;
  const input = after !== null ? { ...query, after, limit: PAGE_SIZE } : { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
  return fetchResult('cases.list', input);
}

export type CasePages = Readonly<{
  /** False until the first page of the current query has arrived (the previous query's rows are shown meanwhile). */
  current: boolean;
  loaded: boolean;
  /** Rows matching: exact, or where the server stopped counting (`totalIsLowerBound`). */
  total: number;
  /** The count is a lower bound ("10,000+ cases"): the search matched more rows than the server counts. */
  totalIsLowerBound: boolean;
  /** Rows the table lays out: the total, or — past a capped count — the rows known so far and a page more. */
  rowCount: number;
  groups: readonly GroupCount[] | null;
  /** The row at an index of the whole list, if its page is loaded. */
  rowAt: (rowIndex: number) => CaseRow | undefined;
  /** The grouping of the rows shown (the previous query's until the new one's first page arrives). */
  shownGroupBy: string | null;
  error: ApiError | null;
  /** Asks for the pages covering these row indexes (inclusive). */
  request: (firstRow: number, lastRow: number) => void;
  reload: () => void;
}>;

export function useCasePages(query: CaseQuery): CasePages {
  const client = useQueryClient();
  const key = JSON.stringify(query);
  // The pages the table is showing (and the first, which carries the counts);
  // pages scrolled away from stay in the cache but are not kept fresh.
  const [wanted, setWanted] = useState<Readonly<{ key: string; pages: readonly number[] }>>({ key, pages: [0] });
  const pages = wanted.key === key ? wanted.pages : [0];

  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: pageKey(query, page),
      queryFn: () => readPage(client, query, page),
      // Until the first page of a new query arrives the old rows stay, so the
      // table does not flash empty while a search is typed.
      placeholderData: page === 0 ? keepPreviousData : undefined,
      // Kept until a command marks it stale (invalidateAfterCommand): scrolling
      // back to a page does not read it again.
      staleTime: Number.POSITIVE_INFINITY,
    })),
  });

  const first = results[0];
  const current = first !== undefined && first.data !== undefined && !first.isPlaceholderData;
  // What the loaded pages hold, as a string: the results array is new on
  // every render, and rowAt must keep its identity while nothing changed (the
  // table's rows are memoized on it).
  const signature = results.map((result, index) => `${pages[index] ?? ''}:${result.dataUpdatedAt}:${String(result.isPlaceholderData)}`).join();
  const byPage = useMemo(() => {
    const map = new Map<number, readonly CaseRow[]>();
    results.forEach((result, index) => {
      const page = pages[index];
      if (page !== undefined && result.data !== undefined) map.set(page, result.data.rows);
    });
    return map;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `signature` stands for results and pages
  }, [signature]);

  // The grouping of the rows shown: the previous query's while a new one is read.
  const [shownKey, setShownKey] = useState(key);
  if (current && shownKey !== key) setShownKey(key);
  const shownGroupBy = (JSON.parse(shownKey) as CaseQuery).groupBy ?? null;

  const rowAt = useCallback((rowIndex: number) => byPage.get(Math.floor(rowIndex / PAGE_SIZE))?.[rowIndex % PAGE_SIZE], [byPage]);

  const extent = useMemo(
    () =>
      listExtent(
        first?.data?.total ?? 0,
        first?.data?.totalIsLowerBound ?? false,
        PAGE_SIZE,
        results.flatMap((result, index) => {
          const page = pages[index];
          return page === undefined || result.data === undefined || result.isPlaceholderData
            ? []
            : [{ page, rows: result.data.rows.length, next: result.data.next }];
        }),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `signature` stands for results and pages
    [signature],
  );
  // Pages scrolled away from are no longer asked for: the rows they showed stay laid out.
  const [reached, setReached] = useState<Readonly<{ key: string; rows: number }>>({ key, rows: 0 });
  const rowCount = extent.lowerBound && reached.key === key ? Math.max(extent.rows, reached.rows) : extent.rows;
  if (extent.lowerBound && (reached.key !== key || reached.rows < rowCount)) setReached({ key, rows: rowCount });
  const total = extent.lowerBound ? (first?.data?.total ?? 0) : extent.rows;
  const request = useCallback(
    (firstRow: number, lastRow: number) => {
      const last = Math.floor(Math.max(0, Math.min(lastRow, rowCount - 1)) / PAGE_SIZE);
      const next = [0];
      for (let page = Math.max(1, Math.floor(Math.max(firstRow, 0) / PAGE_SIZE)); page <= last; page += 1) next.push(page);
      setWanted((previous) => (previous.key === key && previous.pages.join() === next.join() ? previous : { key, pages: next }));
    },
    [key, rowCount],
  );

  const reload = useCallback(() => void client.invalidateQueries({ queryKey: ['cases.list'] }), [client]);
  const error = results.find((result) => result.error !== null)?.error ?? null;

  return {
    current,
    loaded: first?.data !== undefined,
    total,
    totalIsLowerBound: extent.lowerBound,
    rowCount,
    groups: first?.data?.groups ?? null,
    rowAt,
    shownGroupBy,
    error,
    request,
    reload,
  };
}
