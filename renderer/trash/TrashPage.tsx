// The Trash (issue 6 §1, "Removal you can take back"): removed records of
// every kind in its registry (cases, events, meetings), most recently removed first, a page at a time, each with Restore.
// After a restore the screen says what came back (with a link to it) and the
// focus moves to the Restore button that took the restored row's place, so
// several records can be restored one after another from the keyboard.
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import type { TrashItem } from '../../shared/trash/api';
import { useLocale } from '../i18n/LocaleContext';
import { ErrorNotice } from '../shell/ErrorNotice';
import { itemWords, restoredLink, type RestoredLink } from './trashWords';
import { TrashRow } from './TrashRow';
import { useRestore } from './useRestore';
import { useTrashPages } from './useTrashPages';
import './trash.css';

type Restored = Readonly<{ text: string; link: RestoredLink }>;

export function TrashPage() {
  const tools = useLocale();
  const { t } = tools;
  const pages = useTrashPages();
  const restoreItem = useRestore();
  const [restoring, setRestoring] = useState<string | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);
  const [failed, setFailed] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  // Where the restored row was, to put the focus on what took its place once the list is read again.
  const focusAfterRestore = useRef<Readonly<{ id: string; index: number }> | null>(null);
  // Where the older page starts, to put the focus on its first row.
  const olderFrom = useRef<number | null>(null);
  const { items } = pages;

  // Runs when the list is read again and when a restore is done, in either order: the focus moves once the restored row is gone.
  useEffect(() => {
    const moved = focusAfterRestore.current;
    const rows = [...(body.current?.rows ?? [])];
    if (moved !== null && !rows.some((row) => row.dataset['trashId'] === moved.id)) {
      focusAfterRestore.current = null;
      // The next row that can be restored, else the one before, else the heading.
      const after = rows.slice(moved.index).map(restoreButton).find((button) => button !== null);
      const before = rows.slice(0, moved.index).reverse().map(restoreButton).find((button) => button !== null);
      (after ?? before ?? heading.current)?.focus();
    }
    const from = olderFrom.current;
    if (from !== null && items !== null && rows.length > from) {
      olderFrom.current = null;
      rows[from]?.focus();
    }
  }, [items, restored]);

  async function restore(item: TrashItem, index: number) {
    if (restoring !== null) return;
    setRestoring(item.id);
    setFailed(null);
    const response = await restoreItem(item);
    setRestoring(null);
    if (!response.ok) {
      setFailed(response.error);
      return;
    }
    focusAfterRestore.current = { id: item.id, index };
    setRestored({ text: itemWords(tools, item).restored, link: restoredLink(tools, item) });
  }

  function showOlder() {
    if (pages.loadingOlder || items === null) return;
    olderFrom.current = items.length;
    pages.loadOlder();
  }

  return (
    <div className="page trash-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('trash.heading')}
      </h1>
      <p className="muted trash-intro">{t('trash.intro')}</p>
      {/* What a restore did, said where the focus has moved on to the next row. */}
      <div role="status" className="trash-status">
        {restored !== null && (
          <p className="trash-restored">
            {restored.text} <a href={restored.link.href}>{restored.link.text}</a>
          </p>
        )}
      </div>
      {failed !== null && <ErrorNotice error={failed} />}
      <section className="panel">
        {items === null ? (
          pages.error ? (
            <ErrorNotice error={pages.error} onRetry={pages.reload} />
          ) : (
            <p className="muted">{t('app.loading')}</p>
          )
        ) : items.length === 0 ? (
          <p className="trash-empty muted">{t('trash.empty')}</p>
        ) : (
          <>
            {pages.error && <ErrorNotice error={pages.error} onRetry={pages.reload} />}
            <table className="data-table trash-table">
              <caption className="visually-hidden">{t('trash.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trash.column.removedAt')}</th>
                  <th scope="col">{t('trash.column.removedBy')}</th>
                  <th scope="col">{t('trash.column.record')}</th>
                  <th scope="col">{t('trash.column.action')}</th>
                </tr>
              </thead>
              <tbody ref={body}>
                {items.map((item, index) => (
                  <TrashRow key={`${item.type}:${item.id}`} item={item} restoring={restoring === item.id} onRestore={(chosen) => void restore(chosen, index)} />
                ))}
              </tbody>
            </table>
            <div className="trash-more">
              {pages.olderError && <ErrorNotice error={pages.olderError} onRetry={showOlder} />}
              {pages.hasOlder ? (
                <button type="button" className="button" aria-disabled={pages.loadingOlder} onClick={showOlder}>
                  {pages.loadingOlder ? t('trash.loadingOlder') : t('trash.older')}
                </button>
              ) : (
                pages.pagedBack && <p className="muted">{t('trash.end')}</p>
              )}
            </div>
          </>
        )}
      </section>
    </div>
  );
}

function restoreButton(row: HTMLTableRowElement): HTMLButtonElement | null {
  return row.querySelector<HTMLButtonElement>('.trash-action button');
}
