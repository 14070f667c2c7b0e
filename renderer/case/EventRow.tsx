// One event: shown, corrected in place, or removed after a confirmation.
// The correction is an edit form of the kit: Escape or Cancel leaves it (and
// asks first when something was changed); the removal is asked in a real
// dialog (Tab stays in it, Escape says no, the focus returns to Remove), and
// once removed, the Undo notice offers it back from the Trash.
import { useEffect, useRef, useState } from 'react';
import type { CaseKind } from '../../shared/cases/domain';
import type { CaseEvent } from '../../shared/events/domain';
import { useCommand } from '../api/queries';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { isDirty } from '../forms/dirty';
import { escapeCancels, focusWhenShown } from '../forms/focus';
import { useFieldErrors } from '../forms/useFieldErrors';
import { useReportDirty } from '../forms/UnsavedScope';
import { useLocale } from '../i18n/LocaleContext';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useUndo } from '../shell/UndoNotice';
import { eventUndo } from '../trash/undoOffers';
import { EventFields, type EventDraft } from './EventFields';

type Mode = 'view' | 'edit' | 'confirmRemove';

type Props = Readonly<{
  kind: CaseKind;
  event: CaseEvent;
  highlighted: boolean;
  /** Says what a save or removal did (a status message for screen readers). */
  onSaid: (status: string) => void;
}>;

function draftOf(event: CaseEvent): EventDraft {
  return { type: event.type, date: event.date, text: event.text, scheduled: event.scheduled };
}

export function EventRow({ kind, event, highlighted, onSaid }: Props) {
  const { t, formatDate } = useLocale();
  const [mode, setMode] = useState<Mode>('view');
  const label = t(`event.${event.type}`);
  const row = `li[data-event-id="${CSS.escape(event.id)}"]`;
  const remove = useCommand('events.remove');
  const offerUndo = useUndo();

  async function confirmRemove() {
    const response = await remove.run({ id: event.id });
    if (!response.ok) {
      setMode('view');
      return;
    }
    // The row is gone: the Undo notice says so and takes the focus (the list's heading once it is closed).
    offerUndo(eventUndo(event));
  }

  if (mode === 'edit')
    return (
      <li className="event is-editing" data-event-id={event.id} tabIndex={-1}>
        <EditEvent
          kind={kind}
          event={event}
          label={label}
          onDone={(saved) => {
            setMode('view');
            if (saved) onSaid(t('forms.saved.correction', { event: t(`event.${saved.type}`), date: formatDate(saved.date) }));
            // The corrected event (which may have moved in the date order), or the Correct button when nothing was saved.
            focusWhenShown(saved ? row : `${row} .event-correct`);
          }}
        />
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
        {remove.error && <ErrorNotice error={remove.error} />}
        {mode === 'confirmRemove' && (
          <ConfirmDialog
            title={t('forms.confirm.remove.title', { record: label })}
            confirmLabel={t('events.remove.yes')}
            cancelLabel={t('events.cancel')}
            busy={remove.pending}
            onConfirm={() => void confirmRemove()}
            onCancel={() => setMode('view')}
          >
            <p>
              {formatDate(event.date)} — {label}
            </p>
            <p>{t('events.remove.confirm')}</p>
          </ConfirmDialog>
        )}
      </div>
      <div className="event-actions">
        <button type="button" className="button small event-correct" onClick={() => setMode('edit')} aria-label={t('events.correct.aria', { event: label })}>
          {t('events.correct')}
        </button>
        <button type="button" className="button small" onClick={() => setMode('confirmRemove')} aria-label={t('events.remove.aria', { event: label })}>
          {t('events.remove')}
        </button>
      </div>
    </li>
  );
}

type EditProps = Readonly<{
  kind: CaseKind;
  event: CaseEvent;
  label: string;
  /** The saved event, or null when the edit was left without saving. */
  onDone: (saved: CaseEvent | null) => void;
}>;

function EditEvent({ kind, event, label, onDone }: EditProps) {
  const { t } = useLocale();
  const [initial] = useState(() => draftOf(event));
  const [draft, setDraft] = useState<EventDraft>(initial);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const update = useCommand('events.update');
  const errors = useFieldErrors(update.error);
  const firstField = useRef<HTMLSelectElement>(null);
  const dirty = isDirty(initial, draft);
  useReportDirty(dirty);
  // Into the form as it opens, so Escape and Tab work from the first key.
  useEffect(() => firstField.current?.focus(), []);

  function cancel() {
    if (dirty) setConfirmDiscard(true);
    else onDone(null);
  }

  async function save(form: React.FormEvent<HTMLFormElement>) {
    form.preventDefault();
    // Only what changed is sent, so the history shows exactly the correction.
    const change = {
      ...(draft.type !== initial.type ? { type: draft.type } : {}),
      ...(draft.date !== initial.date ? { date: draft.date } : {}),
      ...(draft.text !== initial.text ? { text: draft.text } : {}),
      ...(draft.scheduled !== initial.scheduled ? { scheduled: draft.scheduled } : {}),
    };
    if (Object.keys(change).length === 0) {
      onDone(null);
      return;
    }
    const response = await update.run({ id: event.id, ...change });
    if (response.ok) onDone(response.result);
  }

  return (
    <form
      onSubmit={(form) => void save(form)}
      onKeyDown={escapeCancels(cancel)}
      aria-label={t('events.correct.aria', { event: label })}
      noValidate
    >
      {update.error && !update.error.fields && <ErrorNotice error={update.error} />}
      <EventFields idPrefix={`event-${event.id}`} kind={kind} draft={draft} onChange={setDraft} errors={errors} typeRef={firstField} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={update.pending}>
          {t('events.correct.save')}
        </button>
        <button type="button" className="button" onClick={cancel}>
          {t('events.cancel')}
        </button>
      </div>
      {confirmDiscard && (
        <ConfirmDialog
          title={t('forms.discard.title')}
          confirmLabel={t('forms.discard.confirm')}
          cancelLabel={t('forms.discard.keep')}
          onCancel={() => setConfirmDiscard(false)}
          onConfirm={() => onDone(null)}
        >
          <p>{t('forms.discard.body')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
