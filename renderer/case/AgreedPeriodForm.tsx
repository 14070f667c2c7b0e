// "Or such other period as the disputing Parties agree" (CAFTA-DR Art.
// 20.5.1(c), 20.6.1(e), 20.10.4, 20.13.3, 20.13.6, 20.14.1, 20.16.1 and their
// TPA counterparts): the official records the agreed date, or the agreed
// number of days, and a note (limits.agree). Built from the form kit: Escape
// or Cancel leaves it (asking first when something was changed); the caller
// puts the focus back on the button that opened the form.
import { useEffect, useId, useRef, useState } from 'react';
import type { TimeLimitView } from '../../shared/domain/limits';
import { useCommand } from '../api/queries';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { DateField } from '../forms/DateField';
import { isDirty } from '../forms/dirty';
import { Field, FieldMessages } from '../forms/Field';
import { escapeCancels } from '../forms/focus';
import { useFieldErrors } from '../forms/useFieldErrors';
import { useReportDirty } from '../forms/UnsavedScope';
import { useLocale } from '../i18n/LocaleContext';
import { ErrorNotice } from '../shell/ErrorNotice';
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
  const [initial] = useState(() => ({
    mode: (agreedDays === null ? 'date' : 'days') as Mode,
    date: limit.agreed?.date ?? limit.date,
    days: agreedDays === null ? '' : String(agreedDays),
    note: limit.agreed?.note ?? '',
  }));
  const [values, setValues] = useState(initial);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const agree = useCommand('limits.agree');
  const errors = useFieldErrors(agree.error);
  const firstField = useRef<HTMLInputElement>(null);
  const originalDate = limit.agreed?.originalDate ?? limit.date;
  const title = limit.title[locale];
  const dirty = isDirty(initial, values);
  useReportDirty(dirty);

  useEffect(() => {
    firstField.current?.focus();
  }, []);

  function cancel() {
    if (dirty) setConfirmDiscard(true);
    else onCancel();
  }

  async function submit(form: React.FormEvent<HTMLFormElement>) {
    form.preventDefault();
    const period = values.mode === 'date' ? { date: values.date } : values.days.trim() === '' ? {} : { days: Number(values.days) };
    const response = await agree.run({ caseId, rule: limit.rule, note: values.note, ...period });
    if (response.ok) onSaved();
  }

  // The API reports "date or days" on `date`; in days mode it belongs under the days field.
  const periodErrors = [...errors.messages('date'), ...errors.messages('days')];

  return (
    <form id={id} className="agreed-form" aria-labelledby={`${prefix}-heading`} noValidate onSubmit={(form) => void submit(form)} onKeyDown={escapeCancels(cancel)}>
      <p id={`${prefix}-heading`} className="agreed-form-heading">
        {t('agreed.form.heading', { limit: title })}
      </p>
      <p className="field-hint">{t('agreed.form.intro', { article: localCitation(limit.article, locale), date: formatDate(originalDate) })}</p>
      {agree.error && !agree.error.fields && <ErrorNotice error={agree.error} />}
      <FieldMessages id={`${prefix}-rule-error`} messages={errors.messages('rule')} />
      <fieldset className="agreed-form-choice">
        <legend>{t('agreed.form.choice')}</legend>
        {(['date', 'days'] as const).map((option) => (
          <label key={option} className="checkbox">
            <input type="radio" name={`${prefix}-mode`} value={option} checked={values.mode === option} onChange={() => setValues({ ...values, mode: option })} />
            {t(option === 'date' ? 'agreed.form.byDate' : 'agreed.form.byDays')}
          </label>
        ))}
      </fieldset>
      <div className="agreed-form-fields">
        {values.mode === 'date' ? (
          <DateField
            id={`${prefix}-date`}
            inputRef={firstField}
            label={t('agreed.form.date')}
            value={values.date}
            onChange={(date) => setValues({ ...values, date })}
            messages={periodErrors}
          />
        ) : (
          <Field
            id={`${prefix}-days`}
            label={t('agreed.form.days')}
            messages={periodErrors}
            hint={t('agreed.form.days.hint', { date: formatDate(limit.counting.base), days: limit.counting.days })}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={0}
                max={3650}
                step={1}
                value={values.days}
                onChange={(change) => setValues({ ...values, days: change.target.value })}
              />
            )}
          </Field>
        )}
        <Field id={`${prefix}-note`} label={t('agreed.form.note')} messages={errors.messages('note')} className="field-wide">
          {(control) => <textarea {...control} rows={2} value={values.note} onChange={(change) => setValues({ ...values, note: change.target.value })} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={agree.pending}>
          {t('agreed.form.save')}
        </button>
        <button type="button" className="button" onClick={cancel}>
          {t('agreed.form.cancel')}
        </button>
      </div>
      {confirmDiscard && (
        <ConfirmDialog
          title={t('forms.discard.title')}
          confirmLabel={t('forms.discard.confirm')}
          cancelLabel={t('forms.discard.keep')}
          onCancel={() => setConfirmDiscard(false)}
          onConfirm={onCancel}
        >
          <p>{t('forms.discard.body')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
