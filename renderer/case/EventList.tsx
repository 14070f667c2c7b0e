// The case's events in date order, with adding, correcting and removing.
// Each change is a command (renderer/api/queries.ts) after which the case is
// read again, because the stage and every time limit are derived from the
// events. Focus after a save: on the corrected event; after adding, back on
// the first field for the next event (repeated entry), with the event named
// in a status message; after a removal, on the list's heading.
import { useRef, useState } from 'react';
import type { CaseKind } from '../../shared/cases/domain';
import { localToday } from '../../shared/domain/dates';
import { eventTypesFor, type CaseEvent } from '../../shared/events/domain';
import { useCommand } from '../api/queries';
import { isDirty } from '../forms/dirty';
import { useFieldErrors } from '../forms/useFieldErrors';
import { useReportDirty } from '../forms/UnsavedScope';
import { useLocale } from '../i18n/LocaleContext';
import { ErrorNotice } from '../shell/ErrorNotice';
import { EventFields, type EventDraft } from './EventFields';
import { EventRow } from './EventRow';

type Props = Readonly<{
  caseId: string;
  kind: CaseKind;
  events: readonly CaseEvent[];
  /** An event picked from the problems panel. */
  highlight: string | null;
}>;

export function EventList({ caseId, kind, events, highlight }: Props) {
  const { t } = useLocale();
  const [status, setStatus] = useState('');
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  return (
    <div className="event-list">
      {/* What a save did, for a screen reader where the focus stays in a form. */}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {sorted.length === 0 ? (
        <p className="case-empty">{t('events.empty')}</p>
      ) : (
        <ol className="events">
          {sorted.map((event) => (
            <EventRow key={event.id} kind={kind} event={event} highlighted={highlight === event.id} onSaid={setStatus} />
          ))}
        </ol>
      )}
      <AddEvent caseId={caseId} kind={kind} onSaid={setStatus} />
    </div>
  );
}

function AddEvent({ caseId, kind, onSaid }: Readonly<{ caseId: string; kind: CaseKind; onSaid: (status: string) => void }>) {
  const { t, formatDate } = useLocale();
  // The first step of the kind: a request for consultations, or a submission filed.
  const blank: EventDraft = { type: eventTypesFor(kind)[0] ?? 'note', date: localToday(), text: '', scheduled: false };
  const [draft, setDraft] = useState<EventDraft>(blank);
  const add = useCommand('events.add');
  const errors = useFieldErrors(add.error);
  const typeRef = useRef<HTMLSelectElement>(null);
  // A type chosen for the next event is kept after a save, so it alone is no unsaved change.
  useReportDirty(isDirty({ ...blank, type: draft.type }, draft));

  async function submit(form: React.FormEvent<HTMLFormElement>) {
    form.preventDefault();
    const response = await add.run({ caseId, ...draft });
    if (!response.ok) return;
    setDraft({ ...blank, type: draft.type });
    onSaid(t('forms.saved.event', { event: t(`event.${response.result.type}`), date: formatDate(response.result.date) }));
    typeRef.current?.focus();
  }

  return (
    <form className="event-add" onSubmit={(form) => void submit(form)} aria-labelledby="event-add-heading" noValidate>
      <h3 id="event-add-heading">{t('events.add.heading')}</h3>
      {add.error && !add.error.fields && <ErrorNotice error={add.error} />}
      <EventFields idPrefix="event-add" kind={kind} draft={draft} onChange={setDraft} errors={errors} typeRef={typeRef} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={add.pending}>
          {t('events.add.submit')}
        </button>
      </div>
    </form>
  );
}
