// What the meeting asked to be done, by whom and by when: open items with a
// due date passed are flagged overdue. Items entered are corrected in place:
// what and the owner's name saved as typed, like the minutes; the owner's
// delegation and the status when chosen; the due date when a whole date is
// left in its field.
import { useRef, useState, type FormEvent } from 'react';
import { AGREEMENT_PARTIES, type PartyCode } from '../../shared/domain/agreements';
import { ACTION_ITEM_STATUSES, type ActionItem, type ActionItemStatus, type MeetingDetail } from '../../shared/meetings/domain';
import { useCommand } from '../api/queries';
import { DateField } from '../forms/DateField';
import { Field } from '../forms/Field';
import { useFieldErrors } from '../forms/useFieldErrors';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { ErrorNotice } from '../shell/ErrorNotice';
import type { CaseOption } from './AgendaSection';
import { AutosavedCell } from './AutosavedCell';

export function ActionItemsSection({ detail, cases }: { detail: MeetingDetail; cases: readonly CaseOption[] }) {
  const { t } = useLocale();
  const add = useCommand('actionItems.add');
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
            {detail.actionItems.map((item, index) => (
              <ActionItemRow key={item.id} item={item} n={index + 1} today={detail.today} parties={parties} cases={cases} onRemove={() => void remove.run({ id: item.id })} />
            ))}
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

type RowProps = Readonly<{
  item: ActionItem;
  n: number;
  today: string;
  parties: readonly PartyCode[];
  cases: readonly CaseOption[];
  onRemove: () => void;
}>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function ActionItemRow({ item, n, today, parties, cases, onRemove }: RowProps) {
  const { t } = useLocale();
  const update = useCommand('actionItems.update');
  const [dueOn, setDueOn] = useState(item.dueOn ?? '');
  const overdue = item.status === 'open' && item.dueOn !== null && item.dueOn < today;
  const saveText = (field: 'what' | 'ownerName') => async (text: string) => (await update.run({ id: item.id, [field]: text })).ok;
  // Saved on leaving the field, and only a whole date or none: text still being typed is not a date yet.
  const saveDueOn = () => {
    if ((dueOn === '' || ISO_DATE.test(dueOn)) && dueOn !== (item.dueOn ?? '')) void update.run({ id: item.id, dueOn: dueOn === '' ? null : dueOn });
  };
  return (
    <tr className={`action-item${overdue ? ' overdue' : ''}`}>
      <td>
        <AutosavedCell draftKey={`action.${item.id}.what`} column="action-what" stored={item.what} label={t('meetings.actionItem.whatOf', { n })} maxLength={2000} save={saveText('what')} />
        {item.caseId !== null && (
          <a href={routeHref({ name: 'case', id: item.caseId })}>{cases.find((option) => option.id === item.caseId)?.label ?? t('meetings.agenda.linkedCase')}</a>
        )}
        {update.error !== null && <ErrorNotice error={update.error} />}
      </td>
      <td>
        <AutosavedCell
          draftKey={`action.${item.id}.ownerName`}
          column="action-ownerName"
          stored={item.ownerName}
          label={t('meetings.actionItem.ownerNameOf', { n })}
          maxLength={200}
          save={saveText('ownerName')}
        />
        <select
          className="cell-input"
          aria-label={t('meetings.actionItem.ownerPartyOf', { n })}
          value={item.ownerParty ?? ''}
          onChange={(event) => void update.run({ id: item.id, ownerParty: event.target.value === '' ? null : (event.target.value as PartyCode) })}
        >
          <option value="">{item.ownerOrganization === '' ? '—' : item.ownerOrganization}</option>
          {parties.map((code) => (
            <option key={code} value={code}>
              {t(`party.${code}`)}
            </option>
          ))}
        </select>
      </td>
      <td onBlur={saveDueOn}>
        <DateField id={`action-dueOn-${item.id}`} label={<span className="visually-hidden">{t('meetings.actionItem.dueOnOf', { n })}</span>} value={dueOn} onChange={setDueOn} messages={[]} className="cell-date" />
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
        <button type="button" className="button small" onClick={onRemove} aria-label={t('meetings.actionItem.remove', { what: item.what })}>
          {t('meetings.removeItem')}
        </button>
      </td>
    </tr>
  );
}
