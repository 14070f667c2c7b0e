// The history a page at a time, newest first (history.list's keyset `next`),
// cached under its subject: a command anywhere in the app marks it stale, and
// it is read again from its first page (so no entry is skipped or shown twice
// when new entries have pushed the others down).
import type { Input } from '../../shared/api/contract';
import type { AuditEntry, SubjectRef } from '../../shared/history/domain';
import { useOlderPages, type OlderPages } from '../api/olderPages';
import { fetchResult } from '../api/queries';

export const HISTORY_PAGE_SIZE = 50;

export type HistoryPages = OlderPages<AuditEntry>;

/** `subject`: one record with what belongs to it; undefined: the whole app. */
export function useHistoryPages(subject: SubjectRef | undefined): HistoryPages {
  return useOlderPages({
    queryKey: ['history.list', subject ?? null],
    fetchPage: (before: number | null) => {
      const page: Input<'history.list'> = before === null ? { limit: HISTORY_PAGE_SIZE } : { before, limit: HISTORY_PAGE_SIZE };
      return fetchResult('history.list', subject === undefined ? page : { ...page, subject });
    },
    next: (page) => page.next,
    items: (page) => page.entries,
  });
}
