// "Remove case" on the case page: asked in the form kit's dialog (Tab stays
// in it, Escape says no), then the case goes to the Trash, the app goes to
// the cases list, and the Undo notice offers it back.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import type { CaseRecord } from '../../shared/cases/domain';
import { apiQueryKey, invalidateAfterCommand } from '../api/queries';
import { call } from '../api/client';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { useLocale } from '../i18n/LocaleContext';
import { navigate } from '../routing/useRoute';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useUndo } from '../shell/UndoNotice';
import { caseUndo } from './undoOffers';
import './trash.css';

export function RemoveCase({ record }: Readonly<{ record: CaseRecord }>) {
  const { t } = useLocale();
  const client = useQueryClient();
  const offerUndo = useUndo();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function remove() {
    setPending(true);
    const response = await call('cases.remove', { id: record.id, version: record.version });
    if (!response.ok) {
      setPending(false);
      setAsking(false);
      setError(response.error);
      // A stale version: the page reads the case as it is now, to remove that one.
      void invalidateAfterCommand(client);
      return;
    }
    // The prompt closes first: while a modal dialog is open the rest of the page is inert, and the notice could not take the focus.
    setAsking(false);
    offerUndo(caseUndo(record));
    navigate({ name: 'cases' });
    // Not useCommand: it refreshes every read before it resolves, and this
    // page's own read would come back "not found" and be shown for a moment
    // before the app leaves it. Every other read is refreshed; the removed
    // case's is left stale, to be read afresh if it is ever opened again.
    const removedRead = apiQueryKey('cases.get', { id: record.id });
    void client.invalidateQueries({ predicate: (query) => JSON.stringify(query.queryKey) !== JSON.stringify(removedRead) });
  }

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setError(null);
          setAsking(true);
        }}
      >
        {t('trash.case.remove')}
      </button>
      {error !== null && (
        <div className="case-remove-error">
          <ErrorNotice error={error} />
        </div>
      )}
      {asking && (
        <ConfirmDialog
          title={t('trash.case.remove.title', { reference: record.reference })}
          confirmLabel={t('trash.case.remove.yes')}
          cancelLabel={t('trash.cancel')}
          busy={pending}
          onConfirm={() => void remove()}
          onCancel={() => setAsking(false)}
        >
          <p>{record.title}</p>
          <p>{t('trash.case.remove.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
