// Hash routes keep the app a single file:// page in Electron and a single
// static page in the browser host; no server-side routing is needed.
export type Route =
  | Readonly<{ name: 'dashboard' }>
  | Readonly<{ name: 'cases' }>
  | Readonly<{ name: 'caseNew' }>
  | Readonly<{ name: 'case'; id: string }>
  | Readonly<{ name: 'caseEdit'; id: string }>
  | Readonly<{ name: 'history' }>
  | Readonly<{ name: 'settings' }>
  | Readonly<{ name: 'notFound'; path: string }>;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter((part) => part !== '');
  if (parts.length === 0) return { name: 'dashboard' };
  const [first, second, third] = parts;
  if (first === 'settings' && parts.length === 1) return { name: 'settings' };
  if (first === 'history' && parts.length === 1) return { name: 'history' };
  if (first !== 'cases') return { name: 'notFound', path };
  if (second === undefined) return { name: 'cases' };
  if (second === 'new' && third === undefined) return { name: 'caseNew' };
  if (third === undefined) return { name: 'case', id: decodeURIComponent(second) };
  if (third === 'edit' && parts.length === 3) return { name: 'caseEdit', id: decodeURIComponent(second) };
  return { name: 'notFound', path };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'dashboard':
      return '#/';
    case 'cases':
      return '#/cases';
    case 'caseNew':
      return '#/cases/new';
    case 'case':
      return `#/cases/${encodeURIComponent(route.id)}`;
    case 'caseEdit':
      return `#/cases/${encodeURIComponent(route.id)}/edit`;
    case 'history':
      return '#/history';
    case 'settings':
      return '#/settings';
    case 'notFound':
      return `#${route.path}`;
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}
