// A case's history on its page (history.list of the case): the case's own
// edits, every event added, corrected or removed, and every period the Parties
// agreed for a time limit (limits.agree / limits.unagree), a page at a time.
import { HistoryList } from './HistoryList';
import { useHistoryPages } from './useHistoryPages';

export function HistorySection({ caseId, revision }: Readonly<{ caseId: string; revision: number }>) {
  const pages = useHistoryPages({ type: 'case', id: caseId }, `${caseId}#${revision}`);
  return <HistoryList pages={pages} />;
}
