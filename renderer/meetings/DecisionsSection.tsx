// The decisions the meeting adopted, with their numbers where the body
// numbers them ("FTC Decision No. 3") and the day adopted (the meeting's last
// day unless another is given).
import { useRef, useState, type FormEvent } from 'react';
import type { Decision, MeetingDetail } from '../../shared/meetings/domain';
import { useCommand } from '../api/queries';
import { DateField } from '../forms/DateField';
import { Field } from '../forms/Field';
import { useFieldErrors } from '../forms/useFieldErrors';
import { useLocale } from '../i18n/LocaleContext';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useAutosave } from './useAutosave';

export function DecisionsSection({ detail }: { detail: MeetingDetail }) {
  const { t, formatDate } = useLocale();
  const add = useCommand('decisions.add');
  const remove = useCommand('decisions.remove');
  const errors = useFieldErrors(add.error);
  const [values, setValues] = useState({ number: '', text: '', adoptedOn: '' });
  const textRef = useRef<HTMLTextAreaElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const number = values.number.trim();
    const response = await add.run({
      meetingId: detail.meeting.id,
      number: number === '' ? null : number,
      text: values.text,
      ...(values.adoptedOn !== '' && { adoptedOn: values.adoptedOn }),
    });
    if (response.ok) {
      setValues({ number: '', text: '', adoptedOn: '' });
      textRef.current?.focus();
    }
  }

  return (
    <section className="panel meeting-section" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('meetings.decisions')}</h2>
      {detail.decisions.length === 0 ? (
        <p className="muted">{t('meetings.decisions.none')}</p>
      ) : (
        <ul className="decision-list">
          {detail.decisions.map((decision) => (
            <li key={decision.id} className="decision">
              <p>
                <strong>{decision.number === null ? t('meetings.decision') : t('meetings.decision.numbered', { number: decision.number })}</strong> —{' '}
                {formatDate(decision.adoptedOn)}
              </p>
              <DecisionText decision={decision} />
              <button type="button" className="button small" onClick={() => void remove.run({ id: decision.id })} aria-label={t('meetings.decision.remove')}>
                {t('meetings.removeItem')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={(event) => void submit(event)} aria-label={t('meetings.decision.add')} noValidate>
        <Field id="decision-text" label={t('meetings.decision.text')} messages={errors.messages('text')} className="wide">
          {(control) => <textarea {...control} ref={textRef} rows={2} value={values.text} onChange={(event) => setValues({ ...values, text: event.target.value })} />}
        </Field>
        <Field id="decision-number" label={t('meetings.decision.number')} messages={errors.messages('number')}>
          {(control) => <input {...control} value={values.number} maxLength={40} onChange={(event) => setValues({ ...values, number: event.target.value })} />}
        </Field>
        <DateField
          id="decision-adoptedOn"
          label={t('meetings.decision.adoptedOn')}
          value={values.adoptedOn}
          onChange={(adoptedOn) => setValues({ ...values, adoptedOn })}
          messages={errors.messages('adoptedOn')}
        />
        <button type="submit" className="button primary" disabled={add.pending}>
          {t('meetings.decision.add')}
        </button>
      </form>
    </section>
  );
}

/** A decision's text, corrected in place and saved as typed, as the minutes are. */
function DecisionText({ decision }: { decision: Decision }) {
  const { t } = useLocale();
  const update = useCommand('decisions.update');
  const text = useAutosave(`decision.${decision.id}`, decision.text, async (value) => (await update.run({ id: decision.id, text: value })).ok);
  const id = `decision-text-${decision.id}`;
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('meetings.decision.text')}
      </label>
      <textarea id={id} className="decision-text" rows={2} value={text.text} onChange={(event) => text.setText(event.target.value)} onBlur={() => void text.flush()} />
      <p className="autosave-state muted" aria-live="polite">
        {t(`meetings.autosave.${text.state}`)}
      </p>
      {update.error !== null && <ErrorNotice error={update.error} />}
    </>
  );
}
