// New meeting (#/meetings/new) and edit meeting (#/meetings/<id>/edit), on
// the form kit: the API is the one validator, its field messages appear under
// each field; leaving with unsaved changes asks first. An edit sends the
// version it read; a conflict says so and shows the meeting as now stored.
import { useState, type FormEvent } from 'react';
import type { ApiError, ApiResponse } from '../../shared/api/errors';
import { AGREEMENT_IDS, AGREEMENT_PARTIES, type AgreementId, type PartyCode } from '../../shared/domain/agreements';
import { localToday } from '../../shared/domain/dates';
import { MEETING_STATUSES, type Meeting, type MeetingStatus } from '../../shared/meetings/domain';
import { useCommand, useQueryMethod } from '../api/queries';
import { DateField } from '../forms/DateField';
import { Field } from '../forms/Field';
import { useFieldErrors } from '../forms/useFieldErrors';
import { useUnsavedGuard } from '../forms/useUnsavedGuard';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { navigate } from '../routing/useRoute';
import { ErrorNotice } from '../shell/ErrorNotice';
import { bodyOptions } from './meetingWords';
import './meetings.css';

type Values = Readonly<{
  agreement: AgreementId;
  body: string;
  number: string;
  startsOn: string;
  endsOn: string;
  place: string;
  virtual: boolean;
  status: MeetingStatus;
  chair: string;
  publicSession: boolean;
}>;

function valuesOf(meeting: Meeting | null): Values {
  if (meeting === null)
    return { agreement: 'cafta-dr', body: 'ftc', number: '', startsOn: localToday(), endsOn: '', place: '', virtual: false, status: 'planned', chair: '', publicSession: false };
  return {
    agreement: meeting.agreement,
    body: meeting.body,
    number: meeting.number === null ? '' : String(meeting.number),
    startsOn: meeting.startsOn,
    endsOn: meeting.endsOn ?? '',
    place: meeting.place,
    virtual: meeting.virtual,
    status: meeting.status,
    chair: meeting.chair ?? '',
    publicSession: meeting.publicSession,
  };
}

/** The values as the API takes them; a number that is not one is sent as typed, for the API to name. */
function inputOf(values: Values) {
  const number = values.number.trim();
  return {
    agreement: values.agreement,
    body: values.body,
    number: number === '' ? null : /^\d+$/.test(number) ? Number(number) : (number as unknown as number),
    startsOn: values.startsOn,
    endsOn: values.endsOn === '' ? null : values.endsOn,
    place: values.place,
    virtual: values.virtual,
    status: values.status,
    chair: values.chair === '' ? null : (values.chair as PartyCode),
    publicSession: values.publicSession,
  };
}

export function MeetingFormPage({ meetingId }: { meetingId?: string }) {
  const { t } = useLocale();
  const detail = useQueryMethod('meetings.get', { id: meetingId ?? '' }, { enabled: meetingId !== undefined });
  const create = useCommand('meetings.create');
  const update = useCommand('meetings.update');
  if (meetingId === undefined)
    return <MeetingForm base={null} heading={t('meetings.form.new')} cancelHref={routeHref({ name: 'meetings' })} save={(input) => create.run(input)} />;
  if (detail.data === undefined)
    return <div className="page">{detail.error ? <ErrorNotice error={detail.error} /> : <p className="muted">{t('app.loading')}</p>}</div>;
  const meeting = detail.data.meeting;
  return (
    <MeetingForm
      key={meeting.id}
      base={meeting}
      heading={t('meetings.form.edit')}
      cancelHref={routeHref({ name: 'meeting', id: meeting.id })}
      save={(input) => update.run({ id: meeting.id, version: meeting.version, ...input })}
    />
  );
}

type FormProps = Readonly<{
  base: Meeting | null;
  heading: string;
  cancelHref: string;
  save: (input: ReturnType<typeof inputOf>) => Promise<ApiResponse<Meeting>>;
}>;

