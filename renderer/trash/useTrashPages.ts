// The Trash a page at a time, most recently removed first (trash.list's keyset
// `next`), cached with TanStack Query under the method's name so that any
// command — a removal anywhere, a restore here — reads it again.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ApiError } from '../../shared/api/errors';
import type { TrashItem, TrashPage } from '../../shared/trash/api';
import { fetchResult } from '../api/queries';

export const TRASH_PAGE_SIZE = 50;

export type TrashPages = Readonly<{
  /** Null until the first page has come. */
  items: readonly TrashItem[] | null;
  error: ApiError | null;
  reload: () => void;
  hasOlder: boolean;
  /** Whether older pages were read: "Nothing older" is said only then. */
  pagedBack: boolean;
  loadingOlder: boolean;
  olderError: ApiError | null;
  loadOlder: () => void;
}>;

export function useTrashPages(): TrashPages {
  const query = useInfiniteQuery({
    queryKey: ['trash.list', 'pages'] as const,
    initialPageParam: null as TrashPage['next'],
    queryFn: ({ pageParam }) => fetchResult('trash.list', pageParam === null ? { limit: TRASH_PAGE_SIZE } : { before: pageParam, limit: TRASH_PAGE_SIZE }),
    getNextPageParam: (last) => last.next,
  });
  const pages = query.data?.pages;
  const olderFailed = query.isFetchNextPageError;
  return {
    items: pages === undefined ? null : pages.flatMap((page) => page.items),
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
