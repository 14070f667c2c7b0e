// A keyset-paged list read a page at a time, newest first (history.list,
// trash.list: each answers `next`, the cursor of the older page), cached with
// TanStack Query under its method's name so that any command reads it again
// from its first page, each older page following on from the one before it.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ApiError } from '../../shared/api/errors';

export type OlderPages<Item> = Readonly<{
  /** Null until the first page has come. */
  items: readonly Item[] | null;
  error: ApiError | null;
  reload: () => void;
  hasOlder: boolean;
  /** Whether older pages were read: "nothing older" is said only then. */
  pagedBack: boolean;
  loadingOlder: boolean;
  olderError: ApiError | null;
  loadOlder: () => void;
}>;

type Source<Page, Cursor, Item> = Readonly<{
  /** Starts with the method's name (renderer/api/queries.ts refreshes by it). */
  queryKey: readonly unknown[];
  fetchPage: (before: Cursor | null) => Promise<Page>;
  next: (page: Page) => Cursor | null;
  items: (page: Page) => readonly Item[];
}>;

export function useOlderPages<Page, Cursor, Item>({ queryKey, fetchPage, next, items }: Source<Page, Cursor, Item>): OlderPages<Item> {
  const query = useInfiniteQuery({
    queryKey,
    initialPageParam: null as Cursor | null,
    // The page parameter is always a cursor this hook handed out (initialPageParam, next).
    queryFn: ({ pageParam }) => fetchPage(pageParam as Cursor | null),
    getNextPageParam: next,
  });
  const pages = query.data?.pages;
  const olderFailed = query.isFetchNextPageError;
  return {
    items: pages === undefined ? null : pages.flatMap(items),
    error: olderFailed ? null : query.error,
    reload: () => void query.refetch(),
    hasOlder: query.hasNextPage,
    pagedBack: (pages?.length ?? 0) > 1,
    loadingOlder: query.isFetchingNextPage,
    olderError: olderFailed ? query.error : null,
    loadOlder: () => {
      if (!query.isFetchingNextPage) void query.fetchNextPage();
    },
  };
}
