// The first screen: what needs attention (time limits overdue or due in the
// next 30 days: the 50 most urgent, and how many in all) and how many cases
// stand where. With no cases at all, the welcome panel takes its place.
import { useState } from 'react';
import { useApiQuery } from '../api/useApi';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
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
  const summary = useApiQuery('dashboard.summary', {}, '');
  const limits = useApiQuery('deadlines.upcoming', { withinDays: WITHIN_DAYS, limit: shown }, `${WITHIN_DAYS}:${shown}`);
  const reload = () => {
    summary.reload();
    limits.reload();
  };
  const error = summary.error ?? limits.error;
  const empty = summary.data !== null && summary.data.total === 0;

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
      {summary.data === null || (limits.data === null && !empty) ? (
        error === null && <p className="muted">{t('app.loading')}</p>
      ) : empty ? (
        <WelcomePanel onLoaded={reload} />
      ) : (
        <div className="dashboard-grid">
          {limits.data !== null && (
            <UpcomingLimits
              upcoming={limits.data}
              withinDays={WITHIN_DAYS}
              more={Math.max(0, Math.min(PAGE, MAX_SHOWN - shown, limits.data.counts.total - limits.data.items.length))}
              loadingMore={limits.loading}
              onShowMore={() => setShown((current) => Math.min(current + PAGE, MAX_SHOWN))}
            />
          )}
          <SummaryTable summary={summary.data} />
        </div>
      )}
    </div>
  );
}
