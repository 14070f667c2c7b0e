// The reference and title of each case a list of history entries links to:
// known from the case's own entries where they are in the list, otherwise
// looked up once per case (cases.get) while the list is on screen.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AuditEntry } from '../../shared/history/domain';
import { call } from '../api/client';
import { caseNamesIn, unnamedCases, type CaseName } from './entryRecord';

/** Answers a case's name; null while it is looked up or where it cannot be found. */
export function useCaseNames(entries: readonly AuditEntry[]): (caseId: string) => CaseName | null {
  const fromEntries = useMemo(() => caseNamesIn(entries), [entries]);
  const [lookedUp, setLookedUp] = useState<ReadonlyMap<string, CaseName | null>>(() => new Map());
  const requested = useRef(new Set<string>());
  const missing = useMemo(() => unnamedCases(entries, (caseId) => fromEntries.has(caseId) || lookedUp.has(caseId)), [entries, fromEntries, lookedUp]);

  useEffect(() => {
    const caseIds = missing.filter((caseId) => !requested.current.has(caseId));
    if (caseIds.length === 0) return;
    for (const caseId of caseIds) requested.current.add(caseId);
    void Promise.all(caseIds.map(async (caseId) => [caseId, await call('cases.get', { id: caseId })] as const)).then((answers) => {
      setLookedUp((previous) => {
        const names = new Map(previous);
        for (const [caseId, response] of answers)
          names.set(caseId, response.ok ? { reference: response.result.case.reference, title: response.result.case.title } : null);
        return names;
      });
    });
  }, [missing]);

  return useCallback((caseId: string) => fromEntries.get(caseId) ?? lookedUp.get(caseId) ?? null, [fromEntries, lookedUp]);
}
