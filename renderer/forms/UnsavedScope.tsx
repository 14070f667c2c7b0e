// One unsaved-changes guard for a screen that holds several small forms (the
// case page: add an event, correct one, record an agreed period): each form
// says whether it is dirty, and the screen asks once before it is left.
import { createContext, useCallback, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { useUnsavedGuard } from './useUnsavedGuard';

type Report = (form: string, dirty: boolean) => void;

const ReportDirty = createContext<Report | null>(null);

export function UnsavedScope({ children }: Readonly<{ children: ReactNode }>) {
  const [dirtyForms, setDirtyForms] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback<Report>((form, dirty) => {
    setDirtyForms((previous) => {
      if (previous.has(form) === dirty) return previous;
      const next = new Set(previous);
      if (dirty) next.add(form);
      else next.delete(form);
      return next;
    });
  }, []);
  const guard = useUnsavedGuard(dirtyForms.size > 0);
  return (
    <ReportDirty.Provider value={report}>
      {children}
      {guard.dialog}
    </ReportDirty.Provider>
  );
}

/** Tells the screen's guard whether this form holds unsaved changes (nothing outside an UnsavedScope). */
export function useReportDirty(dirty: boolean): void {
  const report = useContext(ReportDirty);
  const form = useId();
  useEffect(() => {
    if (report === null) return;
    report(form, dirty);
    return () => report(form, false);
  }, [report, form, dirty]);
}
