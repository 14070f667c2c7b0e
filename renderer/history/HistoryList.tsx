// A list of history entries, newest first, with "Show older changes" while
// older pages exist. The caller reads the pages (useHistoryPages) and says
// whether each entry links to its record.
import { useEffect, useRef, type ReactNode } from 'react';
import type { AuditEntry } from '../../shared/history/domain';
import { useLocale } from '../i18n/LocaleContext';
import { ErrorNotice } from '../shell/ErrorNotice';
import { HistoryEntry } from './HistoryEntry';
import type { HistoryPages } from './useHistoryPages';
import './history.css';

type Props = Readonly<{
  pages: HistoryPages;
  /** The list's accessible name where no heading labels it. */
  label?: string;
  /** The link to an entry's record (the History screen); none on a record's own page. */
  record?: (entry: AuditEntry) => ReactNode;
}>;

export function HistoryList({ pages, label, record }: Props) {
  const { t } = useLocale();
  const list = useRef<HTMLOListElement>(null);
  // Where the older page starts, so a keyboard or screen-reader user lands on
  // its first entry rather than on a button that has moved down.
  const focusFrom = useRef<number | null>(null);
  const { items: entries } = pages;

  useEffect(() => {
    const index = focusFrom.current;
    if (index === null || entries === null || entries.length <= index) return;
    focusFrom.current = null;
    const item = list.current?.children.item(index);
    if (item instanceof HTMLElement) item.focus();
  }, [entries]);

  if (entries === null) return pages.error ? <ErrorNotice error={pages.error} onRetry={pages.reload} /> : <p className="muted">{t('app.loading')}</p>;
  if (entries.length === 0) return <p className="history-empty muted">{t('history.empty')}</p>;

  const showOlder = () => {
    if (pages.loadingOlder) return;
    focusFrom.current = entries.length;
    pages.loadOlder();
  };

  return (
    <>
      {pages.error && <ErrorNotice error={pages.error} onRetry={pages.reload} />}
      <ol ref={list} className="history" aria-label={label}>
        {entries.map((entry) => (
          <HistoryEntry key={entry.id} entry={entry} record={record?.(entry)} />
        ))}
      </ol>
      <div className="history-more">
        {pages.olderError && <ErrorNotice error={pages.olderError} onRetry={showOlder} />}
        {pages.hasOlder ? (
          // aria-disabled, not disabled: a disabled button would drop the keyboard focus while the page loads.
          <button type="button" className="button" aria-disabled={pages.loadingOlder} onClick={showOlder}>
            {pages.loadingOlder ? t('history.loadingOlder') : t('history.older')}
          </button>
        ) : (
          pages.pagedBack && <p className="muted">{t('history.end')}</p>
        )}
      </div>
    </>
  );
}
