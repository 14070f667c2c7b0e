import { CasePage } from './case/CasePage';
import { CaseFormPage } from './caseForm/CaseFormPage';
import { CasesPage } from './cases/CasesPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { HistoryPage } from './history/HistoryPage';
import { LocaleProvider } from './i18n/LocaleContext';
import { useRoute } from './routing/useRoute';
import type { Route } from './routing/routes';
import { AppShell } from './shell/AppShell';
import { NotFoundPage } from './shell/NotFoundPage';
import { SettingsPage } from './shell/SettingsPage';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'dashboard':
      return <DashboardPage />;
    case 'cases':
      return <CasesPage />;
    case 'caseNew':
      return <CaseFormPage />;
    case 'case':
      return <CasePage key={route.id} caseId={route.id} />;
    case 'caseEdit':
      return <CaseFormPage key={route.id} caseId={route.id} />;
    case 'history':
      return <HistoryPage />;
    case 'settings':
      return <SettingsPage />;
    case 'notFound':
      return <NotFoundPage path={route.path} />;
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}

export function App() {
  const route = useRoute();
  return (
    <LocaleProvider>
      <AppShell route={route}>
        <Screen route={route} />
      </AppShell>
    </LocaleProvider>
  );
}
