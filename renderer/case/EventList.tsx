// The case's events in date order, with adding, correcting and removing.
// Every change goes to the API and then the whole case is reloaded, because
// the stage and every time limit are derived from the events.
import { useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import type { CaseKind } from '../../shared/cases/domain';
import { localToday } from '../../shared/domain/dates';
import { eventTypesFor, type CaseEvent } from '../../shared/events/domain';
import { call } from '../api/client';
import { useLocale } from '../i18n/LocaleContext';
import { EventFields, type EventDraft } from './EventFields';
import { EventRow } from './EventRow';

type Props = Readonly<{
  caseId: string;
  kind: CaseKind;
  events: readonly CaseEvent[];
  /** An event picked from the problems panel. */
  highlight: string | null;
  onChanged: () => void;
}>;

export function EventList({ caseId, kind, events, highlight, onChanged }: Props) {
  const { t } = useLocale();
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  return (
    <div className="event-list">
      {sorted.length === 0 ? (
        <p className="case-empty">{t('events.empty')}</p>
      ) : (
        <ol className="events">
          {sorted.map((event) => (
            <EventRow key={event.id} kind={kind} event={event} highlighted={highlight === event.id} onChanged={onChanged} />
          ))}
        </ol>
      )}
      <AddEvent caseId={caseId} kind={kind} onChanged={onChanged} />
    </div>
  );
}

function AddEvent({ caseId, kind, onChanged }: Readonly<{ caseId: string; kind: CaseKind; onChanged: () => void }>) {
  const { t } = useLocale();
  // The first step of the kind: a request for consultations, or a submission filed.
  const blank: EventDraft = { type: eventTypesFor(kind)[0] ?? 'note', date: localToday(), text: '', scheduled: false };
  const [draft, setDraft] = useState<EventDraft>(blank);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(form: React.FormEvent<HTMLFormElement>) {
    form.preventDefault();
    setSaving(true);
    const response = await call('events.add', { caseId, ...draft });
    setSaving(false);
    if (!response.ok) {
      setError(response.error);
      return;
    }
    setError(null);
    setDraft({ ...blank, type: draft.type });
    onChanged();
  }

  return (
    <form className="event-add" onSubmit={(form) => void submit(form)} aria-labelledby="event-add-heading" noValidate>
      <h3 id="event-add-heading">{t('events.add.heading')}</h3>
      {error && !error.fields && <p className="notice error">{error.message}</p>}
      <EventFields idPrefix="event-add" kind={kind} draft={draft} onChange={setDraft} fields={error?.fields} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {t('events.add.submit')}
        </button>
      </div>
    </form>
  );
}
