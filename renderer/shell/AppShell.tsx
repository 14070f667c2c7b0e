import { useEffect, useRef, type ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/catalog';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref, type Route } from '../routing/routes';
import { LanguageSwitch } from './LanguageSwitch';
import { NameDialog } from './NameDialog';
import { UserProvider, useUser } from './UserContext';
import './AppShell.css';

type Section = 'dashboard' | 'cases' | 'history' | 'settings' | null;

function sectionOf(route: Route): Section {
  switch (route.name) {
    case 'dashboard':
      return 'dashboard';
    case 'cases':
    case 'caseNew':
    case 'case':
    case 'caseEdit':
      return 'cases';
    case 'history':
      return 'history';
    case 'settings':
      return 'settings';
    case 'notFound':
      return null;
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}

const SECTION_TITLES: Readonly<Record<Exclude<Section, null>, MessageKey>> = {
  dashboard: 'nav.dashboard',
  cases: 'nav.cases',
  history: 'history.heading',
  settings: 'settings.title',
};

function NavLink({ route, label, current }: { route: Route; label: string; current: 'page' | 'true' | undefined }) {
  return (
    <a href={routeHref(route)} className="nav-link" aria-current={current}>
      {label}
    </a>
  );
}

function ComingNext({ label }: { label: string }) {
  const { t } = useLocale();
  // Not a link: these screens do not exist yet, so there is nowhere to go.
  return (
    <span className="nav-link nav-disabled" aria-disabled="true" title={`${label} — ${t('nav.comingNext')}`}>
      {label} <span className="nav-soon">{t('nav.comingNext')}</span>
    </span>
  );
}

function UserLink() {
  const { t } = useLocale();
  const { userName } = useUser();
  if (userName === undefined) return null;
  const name = userName ?? t('user.noName');
  return (
    <a href={routeHref({ name: 'settings' })} className="user-link" title={`${t('user.signedInAs')} ${name} — ${t('user.settingsLink')}`}>
      <span className="user-label">{t('user.signedInAs')}</span> <span className="user-name">{name}</span>
    </a>
  );
}

function FirstStartDialog() {
  const { userName } = useUser();
  return userName === null ? <NameDialog /> : null;
}

export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useLocale();
  const mainRef = useRef<HTMLElement>(null);
  const section = sectionOf(route);
  // "page" on the screen itself; "true" on the section a case page belongs to.
  const currentFor = (name: 'dashboard' | 'cases' | 'history') =>
    route.name === name ? 'page' : section === name ? 'true' : undefined;

  useEffect(() => {
    document.title = section === null ? t('app.name') : `${t(SECTION_TITLES[section])} — ${t('app.name')}`;
  }, [section, t]);

  return (
    <UserProvider>
      <div className="app">
        {/* A button, not an in-page anchor: "#main" would be read as a route. */}
        <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
          {t('app.skipToContent')}
        </button>
        <header className="app-header">
          <a href={routeHref({ name: 'dashboard' })} className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </a>
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              <li>
                <NavLink route={{ name: 'dashboard' }} label={t('nav.dashboard')} current={currentFor('dashboard')} />
              </li>
              <li>
                <NavLink route={{ name: 'cases' }} label={t('nav.cases')} current={currentFor('cases')} />
              </li>
              <li>
                <ComingNext label={t('nav.meetings')} />
              </li>
              <li>
                <ComingNext label={t('nav.submissions')} />
              </li>
              {/* After the kinds of record: the history covers them all. */}
              <li>
                <NavLink route={{ name: 'history' }} label={t('history.heading')} current={currentFor('history')} />
              </li>
            </ul>
          </nav>
          <div className="header-tools">
            <LanguageSwitch />
            <UserLink />
          </div>
        </header>
        <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
          {children}
        </main>
        <FirstStartDialog />
      </div>
    </UserProvider>
  );
}
