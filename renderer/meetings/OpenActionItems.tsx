// The dashboard's open action items of every meeting (issue 8 §1), beside the
// treaty time limits: those overdue, flagged, then those due within the
// window the official chooses (7, 30 or 90 days). Items without a due date
// are on their meeting's page.
import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ActionItemRow } from '../../shared/meetings/domain';
import { useQueryMethod } from '../api/queries';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { ErrorNotice } from '../shell/ErrorNotice';
import { plural } from '../shell/plural';
import { bodyName } from './meetingWords';

export const ACTION_WINDOWS = [7, 30, 90] as const;
const LIMIT = 100;

function ActionRow({ item }: { item: ActionItemRow }) {
  const { t, locale, formatDate } = useLocale();
  const owner = [item.ownerName, item.ownerParty === null ? item.ownerOrganization : t(`party.${item.ownerParty}`)].filter((part) => part !== '').join(', ');
  return (
    <tr className={`action-row${item.overdue ? ' tone-overdue' : ''}`}>
      <td className="nowrap">
        {item.overdue && <span className="timing timing-overdue">{t('meetings.actionItem.overdue')}</span>}{' '}
        <time dateTime={item.dueOn ?? undefined} className="limit-date">
          {item.dueOn === null ? '—' : formatDate(item.dueOn)}
        </time>
      </td>
      <td>{item.what}</td>
      <td>{owner === '' ? '—' : owner}</td>
      <td>
        <a href={routeHref({ name: 'meeting', id: item.meetingId })}>
          {bodyName(item.meeting.agreement, item.meeting.body, locale)} — {formatDate(item.meeting.startsOn)}
        </a>
      </td>
    </tr>
  );
}

export function OpenActionItems() {
  const tools = useLocale();
  const { t, formatNumber } = tools;
  const headingId = useId();
  const windowId = useId();
  const [days, setDays] = useState<number>(30);
  const overdue = useQueryMethod('actionItems.list', { status: 'open', overdue: true, limit: LIMIT });
  const upcoming = useQueryMethod('actionItems.list', { status: 'open', dueWithinDays: days, limit: LIMIT }, { placeholderData: keepPreviousData });
  const error = overdue.error ?? upcoming.error;
  const items = [...(overdue.data?.items ?? []), ...(upcoming.data?.items ?? [])];
  const overdueCount = overdue.data?.total ?? 0;
  return (
    <section className="panel open-action-items" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{t('meetings.dashboard.heading')}</h2>
        {overdueCount > 0 && <span className="badge danger">{plural(tools, 'meetings.dashboard.overdue', overdueCount)}</span>}
        <span className="spacer" />
        <label htmlFor={windowId} className="field-label">
          {t('meetings.dashboard.window')}
        </label>
        <select id={windowId} value={days} onChange={(event) => setDays(Number(event.target.value))}>
          {ACTION_WINDOWS.map((option) => (
            <option key={option} value={option}>
              {t('meetings.dashboard.days', { days: formatNumber(option) })}
            </option>
          ))}
        </select>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      {overdue.data === undefined || upcoming.data === undefined ? (
        error === null && <p className="muted">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty-limits">{t('meetings.dashboard.none', { days: formatNumber(days) })}</p>
      ) : (
        <table className="data-table limits-table action-items-dashboard">
          <thead>
            <tr>
              <th scope="col">{t('meetings.actionItem.dueOn')}</th>
              <th scope="col">{t('meetings.actionItem.what')}</th>
              <th scope="col">{t('meetings.actionItem.owner')}</th>
              <th scope="col">{t('meetings.dashboard.meeting')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <ActionRow key={item.id} item={item} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
