// The reference and title of each case a list of history entries links to:
// known from the case's own entries where they are in the list, otherwise
// read with cases.get (shared with the case page through the query cache).
import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { AuditEntry } from '../../shared/history/domain';
import { apiQueryKey, fetchResult } from '../api/queries';
import { caseNamesIn, unnamedCases, type CaseName } from './entryRecord';

/** Answers a case's name; null while it is looked up or where it cannot be found. */
export function useCaseNames(entries: readonly AuditEntry[]): (caseId: string) => CaseName | null {
  const fromEntries = useMemo(() => caseNamesIn(entries), [entries]);
  const missing = useMemo(() => unnamedCases(entries, (caseId) => fromEntries.has(caseId)), [entries, fromEntries]);
  // Stable while `missing` is, so the names are worked out again only when an answer comes.
  const combine = useCallback(
    (results: readonly Readonly<{ data?: Readonly<{ case: CaseName }> }>[]) => {
      const names = new Map<string, CaseName>();
      results.forEach((result, index) => {
        const caseId = missing[index];
        if (caseId !== undefined && result.data !== undefined) names.set(caseId, { reference: result.data.case.reference, title: result.data.case.title });
      });
      return names;
    },
    [missing],
  );
  const lookedUp = useQueries({
    queries: missing.map((caseId) => ({
      queryKey: apiQueryKey('cases.get', { id: caseId }),
      queryFn: () => fetchResult('cases.get', { id: caseId }),
    })),
    combine,
  });
  return useCallback((caseId: string) => fromEntries.get(caseId) ?? lookedUp.get(caseId) ?? null, [fromEntries, lookedUp]);
}
