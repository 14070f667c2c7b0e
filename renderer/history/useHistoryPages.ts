// The history a page at a time, newest first: the first page is read again
// whenever `key` changes (a record was changed on the screen), and "Show older
// changes" appends the next page (history.list's keyset `next`). Older pages
// belong to the first page they followed and are dropped when it is read again.
import { useCallback, useMemo, useState } from 'react';
import type { Input } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import type { AuditEntry, SubjectRef } from '../../shared/history/domain';
import { call } from '../api/client';
import { useApiQuery } from '../api/useApi';

export const HISTORY_PAGE_SIZE = 50;

type OlderPages = Readonly<{
  key: string;
  entries: readonly AuditEntry[];
  /** The `before` of the page after these; while loading, the one being read. */
  next: number | null;
  loading: boolean;
  error: ApiError | null;
}>;

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
export function useHistoryPages(subject: SubjectRef | undefined, key: string): HistoryPages {
  const input: Input<'history.list'> = subject === undefined ? { limit: HISTORY_PAGE_SIZE } : { subject, limit: HISTORY_PAGE_SIZE };
  const first = useApiQuery('history.list', input, key);
  const [older, setOlder] = useState<OlderPages | null>(null);
  // Pages read after an earlier first page no longer follow on from it.
  const current = older !== null && older.key === key ? older : null;
  const firstEntries = first.data?.entries;
  const entries = useMemo(
    () => (firstEntries === undefined ? null : current === null ? firstEntries : [...firstEntries, ...current.entries]),
    [firstEntries, current],
  );
  const next = current !== null ? current.next : (first.data?.next ?? null);
  const loadingOlder = current?.loading ?? false;

  const subjectType = subject?.type;
  const subjectId = subject?.id;
  const loadOlder = useCallback(() => {
    if (next === null || loadingOlder) return;
    const forKey = key;
    setOlder((previous) => ({
      key: forKey,
      entries: previous !== null && previous.key === forKey ? previous.entries : [],
      next,
      loading: true,
      error: null,
    }));
    const page: Input<'history.list'> = { before: next, limit: HISTORY_PAGE_SIZE };
    void call('history.list', subjectType === undefined || subjectId === undefined ? page : { ...page, subject: { type: subjectType, id: subjectId } }).then(
      (response) => {
        setOlder((previous) => {
          if (previous === null || previous.key !== forKey) return previous;
          return response.ok
            ? { key: forKey, entries: [...previous.entries, ...response.result.entries], next: response.result.next, loading: false, error: null }
            : { ...previous, loading: false, error: response.error };
        });
      },
    );
  }, [key, next, loadingOlder, subjectType, subjectId]);

  return {
    entries,
    error: first.error,
    reload: first.reload,
    hasOlder: next !== null,
    pagedBack: current !== null,
    loadingOlder,
    olderError: current?.error ?? null,
    loadOlder,
  };
}
