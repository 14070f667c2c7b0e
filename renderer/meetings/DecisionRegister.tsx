// The decision register (issue 8 §1): the decisions adopted across meetings,
// for the agreement and body chosen in the meetings filters above it (year and
// status choose meetings, not decisions: the register keeps every year), the
// newest first, each with a link to the meeting that adopted it.
import { keepPreviousData } from '@tanstack/react-query';
import { useId } from 'react';
import type { AgreementId } from '../../shared/domain/agreements';
import type { DecisionRow } from '../../shared/meetings/domain';
import { useQueryMethod } from '../api/queries';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { ErrorNotice } from '../shell/ErrorNotice';
import { plural } from '../shell/plural';
import { bodyName } from './meetingWords';

const LIMIT = 200;

function RegisterRow({ decision, showAgreement }: { decision: DecisionRow; showAgreement: boolean }) {
  const { t, locale, formatDate } = useLocale();
  const { meeting } = decision;
  const meetingName = meeting.number === null ? formatDate(meeting.startsOn) : `${t('meetings.number', { n: meeting.number })} — ${formatDate(meeting.startsOn)}`;
  return (
    <tr>
      <td className="nowrap">
        <time dateTime={decision.adoptedOn}>{formatDate(decision.adoptedOn)}</time>
      </td>
      <td className="nowrap">{decision.number ?? '—'}</td>
      <td className="register-text">{decision.text}</td>
      <td>
        {bodyName(meeting.agreement, meeting.body, locale)}
        {showAgreement && <span className="muted register-agreement">{t(`agreement.${meeting.agreement}`)}</span>}
      </td>
      <td className="nowrap">
        <a href={routeHref({ name: 'meeting', id: meeting.id })}>{meetingName}</a>
      </td>
    </tr>
  );
}

export function DecisionRegister({ agreement, body }: { agreement?: AgreementId | undefined; body?: string | undefined }) {
  const tools = useLocale();
  const { t, formatNumber } = tools;
  const headingId = useId();
  const input = { ...(agreement !== undefined && { agreement }), ...(body !== undefined && { body }), limit: LIMIT };
  const register = useQueryMethod('decisions.list', input, { placeholderData: keepPreviousData });
  const data = register.data;
  return (
    <section className="panel decision-register" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{t('meetings.register.heading')}</h2>
        {data !== undefined && <span className="meetings-total">{plural(tools, 'meetings.register.total', data.total)}</span>}
      </div>
      {register.error !== null && <ErrorNotice error={register.error} onRetry={() => void register.refetch()} />}
      {data === undefined ? (
        register.error === null && <p className="muted">{t('app.loading')}</p>
      ) : data.items.length === 0 ? (
        <p className="muted">{t(agreement === undefined && body === undefined ? 'meetings.register.none' : 'meetings.register.noMatch')}</p>
      ) : (
        <>
          <table className="simple-table register-table">
            <caption className="visually-hidden">{t('meetings.register.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.register.adoptedOn')}</th>
                <th scope="col">{t('meetings.decision.number')}</th>
                <th scope="col">{t('meetings.decision.text')}</th>
                <th scope="col">{t('meetings.column.body')}</th>
                <th scope="col">{t('meetings.dashboard.meeting')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((decision) => (
                <RegisterRow key={decision.id} decision={decision} showAgreement={agreement === undefined} />
              ))}
            </tbody>
          </table>
          {data.total > data.items.length && (
            <p className="muted">{t('meetings.register.shown', { shown: formatNumber(data.items.length), total: formatNumber(data.total) })}</p>
          )}
        </>
      )}
    </section>
  );
}
