import { useRef, type ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/catalog';
import { useLocale } from '../i18n/LocaleContext';
import { NAV_ENTRIES, routeHref, sectionOf, type Route, type RouteName } from '../routing/routes';
import { useDocumentTitle } from '../routing/useDocumentTitle';
import { LanguageSwitch } from './LanguageSwitch';
import { NameDialog } from './NameDialog';
import { UndoProvider } from './UndoNotice';
import { UserProvider, useUser } from './UserContext';
import './AppShell.css';

/** Kinds of record announced in the navigation before their screens exist, shown before this entry. */
const COMING_NEXT: Readonly<{ before: RouteName; labels: readonly MessageKey[] }> = {
  before: 'history',
  labels: ['nav.submissions'],
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
  useDocumentTitle(route);
  // "page" on the screen itself; "true" on the section a case page belongs to.
  const currentFor = (name: RouteName) => (route.name === name ? 'page' : section === name ? 'true' : undefined);

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
              {NAV_ENTRIES.flatMap((entry) => [
                ...(entry.name === COMING_NEXT.before
                  ? COMING_NEXT.labels.map((label) => (
                      <li key={label}>
                        <ComingNext label={t(label)} />
                      </li>
                    ))
                  : []),
                <li key={entry.name}>
                  <NavLink route={{ name: entry.name } as Route} label={t(entry.label)} current={currentFor(entry.name)} />
                </li>,
              ])}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguageSwitch />
            <UserLink />
          </div>
        </header>
        {/* The Undo notice after a removal outlives the screen it was made on (a removed case's page). */}
        <UndoProvider>
          <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
            {children}
          </main>
        </UndoProvider>
        <FirstStartDialog />
      </div>
    </UserProvider>
  );
}
