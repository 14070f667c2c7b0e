// Who attended: added one after another from the keyboard (Enter adds, the
// focus goes back to the name), each for a Party's delegation or an
// organization attending as observer.
import { useRef, useState, type FormEvent } from 'react';
import { AGREEMENT_PARTIES, type PartyCode } from '../../shared/domain/agreements';
import type { MeetingDetail } from '../../shared/meetings/domain';
import { useCommand } from '../api/queries';
import { Field } from '../forms/Field';
import { useFieldErrors } from '../forms/useFieldErrors';
import { useLocale } from '../i18n/LocaleContext';

const ORGANIZATION = 'organization';

export function AttendeesSection({ detail }: { detail: MeetingDetail }) {
  const { t } = useLocale();
  const add = useCommand('attendees.add');
  const remove = useCommand('attendees.remove');
  const errors = useFieldErrors(add.error);
  const nameRef = useRef<HTMLInputElement>(null);
  const empty = { name: '', delegation: '', organization: '', title: '', role: '' };
  const [values, setValues] = useState(empty);
  const parties = AGREEMENT_PARTIES[detail.meeting.agreement];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const byOrganization = values.delegation === ORGANIZATION;
    const response = await add.run({
      meetingId: detail.meeting.id,
      name: values.name,
      party: byOrganization || values.delegation === '' ? null : (values.delegation as PartyCode),
      organization: byOrganization ? values.organization : '',
      title: values.title,
      role: values.role,
    });
    if (response.ok) {
      // The delegation stays chosen: attendees of one delegation are entered together.
      setValues({ ...empty, delegation: values.delegation, organization: values.organization });
      nameRef.current?.focus();
    }
  }

  return (
    <section className="panel meeting-section" aria-labelledby="attendees-heading">
      <h2 id="attendees-heading">{t('meetings.attendees')}</h2>
      {detail.attendees.length === 0 ? (
        <p className="muted">{t('meetings.attendees.none')}</p>
      ) : (
        <table className="simple-table attendees-table">
          <thead>
            <tr>
              <th scope="col">{t('meetings.attendee.name')}</th>
              <th scope="col">{t('meetings.attendee.delegation')}</th>
              <th scope="col">{t('meetings.attendee.title')}</th>
              <th scope="col">{t('meetings.attendee.role')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('meetings.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.attendees.map((attendee) => (
              <tr key={attendee.id}>
                <td>{attendee.name}</td>
                <td>{attendee.party === null ? attendee.organization : t(`party.${attendee.party}`)}</td>
                <td>{attendee.title}</td>
                <td>{attendee.role}</td>
                <td>
                  <button type="button" className="button small" onClick={() => void remove.run({ id: attendee.id })} aria-label={t('meetings.attendee.remove', { name: attendee.name })}>
                    {t('meetings.removeItem')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="inline-form" onSubmit={(event) => void submit(event)} aria-label={t('meetings.attendee.add')} noValidate>
        <Field id="attendee-name" label={t('meetings.attendee.name')} messages={errors.messages('name')}>
          {(control) => <input {...control} ref={nameRef} value={values.name} maxLength={200} onChange={(event) => setValues({ ...values, name: event.target.value })} />}
        </Field>
        <Field id="attendee-delegation" label={t('meetings.attendee.delegation')} messages={[...errors.messages('party'), ...errors.messages('organization')]}>
          {(control) => (
            <select {...control} value={values.delegation} onChange={(event) => setValues({ ...values, delegation: event.target.value })}>
              <option value="">{t('meetings.attendee.delegation.choose')}</option>
              {parties.map((code) => (
                <option key={code} value={code}>
                  {t(`party.${code}`)}
                </option>
              ))}
              <option value={ORGANIZATION}>{t('meetings.attendee.organization')}</option>
            </select>
          )}
        </Field>
        {values.delegation === ORGANIZATION && (
          <Field id="attendee-organization" label={t('meetings.attendee.organization.name')} messages={[]}>
            {(control) => <input {...control} value={values.organization} maxLength={200} onChange={(event) => setValues({ ...values, organization: event.target.value })} />}
          </Field>
        )}
        <Field id="attendee-title" label={t('meetings.attendee.title')} messages={errors.messages('title')}>
          {(control) => <input {...control} value={values.title} maxLength={200} onChange={(event) => setValues({ ...values, title: event.target.value })} />}
        </Field>
        <Field id="attendee-role" label={t('meetings.attendee.role')} messages={errors.messages('role')}>
          {(control) => <input {...control} value={values.role} maxLength={200} onChange={(event) => setValues({ ...values, role: event.target.value })} />}
        </Field>
        <button type="submit" className="button primary" disabled={add.pending}>
          {t('meetings.attendee.add')}
        </button>
      </form>
    </section>
  );
}
