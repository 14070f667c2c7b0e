// The first screen: what needs attention (time limits overdue or due in the
// next 30 days: the 50 most urgent, and how many in all) and how many cases
// stand where. With no cases at all, the welcome panel takes its place.
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useQueryMethod, useRefreshAll } from '../api/queries';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { MeetingObligations } from '../meetings/MeetingObligations';
import { OpenActionItems } from '../meetings/OpenActionItems';
import { ErrorNotice } from '../shell/ErrorNotice';
import { WelcomePanel } from '../shell/WelcomePanel';
import { SummaryTable } from './SummaryTable';
import { UpcomingLimits } from './UpcomingLimits';
import './DashboardPage.css';

const WITHIN_DAYS = 30;
/** The most urgent limits shown at first, and how many more each "Show more" adds (issue 6 §2). */
const PAGE = 50;
/** deadlines.upcoming answers at most this many (shared/api/schemas.ts). */
const MAX_SHOWN = 200;

export function DashboardPage() {
  const { t } = useLocale();
  const [shown, setShown] = useState(PAGE);
  const summary = useQueryMethod('dashboard.summary', {});
  // "Show more" keeps the limits already shown while the longer list is read.
  const limits = useQueryMethod('deadlines.upcoming', { withinDays: WITHIN_DAYS, limit: shown }, { placeholderData: keepPreviousData });
  // Loading the sample casebook changes every count: everything on screen is read again.
  const reload = useRefreshAll();
  const error = summary.error ?? limits.error;
  const empty = summary.data !== undefined && summary.data.total === 0;

  return (
    <div className="page dashboard-page">
      <div className="page-header">
        <h1>{t('dashboard.title')}</h1>
        <span className="spacer" />
        {!empty && (
          <a className="button primary" href={routeHref({ name: 'caseNew' })}>
            {t('cases.new')}
          </a>
        )}
      </div>
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {summary.data === undefined || (limits.data === undefined && !empty) ? (
        error === null && <p className="muted">{t('app.loading')}</p>
      ) : empty ? (
        <WelcomePanel onLoaded={reload} />
      ) : (
        <div className="dashboard-grid">
          {limits.data !== undefined && (
            <UpcomingLimits
              upcoming={limits.data}
              withinDays={WITHIN_DAYS}
              more={Math.max(0, Math.min(PAGE, MAX_SHOWN - shown, limits.data.counts.total - limits.data.items.length))}
              loadingMore={limits.isPlaceholderData}
              onShowMore={() => setShown((current) => Math.min(current + PAGE, MAX_SHOWN))}
            />
          )}
          <OpenActionItems />
          <MeetingObligations />
          <SummaryTable summary={summary.data} />
        </div>
      )}
    </div>
  );
}
