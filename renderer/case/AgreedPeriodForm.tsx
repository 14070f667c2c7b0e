// "Or such other period as the disputing Parties agree" (CAFTA-DR Art.
// 20.5.1(c), 20.6.1(e), 20.10.4, 20.13.3, 20.13.6, 20.14.1, 20.16.1 and their
// TPA counterparts): the official records the agreed date, or the agreed
// number of days, and a note (limits.agree). Escape cancels; the caller puts
// the focus back on the button that opened the form.
import { useEffect, useId, useRef, useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import type { TimeLimitView } from '../../shared/domain/limits';
import { call } from '../api/client';
import { groupFieldErrors } from '../caseForm/apiMessages';
import { FieldError } from '../caseForm/FieldError';
import { useLocale } from '../i18n/LocaleContext';
import { localCitation } from './limitPresentation';

type Props = Readonly<{
  id: string;
  caseId: string;
  limit: TimeLimitView;
  onSaved: () => void;
  onCancel: () => void;
}>;

type Mode = 'date' | 'days';

export function AgreedPeriodForm({ id, caseId, limit, onSaved, onCancel }: Props) {
  const { t, locale, formatDate } = useLocale();
  const prefix = useId();
  // An agreement recorded as a number of days is changed as one.
  const agreedDays = limit.agreed?.days ?? null;
  const [mode, setMode] = useState<Mode>(agreedDays === null ? 'date' : 'days');
  const [date, setDate] = useState(limit.agreed?.date ?? limit.date);
  const [days, setDays] = useState(agreedDays === null ? '' : String(agreedDays));
  const [note, setNote] = useState(limit.agreed?.note ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const errors = groupFieldErrors(error?.fields);
  const originalDate = limit.agreed?.originalDate ?? limit.date;
  const title = limit.title[locale];

  useEffect(() => {
    firstField.current?.focus();
  }, []);

  async function submit(form: React.FormEvent<HTMLFormElement>) {
    form.preventDefault();
    setSaving(true);
    const period = mode === 'date' ? { date } : days.trim() === '' ? {} : { days: Number(days) };
    const response = await call('limits.agree', { caseId, rule: limit.rule, note, ...period });
    setSaving(false);
    if (!response.ok) {
      setError(response.error);
      return;
    }
    onSaved();
  }

  const described = (...names: string[]) => {
    const ids = names.filter((name) => errors.has(name)).map((name) => `${prefix}-${name}-error`);
    return ids.length > 0 ? ids.join(' ') : undefined;
  };
  // The API reports "date or days" on `date`; in days mode it belongs under the days field.
  const periodErrors = [...(errors.get('date') ?? []), ...(errors.get('days') ?? [])];

  return (
    <form
      id={id}
      className="agreed-form"
      aria-labelledby={`${prefix}-heading`}
      noValidate
      onSubmit={(form) => void submit(form)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <p id={`${prefix}-heading`} className="agreed-form-heading">
        {t('agreed.form.heading', { limit: title })}
      </p>
      <p className="field-hint">{t('agreed.form.intro', { article: localCitation(limit.article, locale), date: formatDate(originalDate) })}</p>
      {error && !error.fields && <p className="notice error">{error.message}</p>}
      <FieldError id={`${prefix}-rule-error`} errors={errors.get('rule')} />
      <fieldset className="agreed-form-choice">
        <legend>{t('agreed.form.choice')}</legend>
        {(['date', 'days'] as const).map((option) => (
          <label key={option} className="checkbox">
            <input
              type="radio"
              name={`${prefix}-mode`}
              value={option}
              checked={mode === option}
              onChange={() => setMode(option)}
            />
            {t(option === 'date' ? 'agreed.form.byDate' : 'agreed.form.byDays')}
          </label>
        ))}
      </fieldset>
      <div className="agreed-form-fields">
        {mode === 'date' ? (
          <div className="field">
            <label htmlFor={`${prefix}-date`}>{t('agreed.form.date')}</label>
            <input
              ref={firstField}
              id={`${prefix}-date`}
              type="date"
              value={date}
              aria-invalid={periodErrors.length > 0}
              aria-describedby={described('date', 'days')}
              onChange={(change) => setDate(change.target.value)}
            />
            <FieldError id={`${prefix}-date-error`} errors={periodErrors} />
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${prefix}-days`}>{t('agreed.form.days')}</label>
            <input
              id={`${prefix}-days`}
              type="number"
              inputMode="numeric"
              min={0}
              max={3650}
              step={1}
              value={days}
              aria-invalid={periodErrors.length > 0}
              aria-describedby={[`${prefix}-days-hint`, described('date', 'days')].filter(Boolean).join(' ')}
              onChange={(change) => setDays(change.target.value)}
            />
            <p className="field-hint" id={`${prefix}-days-hint`}>
              {t('agreed.form.days.hint', { date: formatDate(limit.counting.base), days: limit.counting.days })}
            </p>
            <FieldError id={`${prefix}-days-error`} errors={periodErrors} />
          </div>
        )}
        <div className="field field-wide">
          <label htmlFor={`${prefix}-note`}>{t('agreed.form.note')}</label>
          <textarea
            id={`${prefix}-note`}
            rows={2}
            value={note}
            aria-invalid={errors.has('note')}
            aria-describedby={described('note')}
            onChange={(change) => setNote(change.target.value)}
          />
          <FieldError id={`${prefix}-note-error`} errors={errors.get('note')} />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {t('agreed.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('agreed.form.cancel')}
        </button>
      </div>
    </form>
  );
}
