// Type, date, text and "scheduled" of one event: shared by "Add an event" and
// the inline correction of an existing one. Only the steps of the case's
// kind are offered (eventTypesFor), each with a line saying which date to
// enter; periods count from delivery (issue 5 §1). Messages from the API sit
// under each field.
import { eventTypesFor, type EventType } from '../../shared/events/domain';
import type { CaseKind } from '../../shared/cases/domain';
import type { FieldErrors } from '../../shared/api/errors';
import { useLocale } from '../i18n/LocaleContext';
import { FieldError } from '../caseForm/FieldError';
import { groupFieldErrors } from '../caseForm/apiMessages';

export type EventDraft = Readonly<{ type: EventType; date: string; text: string; scheduled: boolean }>;

type Props = Readonly<{
  idPrefix: string;
  kind: CaseKind;
  draft: EventDraft;
  onChange: (draft: EventDraft) => void;
  fields: FieldErrors | undefined;
}>;

export function EventFields({ idPrefix, kind, draft, onChange, fields }: Props) {
  const { t } = useLocale();
  const errors = groupFieldErrors(fields);
  const described = (name: string, ...also: string[]) =>
    [...also, ...(errors.has(name) ? [`${idPrefix}-${name}-error`] : [])].join(' ') || undefined;
  const offered = eventTypesFor(kind);
  // An event recorded before its type left this kind's list still shows what it is.
  const types = offered.includes(draft.type) ? offered : [draft.type, ...offered];
  return (
    <div className="event-fields">
      <div className="field">
        <label htmlFor={`${idPrefix}-type`}>{t('events.type')}</label>
        <select
          id={`${idPrefix}-type`}
          name="type"
          value={draft.type}
          aria-invalid={errors.has('type')}
          aria-describedby={described('type', `${idPrefix}-type-help`)}
          onChange={(change) => onChange({ ...draft, type: change.target.value as EventType })}
        >
          {types.map((type) => (
            <option key={type} value={type}>
              {t(`event.${type}`)}
            </option>
          ))}
        </select>
        <p className="field-hint event-type-help" id={`${idPrefix}-type-help`}>
          {t(`eventHelp.${draft.type}`)}
        </p>
        <FieldError id={`${idPrefix}-type-error`} errors={errors.get('type')} />
      </div>
      <div className="field field-date">
        <label htmlFor={`${idPrefix}-date`}>{t('events.date')}</label>
        <input
          id={`${idPrefix}-date`}
          name="date"
          type="date"
          value={draft.date}
          aria-invalid={errors.has('date')}
          aria-describedby={described('date')}
          onChange={(change) => onChange({ ...draft, date: change.target.value })}
        />
        <FieldError id={`${idPrefix}-date-error`} errors={errors.get('date')} />
      </div>
      <div className="field field-wide field-scheduled">
        <label className="checkbox">
          <input
            id={`${idPrefix}-scheduled`}
            name="scheduled"
            type="checkbox"
            checked={draft.scheduled}
            aria-describedby={described('scheduled', `${idPrefix}-scheduled-hint`)}
            onChange={(change) => onChange({ ...draft, scheduled: change.target.checked })}
          />
          {t('events.scheduled')}
        </label>
        <p className="field-hint" id={`${idPrefix}-scheduled-hint`}>
          {t('events.scheduled.hint')}
        </p>
        <FieldError id={`${idPrefix}-scheduled-error`} errors={errors.get('scheduled')} />
      </div>
      <div className="field field-wide">
        <label htmlFor={`${idPrefix}-text`}>{t('events.text')}</label>
        <textarea
          id={`${idPrefix}-text`}
          name="text"
          rows={2}
          value={draft.text}
          aria-invalid={errors.has('text')}
          aria-describedby={described('text')}
          onChange={(change) => onChange({ ...draft, text: change.target.value })}
        />
        <FieldError id={`${idPrefix}-text-error`} errors={errors.get('text')} />
      </div>
    </div>
  );
}