function MeetingForm({ base, heading, cancelHref, save }: FormProps) {
  const { t, locale } = useLocale();
  const [initial] = useState(() => valuesOf(base));
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = useFieldErrors(error?.code === 'invalid_input' ? error : null);
  const guard = useUnsavedGuard(JSON.stringify(values) !== JSON.stringify(initial));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    const response = await save(inputOf(values));
    setSaving(false);
    if (!response.ok) {
      setError(response.error);
      // The first field named takes the focus, so a keyboard user lands on it.
      const first = response.error.fields === undefined ? undefined : Object.keys(response.error.fields)[0];
      if (first !== undefined) document.getElementById(`meeting-${first}`)?.focus();
      return;
    }
    guard.release();
    navigate({ name: 'meeting', id: response.result.id });
  }

  const bodies = bodyOptions(values.agreement, locale);
  return (
    <div className="page meeting-form-page">
      <h1>{heading}</h1>
      {error !== null && error.code !== 'invalid_input' && <ErrorNotice error={error} />}
      <form className="meeting-form" onSubmit={(event) => void submit(event)} noValidate>
        <Field id="meeting-agreement" label={t('meetings.field.agreement')} messages={errors.messages('agreement')}>
          {(control) => (
            <select
              {...control}
              value={values.agreement}
              onChange={(event) => {
                const agreement = event.target.value as AgreementId;
                // The body and chair chosen may not exist under the other agreement.
                setValues((previous) => ({ ...previous, agreement, body: bodyOptions(agreement, locale).some((body) => body.id === previous.body) ? previous.body : 'ftc', chair: '' }));
              }}
            >
              {AGREEMENT_IDS.map((id) => (
                <option key={id} value={id}>
                  {t(`agreement.${id}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="meeting-body" label={t('meetings.field.body')} messages={errors.messages('body')}>
          {(control) => (
            <select {...control} value={values.body} onChange={(event) => set('body', event.target.value)}>
              {bodies.map((body) => (
                <option key={body.id} value={body.id}>
                  {body.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="meeting-number" label={t('meetings.field.number')} hint={t('meetings.field.number.hint')} messages={errors.messages('number')}>
          {(control) => <input {...control} inputMode="numeric" value={values.number} onChange={(event) => set('number', event.target.value)} />}
        </Field>
        <DateField id="meeting-startsOn" label={t('meetings.field.startsOn')} value={values.startsOn} onChange={(value) => set('startsOn', value)} messages={errors.messages('startsOn')} />
        <DateField
          id="meeting-endsOn"
          label={t('meetings.field.endsOn')}
          hint={t('meetings.field.endsOn.hint')}
          value={values.endsOn}
          onChange={(value) => set('endsOn', value)}
          messages={errors.messages('endsOn')}
        />
        <Field id="meeting-place" label={t('meetings.field.place')} messages={errors.messages('place')}>
          {(control) => <input {...control} value={values.place} maxLength={200} onChange={(event) => set('place', event.target.value)} />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={values.virtual} onChange={(event) => set('virtual', event.target.checked)} /> {t('meetings.field.virtual')}
        </label>
        <Field id="meeting-status" label={t('meetings.field.status')} messages={errors.messages('status')}>
          {(control) => (
            <select {...control} value={values.status} onChange={(event) => set('status', event.target.value as MeetingStatus)}>
              {MEETING_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`meetings.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="meeting-chair" label={t('meetings.field.chair')} messages={errors.messages('chair')}>
          {(control) => (
            <select {...control} value={values.chair} onChange={(event) => set('chair', event.target.value)}>
              <option value="">{t('meetings.field.chair.none')}</option>
              {AGREEMENT_PARTIES[values.agreement].map((code) => (
                <option key={code} value={code}>
                  {t(`party.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={values.publicSession} onChange={(event) => set('publicSession', event.target.checked)} /> {t('meetings.field.publicSession')}
        </label>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? t('meetings.saving') : t('meetings.save')}
          </button>
          <a className="button" href={cancelHref}>
            {t('meetings.cancel')}
          </a>
        </div>
      </form>
      {guard.dialog}
    </div>
  );
}
