// The dashboard's obligations to meet (issue 8 §1): each body the reference
// requires to meet at least once a year, with its last held meeting, the day
// its next one is due by that rule (flagged when passed), a planned meeting if
// one is entered, and the whole years recorded without one. An obligation the
// reference marks unverified is shown as such.
import { useId } from 'react';
import type { ObligationStatus } from '../../shared/meetings/obligations';
import { useQueryMethod } from '../api/queries';
import { localCitation } from '../case/limitPresentation';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { ErrorNotice } from '../shell/ErrorNotice';
import { plural } from '../shell/plural';
import { bodyName } from './meetingWords';

/** The most recent years without a meeting named; older ones are counted. */
const YEARS_NAMED = 3;

function ObligationRow({ status }: { status: ObligationStatus }) {
  const tools = useLocale();
  const { t, locale, formatDate } = tools;
  const named = status.yearsWithout.slice(-YEARS_NAMED).reverse();
  const earlier = status.yearsWithout.length - named.length;
  return (
    <tr className={status.overdue ? 'tone-overdue' : undefined}>
      <td>
        <a href={routeHref({ name: 'meetings', query: { agreement: status.agreement, body: status.body } })}>
          {t(`agreement.${status.agreement}`)} — {bodyName(status.agreement, status.body, locale)}
        </a>
        <div className="muted small">
          {t('meetings.obligations.rule', { article: localCitation(status.article, locale) })}
          {!status.verified && <span className="badge">{t('meetings.obligations.unverified')}</span>}
        </div>
      </td>
      <td className="nowrap">{status.lastHeldOn === null ? t('meetings.obligations.noneHeld') : formatDate(status.lastHeldOn)}</td>
      <td className="nowrap">
        {status.overdue && <span className="timing timing-overdue">{t('meetings.obligations.overdue')}</span>}{' '}
        {status.nextDueOn === null ? '—' : <time dateTime={status.nextDueOn}>{formatDate(status.nextDueOn)}</time>}
        {status.plannedOn !== null && <div className="muted small">{t('meetings.obligations.planned', { date: formatDate(status.plannedOn) })}</div>}
      </td>
      <td>
        {named.length === 0 ? '—' : named.join(', ')}
        {earlier > 0 && ` ${plural(tools, 'meetings.obligations.moreYears', earlier)}`}
      </td>
    </tr>
  );
}

export function MeetingObligations() {
  const tools = useLocale();
  const { t } = tools;
  const headingId = useId();
  const answer = useQueryMethod('meetings.obligations', {});
  const overdue = answer.data?.obligations.filter((status) => status.overdue).length ?? 0;
  return (
    <section className="panel meeting-obligations" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{t('meetings.obligations.heading')}</h2>
        {overdue > 0 && <span className="badge danger">{plural(tools, 'meetings.obligations.overdue', overdue)}</span>}
      </div>
      <p className="muted">{t('meetings.obligations.note')}</p>
      {answer.error !== null && <ErrorNotice error={answer.error} />}
      {answer.data === undefined ? (
        answer.error === null && <p className="muted">{t('app.loading')}</p>
      ) : (
        <table className="data-table limits-table">
          <thead>
            <tr>
              <th scope="col">{t('meetings.obligations.body')}</th>
              <th scope="col">{t('meetings.obligations.lastHeld')}</th>
              <th scope="col">{t('meetings.obligations.nextDue')}</th>
              <th scope="col">{t('meetings.obligations.yearsWithout')}</th>
            </tr>
          </thead>
          <tbody>
            {answer.data.obligations.map((status) => (
              <ObligationRow key={`${status.agreement} ${status.body}`} status={status} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
