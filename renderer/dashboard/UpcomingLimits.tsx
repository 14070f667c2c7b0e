// Overdue and upcoming treaty time limits across all cases (deadlines.upcoming).
import { useId } from 'react';
import type { UpcomingLimit, UpcomingLimits as UpcomingLimitsResult } from '../../shared/deadlines/api';
import { DUE_SOON_DAYS } from '../../shared/procedure/status';
import { localCitation } from '../case/limitPresentation';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { plural } from '../shell/plural';
import { limitTiming, type LimitTiming } from './limitTiming';

function TimingBadge({ timing }: { timing: LimitTiming | null }) {
  const tools = useLocale();
  if (timing === null) return null;
  const text = 'text' in timing ? tools.t(timing.text) : plural(tools, timing.plural, timing.count);
  return <span className={`timing timing-${timing.tone}`}>{text}</span>;
}

function LimitRow({ item }: { item: UpcomingLimit }) {
  const { t, locale, formatDate } = useLocale();
  const { limit } = item;
  const timing = limitTiming(limit);
  return (
    <tr className={`limit-row tone-${timing?.tone ?? 'later'}`}>
      <td>
        <TimingBadge timing={timing} />
      </td>
      <td className="nowrap">
        <span className="limit-kind">{t(`limit.kind.${limit.kind}`)}</span>
        <br />
        <time dateTime={limit.date} className="limit-date">
          {formatDate(limit.date)}
        </time>
      </td>
      <td>
        <span className="limit-title">{limit.title[locale]}</span>
        {limit.perishable && <span className="badge warning limit-perishable">{t('dashboard.limits.perishable')}</span>}
      </td>
      <td>
        <a href={routeHref({ name: 'case', id: item.caseId })} className="case-link">
          <span className="mono">{item.reference}</span>
          <span className="case-link-title">{item.title}</span>
        </a>
      </td>
      <td className="nowrap">{localCitation(limit.article, locale)}</td>
    </tr>
  );
}

export type UpcomingLimitsProps = Readonly<{
  upcoming: UpcomingLimitsResult;
  withinDays: number;
  /** How many more "Show more" would add; 0 hides the button. */
  more: number;
  loadingMore: boolean;
  onShowMore: () => void;
}>;

/**
 * The most urgent limits as the server cut them (in date order), under badges
 * that count all of them: at 100,000 cases there are thousands, and the
 * dashboard shows 50 at first (issue 6 §2).
 */
export function UpcomingLimits({ upcoming, withinDays, more, loadingMore, onShowMore }: UpcomingLimitsProps) {
  const tools = useLocale();
  const { t, formatDate, formatNumber } = tools;
  const headingId = useId();
  const { today, items, counts, truncated } = upcoming;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{t('dashboard.limits.heading', { days: formatNumber(withinDays) })}</h2>
        <span className="muted small">{t('dashboard.limits.today', { date: formatDate(today) })}</span>
        {counts.overdue > 0 && <span className="badge danger">{plural(tools, 'dashboard.limits.overdue', counts.overdue)}</span>}
        {counts.dueSoon > 0 && (
          <span className="badge warning">{plural(tools, 'dashboard.limits.soon', counts.dueSoon, { days: formatNumber(DUE_SOON_DAYS) })}</span>
        )}
        {counts.open > 0 && <span className="badge neutral">{plural(tools, 'dashboard.limits.open', counts.open)}</span>}
        {counts.pastTarget > 0 && <span className="badge past-target">{plural(tools, 'dashboard.limits.pastTarget', counts.pastTarget)}</span>}
      </div>
      {items.length === 0 ? (
        <p className="empty-limits">{t('dashboard.limits.none', { days: formatNumber(withinDays) })}</p>
      ) : (
        <>
          {truncated && (
            <p className="limits-shown muted small">
              {plural(tools, 'dashboard.limits.showing', items.length, { total: formatNumber(counts.total) })}
            </p>
          )}
          <table className="data-table limits-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.limits.when')}</th>
                <th scope="col">{t('dashboard.limits.date')}</th>
                <th scope="col">{t('dashboard.limits.limit')}</th>
                <th scope="col">{t('dashboard.limits.case')}</th>
                <th scope="col">{t('dashboard.limits.article')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <LimitRow key={`${item.caseId}:${item.limit.rule}:${item.limit.from.eventId}`} item={item} />
              ))}
            </tbody>
          </table>
          {more > 0 && (
            <p className="limits-more">
              <button type="button" className="button" onClick={onShowMore} disabled={loadingMore}>
                {t('dashboard.limits.more', { count: formatNumber(more) })}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
