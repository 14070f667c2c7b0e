// The screen switch, derived from the route table (routing/routes.ts).
import { Suspense, type ComponentType } from 'react';
import { LocaleProvider, useLocale } from './i18n/LocaleContext';
import { DataGate } from './recovery/DataGate';
import { routeParams, routeSpec, type Route, type ScreenProps } from './routing/routes';
import { ScreenBoundary } from './routing/ScreenBoundary';
import { useRoute } from './routing/useRoute';
import { AppShell } from './shell/AppShell';
import { NotFoundPage } from './shell/NotFoundPage';

function Loading() {
  const { t } = useLocale();
  return <p className="page muted">{t('app.loading')}</p>;
}

function Screen({ route }: { route: Route }) {
  if (route.name === 'notFound') return <NotFoundPage path={route.path} />;
  // Each entry's Screen takes its own parameters; routeParams reads them off the route by the entry's path.
  const { Screen: Component } = routeSpec(route.name) as { Screen: ComponentType<ScreenProps<Readonly<Record<string, string>>>> };
  return <Component params={routeParams(route)} query={route.query ?? {}} />;
}

export function App() {
  const route = useRoute();
  return (
    <LocaleProvider>
      {/* The recovery screen instead of the app when the data file is damaged (issue 7 §1). */}
      <DataGate>
        <AppShell route={route}>
          <ScreenBoundary key={route.name === 'notFound' ? route.path : JSON.stringify([route.name, routeParams(route)])}>
            <Suspense fallback={<Loading />}>
              <Screen route={route} />
            </Suspense>
          </ScreenBoundary>
        </AppShell>
      </DataGate>
    </LocaleProvider>
  );
}
