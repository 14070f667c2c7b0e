// Type, date, text and "scheduled" of one event: shared by "Add an event" and
// the inline correction of an existing one, built from the form kit. Only the
// steps of the case's kind are offered (eventTypesFor), each with a line
// saying which date to enter; periods count from delivery (issue 5 §1). The
// API's messages sit under each field.
import type { Ref } from 'react';
import { eventTypesFor, type EventType } from '../../shared/events/domain';
import type { CaseKind } from '../../shared/cases/domain';
import { useLocale } from '../i18n/LocaleContext';
import { DateField } from '../forms/DateField';
import { Field, FieldMessages, messagesId } from '../forms/Field';
import type { FieldErrorMap } from '../forms/useFieldErrors';

export type EventDraft = Readonly<{ type: EventType; date: string; text: string; scheduled: boolean }>;

type Props = Readonly<{
  idPrefix: string;
  kind: CaseKind;
  draft: EventDraft;
  onChange: (draft: EventDraft) => void;
  errors: FieldErrorMap;
  /** The first field: the focus goes back to it after an event is added, for the next one. */
  typeRef?: Ref<HTMLSelectElement>;
}>;

export function EventFields({ idPrefix, kind, draft, onChange, errors, typeRef }: Props) {
  const { t } = useLocale();
  const offered = eventTypesFor(kind);
  // An event recorded before its type left this kind's list still shows what it is.
  const types = offered.includes(draft.type) ? offered : [draft.type, ...offered];
  const scheduledId = `${idPrefix}-scheduled`;
  return (
    <div className="event-fields">
      <Field id={`${idPrefix}-type`} label={t('events.type')} messages={errors.messages('type')} hint={t(`eventHelp.${draft.type}`)}>
        {(control) => (
          <select {...control} ref={typeRef} name="type" value={draft.type} onChange={(change) => onChange({ ...draft, type: change.target.value as EventType })}>
            {types.map((type) => (
              <option key={type} value={type}>
                {t(`event.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DateField
        id={`${idPrefix}-date`}
        label={t('events.date')}
        value={draft.date}
        onChange={(date) => onChange({ ...draft, date })}
        messages={errors.messages('date')}
      />
      <div className={`field field-wide field-scheduled${errors.has('scheduled') ? ' has-error' : ''}`}>
        <label className="checkbox">
          <input
            id={scheduledId}
            name="scheduled"
            type="checkbox"
            checked={draft.scheduled}
            aria-describedby={[`${scheduledId}-hint`, ...(errors.has('scheduled') ? [messagesId(scheduledId)] : [])].join(' ')}
            onChange={(change) => onChange({ ...draft, scheduled: change.target.checked })}
          />
          {t('events.scheduled')}
        </label>
        <p className="field-hint" id={`${scheduledId}-hint`}>
          {t('events.scheduled.hint')}
        </p>
        <FieldMessages id={messagesId(scheduledId)} messages={errors.messages('scheduled')} />
      </div>
      <Field id={`${idPrefix}-text`} label={t('events.text')} messages={errors.messages('text')} className="field-wide">
        {(control) => <textarea {...control} name="text" rows={2} value={draft.text} onChange={(change) => onChange({ ...draft, text: change.target.value })} />}
      </Field>
    </div>
  );
}
