import { useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import type { CaseKind } from '../../shared/cases/domain';
import type { CaseEvent } from '../../shared/events/domain';
import { call } from '../api/client';
import { useLocale } from '../i18n/LocaleContext';
import { EventFields, type EventDraft } from './EventFields';

type Mode = 'view' | 'edit' | 'confirmRemove';

type Props = Readonly<{ kind: CaseKind; event: CaseEvent; highlighted: boolean; onChanged: () => void }>;

function draftOf(event: CaseEvent): EventDraft {
  return { type: event.type, date: event.date, text: event.text, scheduled: event.scheduled };
}

/** One event: shown, corrected in place, or removed after a confirmation. */
export function EventRow({ kind, event, highlighted, onChanged }: Props) {
  const { t, formatDate } = useLocale();
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState<EventDraft>(() => draftOf(event));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const label = t(`event.${event.type}`);

  function startEdit() {
    setDraft(draftOf(event));
    setError(null);
    setMode('edit');
  }

  async function save(form: React.FormEvent<HTMLFormElement>) {
    form.preventDefault();
    // Only what changed is sent, so the history shows exactly the correction.
    const change = {
      ...(draft.type !== event.type ? { type: draft.type } : {}),
      ...(draft.date !== event.date ? { date: draft.date } : {}),
      ...(draft.text !== event.text ? { text: draft.text } : {}),
      ...(draft.scheduled !== event.scheduled ? { scheduled: draft.scheduled } : {}),
    };
    if (Object.keys(change).length === 0) {
      setMode('view');
      return;
    }
    setBusy(true);
    const response = await call('events.update', { id: event.id, ...change });
    setBusy(false);
    if (!response.ok) {
      setError(response.error);
      return;
    }
    setMode('view');
    onChanged();
  }

  async function remove() {
    setBusy(true);
    const response = await call('events.remove', { id: event.id });
    setBusy(false);
    if (!response.ok) {
      setError(response.error);
      return;
    }
    onChanged();
  }

  if (mode === 'edit')
    return (
      <li className="event is-editing" data-event-id={event.id} tabIndex={-1}>
        <form onSubmit={(form) => void save(form)} aria-label={t('events.correct.aria', { event: label })} noValidate>
          {error && !error.fields && <p className="notice error">{error.message}</p>}
          <EventFields idPrefix={`event-${event.id}`} kind={kind} draft={draft} onChange={setDraft} fields={error?.fields} />
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {t('events.correct.save')}
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              {t('events.cancel')}
            </button>
          </div>
        </form>
      </li>
    );

  return (
    <li
      className={`event${event.scheduled ? ' is-scheduled' : ''}${highlighted ? ' is-highlighted' : ''}`}
      data-event-id={event.id}
      tabIndex={-1}
    >
      <div className="event-date">{formatDate(event.date)}</div>
      <div className="event-body">
        <div className="event-type">
          {label}
          {event.scheduled && <span className="tag tag-scheduled">{t('events.scheduled.tag')}</span>}
        </div>
        {event.text && <div className="event-text">{event.text}</div>}
        {error && <p className="notice error">{error.message}</p>}
        {mode === 'confirmRemove' && (
          <div className="event-confirm" role="alertdialog" aria-label={t('events.remove.confirm')}>
            <p>{t('events.remove.confirm')}</p>
            <button type="button" className="button danger" disabled={busy} onClick={() => void remove()}>
              {t('events.remove.yes')}
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              {t('events.cancel')}
            </button>
          </div>
        )}
      </div>
      {mode === 'view' && (
        <div className="event-actions">
          <button type="button" className="button small" onClick={startEdit} aria-label={t('events.correct.aria', { event: label })}>
            {t('events.correct')}
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => setMode('confirmRemove')}
            aria-label={t('events.remove.aria', { event: label })}
          >
            {t('events.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
