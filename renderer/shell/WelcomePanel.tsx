// What a new user sees while the casebook is empty: what the app is for, and
// the two ways to start (the sample casebook, or a first case of their own).
import { useId, useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import { call } from '../api/client';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { ErrorNotice } from './ErrorNotice';
import './WelcomePanel.css';

export function WelcomePanel({ onLoaded }: { onLoaded: () => void }) {
  const { t, locale } = useLocale();
  const titleId = useId();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function loadSample() {
    setLoading(true);
    setError(null);
    const response = await call('demo.load', { locale });
    setLoading(false);
    if (response.ok) onLoaded();
    else setError(response.error);
  }

  return (
    <section className="welcome panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('welcome.title')}</h2>
      <p>{t('welcome.what')}</p>
      <p>{t('welcome.limits')}</p>
      <p className="muted">{t('welcome.offline')}</p>
      {error !== null && <ErrorNotice error={error} />}
      <div className="welcome-actions">
        <div className="welcome-action">
          <button type="button" className="button primary" disabled={loading} onClick={() => void loadSample()}>
            {loading ? t('welcome.loading') : t('welcome.loadSample')}
          </button>
          <p className="small muted">{t('welcome.loadSampleHelp')}</p>
        </div>
        <div className="welcome-action">
          <a className="button" href={routeHref({ name: 'caseNew' })}>
            {t('welcome.newCase')}
          </a>
        </div>
      </div>
    </section>
  );
}
