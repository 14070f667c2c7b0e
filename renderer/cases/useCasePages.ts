// The window of cases the table shows, loaded a page at a time as the user
// scrolls. Sorting, filtering, grouping and paging are all done by SQLite
// (cases.list); the renderer only keeps the pages it has fetched, by offset,
// for the current query. A new query (filter, sort or grouping changed)
// starts a new cache; until its first page arrives the old rows stay visible,
// so the table does not flash empty while typing in the search box.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import type { CaseRow } from '../../shared/cases/domain';
import { call } from '../api/client';
import type { GroupCount } from '../table/groupLayout';
import type { CaseQuery } from './caseView';

export const PAGE_SIZE = 200;

type Cache = Readonly<{
  key: string;
  pages: ReadonlyMap<number, readonly CaseRow[]>;
  total: number;
  groups: readonly GroupCount[] | null;
}>;

export type CasePages = Readonly<{
  /** False until the first page of the current query has arrived. */
  current: boolean;
  loaded: boolean;
  total: number;
  groups: readonly GroupCount[] | null;
  pages: ReadonlyMap<number, readonly CaseRow[]>;
  /** The query whose rows are shown (the previous one until the first page of a new one arrives). */
  shownQuery: CaseQuery | null;
  error: ApiError | null;
  /** Asks for the pages covering these row indexes (inclusive); pages already held are not fetched again. */
  request: (firstRow: number, lastRow: number) => void;
  reload: () => void;
}>;

const EMPTY: Cache = { key: '', pages: new Map(), total: 0, groups: null };

export function useCasePages(query: CaseQuery): CasePages {
  const key = JSON.stringify(query);
  const [cache, setCache] = useState<Cache | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);
  const inFlight = useRef(new Set<string>());
  const latestKey = useRef(key);

  const fetchPage = useCallback((forKey: string, page: number) => {
    const ticket = `${forKey}#${page}`;
    if (inFlight.current.has(ticket)) return;
    inFlight.current.add(ticket);
    const input = { ...(JSON.parse(forKey) as CaseQuery), offset: page * PAGE_SIZE, limit: PAGE_SIZE };
    void call('cases.list', input).then((response) => {
      inFlight.current.delete(ticket);
      // An answer for a query the user has already changed is dropped.
      if (forKey !== latestKey.current) return;
      if (!response.ok) {
        setError(response.error);
        return;
      }
      setError(null);
      const { rows, total, groups } = response.result;
      setCache((previous) => {
        const base = previous !== null && previous.key === forKey ? previous : { ...EMPTY, key: forKey };
        const pages = new Map(base.pages);
        pages.set(page, rows);
        return { key: forKey, pages, total, groups };
      });
    });
  }, []);

  // A new query (or a reload) starts from its first page.
  useEffect(() => {
    latestKey.current = key;
    fetchPage(key, 0);
  }, [key, generation, fetchPage]);

  const current = cache !== null && cache.key === key;

  const request = useCallback(
    (firstRow: number, lastRow: number) => {
      if (!current || cache === null) return;
      const last = Math.min(lastRow, cache.total - 1);
      for (let page = Math.floor(Math.max(firstRow, 0) / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page += 1) {
        if (!cache.pages.has(page)) fetchPage(cache.key, page);
      }
    },
    [cache, current, fetchPage],
  );

  const reload = useCallback(() => {
    // Forget every page: the data changed under the current query.
    setCache(null);
    setGeneration((value) => value + 1);
  }, []);

  const shown = cache ?? EMPTY;
  return {
    current,
    loaded: cache !== null,
    total: shown.total,
    groups: shown.groups,
    pages: shown.pages,
    shownQuery: cache === null ? null : (JSON.parse(cache.key) as CaseQuery),
    error,
    request,
    reload,
  };
}
