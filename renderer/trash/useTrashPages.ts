// The Trash a page at a time, most recently removed first (trash.list's keyset
// `next`); any command — a removal anywhere, a restore here — reads it again.
import type { TrashItem, TrashPage } from '../../shared/trash/api';
import { useOlderPages, type OlderPages } from '../api/olderPages';
import { fetchResult } from '../api/queries';

export const TRASH_PAGE_SIZE = 50;

export type TrashPages = OlderPages<TrashItem>;

export function useTrashPages(): TrashPages {
  return useOlderPages({
    queryKey: ['trash.list', 'pages'],
    fetchPage: (before: TrashPage['next']) => fetchResult('trash.list', before === null ? { limit: TRASH_PAGE_SIZE } : { before, limit: TRASH_PAGE_SIZE }),
    next: (page) => page.next,
    items: (page) => page.items,
  });
}
