// Type, date and text of one event: shared by "Add an event" and the inline
// correction of an existing one. Messages from the API sit under each field.
import { EVENT_TYPES, type EventType } from '../../shared/domain/events';
import type { FieldErrors } from '../../shared/api/errors';
import { useLocale } from '../i18n/LocaleContext';
import { FieldError } from '../caseForm/FieldError';
import { groupFieldErrors } from '../caseForm/apiMessages';

export type EventDraft = Readonly<{ type: EventType; date: string; text: string }>;

type Props = Readonly<{
  idPrefix: string;
  draft: EventDraft;
  onChange: (draft: EventDraft) => void;
  fields: FieldErrors | undefined;
}>;

export function EventFields({ idPrefix, draft, onChange, fields }: Props) {
  const { t } = useLocale();
  const errors = groupFieldErrors(fields);
  const described = (name: string) => (errors.has(name) ? `${idPrefix}-${name}-error` : undefined);
  return (
    <div className="event-fields">
      <div className="field">
        <label htmlFor={`${idPrefix}-type`}>{t('events.type')}</label>
        <select
          id={`${idPrefix}-type`}
          name="type"
          value={draft.type}
          aria-invalid={errors.has('type')}
          aria-describedby={described('type')}
          onChange={(change) => onChange({ ...draft, type: change.target.value as EventType })}
        >
          {EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`event.${type}`)}
            </option>
          ))}
        </select>
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
