// The history a page at a time, newest first (history.list's keyset `next`),
// cached with TanStack Query under the subject: a command anywhere in the app
// marks it stale, and it is read again from its first page, each older page
// following on from the page read just before it (so no entry is skipped or
// shown twice when new entries have pushed the others down).
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Input } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import type { AuditEntry, SubjectRef } from '../../shared/history/domain';
import { fetchResult } from '../api/queries';

export const HISTORY_PAGE_SIZE = 50;

export type HistoryPages = Readonly<{
  /** Null until the first page has come. */
  entries: readonly AuditEntry[] | null;
  error: ApiError | null;
  reload: () => void;
  hasOlder: boolean;
  /** Whether older pages were read: "No older changes" is said only then. */
  pagedBack: boolean;
  loadingOlder: boolean;
  olderError: ApiError | null;
  loadOlder: () => void;
}>;

/** `subject`: one record with what belongs to it; undefined: the whole app. */
export function useHistoryPages(subject: SubjectRef | undefined): HistoryPages {
  const query = useInfiniteQuery({
    // Under the method name, so a command's refresh (renderer/api/queries.ts) reaches it.
    queryKey: ['history.list', subject ?? null] as const,
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => {
      const page: Input<'history.list'> = pageParam === null ? { limit: HISTORY_PAGE_SIZE } : { before: pageParam, limit: HISTORY_PAGE_SIZE };
      return fetchResult('history.list', subject === undefined ? page : { ...page, subject });
    },
    getNextPageParam: (last) => last.next,
  });
  const pages = query.data?.pages;
  const olderFailed = query.isFetchNextPageError;
  return {
    entries: pages === undefined ? null : pages.flatMap((page) => page.entries),
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
