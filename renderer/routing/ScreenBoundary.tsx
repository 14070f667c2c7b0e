// A screen that fails to render (or whose code fails to load) shows a notice
// with a way out, instead of taking the whole app down to a blank window.
// Keyed by the route in App.tsx, so going to another screen starts afresh.
import { Component, type ReactNode } from 'react';
import { useLocale } from '../i18n/LocaleContext';

function ScreenFailed() {
  const { t } = useLocale();
  return (
    <div className="page">
      <div className="notice error" role="alert">
        {t('app.screenFailed')}{' '}
        {/* A fresh load: a screen whose code failed to load is not asked for again until then. */}
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('app.retry')}
        </button>
      </div>
    </div>
  );
}

export class ScreenBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}
