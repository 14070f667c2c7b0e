// A case's history on its page (history.list of the case): the case's own
// edits, every event added, corrected or removed, and every period the Parties
// agreed for a time limit (limits.agree / limits.unagree), a page at a time.
// A change made on the page refreshes it through the query cache.
import { HistoryList } from './HistoryList';
import { useHistoryPages } from './useHistoryPages';

export function HistorySection({ caseId }: Readonly<{ caseId: string }>) {
  const pages = useHistoryPages({ type: 'case', id: caseId });
  return <HistoryList pages={pages} />;
}
