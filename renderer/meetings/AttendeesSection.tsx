// Who attended: added one after another from the keyboard (Enter adds, the
// focus goes back to the name), each for a Party's delegation or an
// organization attending as observer. Those entered are corrected in place:
// text saved as typed, like the minutes; a delegation saved when chosen.
import { useRef, useState, type FormEvent } from 'react';
import { AGREEMENT_PARTIES, type PartyCode } from '../../shared/domain/agreements';
import type { Attendee, MeetingDetail } from '../../shared/meetings/domain';
import { useCommand } from '../api/queries';
import { Field } from '../forms/Field';
import { useFieldErrors } from '../forms/useFieldErrors';
import { useLocale } from '../i18n/LocaleContext';
import { ErrorNotice } from '../shell/ErrorNotice';
import { AutosavedCell } from './AutosavedCell';

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
            {detail.attendees.map((attendee, index) => (
              <AttendeeRow key={attendee.id} attendee={attendee} n={index + 1} parties={parties} onRemove={() => void remove.run({ id: attendee.id })} />
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

type RowProps = Readonly<{ attendee: Attendee; n: number; parties: readonly PartyCode[]; onRemove: () => void }>;

function AttendeeRow({ attendee, n, parties, onRemove }: RowProps) {
  const { t } = useLocale();
  const update = useCommand('attendees.update');
  const save = (fields: Readonly<{ name?: string; organization?: string; title?: string; role?: string }>) => async () => (await update.run({ id: attendee.id, ...fields })).ok;
  const cell = (field: 'name' | 'organization' | 'title' | 'role', label: string) => (
    <AutosavedCell
      draftKey={`attendee.${attendee.id}.${field}`}
      column={`attendee-${field}`}
      stored={attendee[field]}
      label={label}
      maxLength={200}
      save={(text) => save({ [field]: text })()}
    />
  );
  // Neither a Party nor an organization: entered without a delegation, to be chosen.
  const delegation = attendee.party ?? (attendee.organization === '' ? '' : ORGANIZATION);
  return (
    <tr className="attendee-row">
      <td>
        {cell('name', t('meetings.attendee.nameOf', { n }))}
        {update.error !== null && <ErrorNotice error={update.error} />}
      </td>
      <td>
        <select
          className="cell-input"
          aria-label={t('meetings.attendee.delegationOf', { n })}
          value={delegation}
          // A Party's delegation clears the organization: a person speaks for exactly one of the two.
          onChange={(event) =>
            void update.run(event.target.value === ORGANIZATION ? { id: attendee.id, party: null } : { id: attendee.id, party: event.target.value as PartyCode, organization: '' })
          }
        >
          {delegation === '' && <option value="">{t('meetings.attendee.delegation.choose')}</option>}
          {parties.map((code) => (
            <option key={code} value={code}>
              {t(`party.${code}`)}
            </option>
          ))}
          <option value={ORGANIZATION}>{t('meetings.attendee.organization')}</option>
        </select>
        {delegation === ORGANIZATION && cell('organization', t('meetings.attendee.organizationOf', { n }))}
      </td>
      <td>{cell('title', t('meetings.attendee.titleOf', { n }))}</td>
      <td>{cell('role', t('meetings.attendee.roleOf', { n }))}</td>
      <td>
        <button type="button" className="button small" onClick={onRemove} aria-label={t('meetings.attendee.remove', { name: attendee.name })}>
          {t('meetings.removeItem')}
        </button>
      </td>
    </tr>
  );
}
