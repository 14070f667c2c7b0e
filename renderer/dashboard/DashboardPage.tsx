// The first screen: what needs attention (time limits overdue or due in the
// next 30 days) and how many cases stand where. With no cases at all, the
// welcome panel takes its place.
import { useApiQuery } from '../api/useApi';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { ErrorNotice } from '../shell/ErrorNotice';
import { WelcomePanel } from '../shell/WelcomePanel';
import { SummaryTable } from './SummaryTable';
import { UpcomingLimits } from './UpcomingLimits';
import './DashboardPage.css';

const WITHIN_DAYS = 30;

export function DashboardPage() {
  const { t } = useLocale();
  const summary = useApiQuery('dashboard.summary', {}, '');
  const limits = useApiQuery('deadlines.upcoming', { withinDays: WITHIN_DAYS }, String(WITHIN_DAYS));
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
          {limits.data !== null && <UpcomingLimits today={limits.data.today} items={limits.data.items} withinDays={WITHIN_DAYS} />}
          <SummaryTable summary={summary.data} />
        </div>
      )}
    </div>
  );
}
