// What the meeting asked to be done, by whom and by when: open items with a
// due date passed are flagged overdue; the status changes in place.
import { useRef, useState, type FormEvent } from 'react';
import { AGREEMENT_PARTIES, type PartyCode } from '../../shared/domain/agreements';
import { ACTION_ITEM_STATUSES, type ActionItemStatus, type MeetingDetail } from '../../shared/meetings/domain';
import { useCommand } from '../api/queries';
import { DateField } from '../forms/DateField';
import { Field } from '../forms/Field';
import { useFieldErrors } from '../forms/useFieldErrors';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import type { CaseOption } from './AgendaSection';

export function ActionItemsSection({ detail, cases }: { detail: MeetingDetail; cases: readonly CaseOption[] }) {
  const { t, formatDate } = useLocale();
  const add = useCommand('actionItems.add');
  const update = useCommand('actionItems.update');
  const remove = useCommand('actionItems.remove');
  const errors = useFieldErrors(add.error);
  const empty = { what: '', ownerName: '', ownerParty: '', dueOn: '', caseId: '' };
  const [values, setValues] = useState(empty);
  const whatRef = useRef<HTMLInputElement>(null);
  const parties = AGREEMENT_PARTIES[detail.meeting.agreement];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const response = await add.run({
      meetingId: detail.meeting.id,
      what: values.what,
      ownerName: values.ownerName,
      ownerParty: values.ownerParty === '' ? null : (values.ownerParty as PartyCode),
      dueOn: values.dueOn === '' ? null : values.dueOn,
      caseId: values.caseId === '' ? null : values.caseId,
    });
    if (response.ok) {
      setValues(empty);
      whatRef.current?.focus();
    }
  }

  return (
    <section className="panel meeting-section" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('meetings.actionItems')}</h2>
      {detail.actionItems.length === 0 ? (
        <p className="muted">{t('meetings.actionItems.none')}</p>
      ) : (
        <table className="simple-table action-items-table">
          <thead>
            <tr>
              <th scope="col">{t('meetings.actionItem.what')}</th>
              <th scope="col">{t('meetings.actionItem.owner')}</th>
              <th scope="col">{t('meetings.actionItem.dueOn')}</th>
              <th scope="col">{t('meetings.actionItem.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('meetings.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.actionItems.map((item) => {
              const overdue = item.status === 'open' && item.dueOn !== null && item.dueOn < detail.today;
              const owner = [item.ownerName, item.ownerParty === null ? item.ownerOrganization : t(`party.${item.ownerParty}`)].filter((part) => part !== '').join(', ');
              return (
                <tr key={item.id} className={`action-item${overdue ? ' overdue' : ''}`}>
                  <td>
                    {item.what}
                    {item.caseId !== null && (
                      <>
                        {' '}
                        <a href={routeHref({ name: 'case', id: item.caseId })}>{cases.find((option) => option.id === item.caseId)?.label ?? t('meetings.agenda.linkedCase')}</a>
                      </>
                    )}
                  </td>
                  <td>{owner}</td>
                  <td>
                    {item.dueOn === null ? '—' : formatDate(item.dueOn)}
                    {overdue && <span className="badge danger overdue-mark">{t('meetings.actionItem.overdue')}</span>}
                  </td>
                  <td>
                    <select
                      aria-label={t('meetings.actionItem.statusOf', { what: item.what })}
                      value={item.status}
                      onChange={(event) => void update.run({ id: item.id, status: event.target.value as ActionItemStatus })}
                    >
                      {ACTION_ITEM_STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {t(`meetings.actionStatus.${status}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" className="button small" onClick={() => void remove.run({ id: item.id })} aria-label={t('meetings.actionItem.remove', { what: item.what })}>
                      {t('meetings.removeItem')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <form className="inline-form" onSubmit={(event) => void submit(event)} aria-label={t('meetings.actionItem.add')} noValidate>
        <Field id="action-what" label={t('meetings.actionItem.what')} messages={errors.messages('what')} className="wide">
          {(control) => <input {...control} ref={whatRef} value={values.what} maxLength={2000} onChange={(event) => setValues({ ...values, what: event.target.value })} />}
        </Field>
        <Field id="action-ownerName" label={t('meetings.actionItem.ownerName')} messages={errors.messages('ownerName')}>
          {(control) => <input {...control} value={values.ownerName} maxLength={200} onChange={(event) => setValues({ ...values, ownerName: event.target.value })} />}
        </Field>
        <Field id="action-ownerParty" label={t('meetings.actionItem.ownerParty')} messages={errors.messages('ownerParty')}>
          {(control) => (
            <select {...control} value={values.ownerParty} onChange={(event) => setValues({ ...values, ownerParty: event.target.value })}>
              <option value="">—</option>
              {parties.map((code) => (
                <option key={code} value={code}>
                  {t(`party.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateField id="action-dueOn" label={t('meetings.actionItem.dueOn')} value={values.dueOn} onChange={(dueOn) => setValues({ ...values, dueOn })} messages={errors.messages('dueOn')} />
        <Field id="action-caseId" label={t('meetings.agenda.case')} messages={errors.messages('caseId')}>
          {(control) => (
            <select {...control} value={values.caseId} onChange={(event) => setValues({ ...values, caseId: event.target.value })}>
              <option value="">{t('meetings.agenda.noCase')}</option>
              {cases.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button primary" disabled={add.pending}>
          {t('meetings.actionItem.add')}
        </button>
      </form>
    </section>
  );
}
