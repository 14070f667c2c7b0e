// The one route table. Every screen is one entry: its address, its title, its
// place in the navigation and its screen (loaded on first visit). The address
// parser, links (routeHref), the screen switch (App.tsx), the navigation
// (AppShell.tsx) and the tab title are all derived from it, so adding a screen
// is adding an entry here.
//
// Hash routes keep the app a single file:// page in Electron and a single
// static page in the browser host; no server-side routing is needed. A route
// may carry a query after the path (#/cases?agreement=cafta-dr&sort=title.asc):
// the view a screen shows (filters, sort, grouping), so Back, reload and
// bookmarks keep it.
import { createElement, lazy, type ComponentType, type ReactNode } from 'react';
import type { Input, Method, Result } from '../../shared/api/contract';
import type { MessageKey } from '../../shared/i18n/catalog';

/** The address query of a route: name → value, in the order written. */
export type RouteQuery = Readonly<Record<string, string>>;

type SegmentParams<S extends string> = S extends `:${infer Name}` ? { [K in Name]: string } : unknown;
/** 'cases/:id/edit' → { id: string } */
export type PathParams<P extends string> = P extends `${infer Head}/${infer Rest}`
  ? SegmentParams<Head> & PathParams<Rest>
  : SegmentParams<P>;

export type ScreenProps<Params> = Readonly<{ params: Params; query: RouteQuery }>;

/** The API read that names a screen's record, and the name in its answer (the read is shared with the screen through the query cache). */
export type RecordRead = Readonly<{ method: Method; input: unknown; name: (result: unknown) => string }>;

export function recordRead<M extends Method>(method: M, input: Input<M>, name: (result: Result<M>) => string): RecordRead {
  return { method, input, name: name as (result: unknown) => string };
}

type RouteSpec<P extends string> = Readonly<{
  /** Segments separated by '/', ':name' for a parameter; '' is the start screen. */
  path: P;
  /** The screen's name in the tab title. */
  title: MessageKey;
  /** Screens about one record: the title with the record's name ({name}), and the read that gives that name. */
  record?: Readonly<{ title: MessageKey; read: (params: PathParams<P>) => RecordRead }>;
  /** A link in the main navigation, with this label. */
  nav?: MessageKey;
  /** The navigation entry this screen belongs under (a case page under Cases). */
  section?: string;
  /** Loaded on first visit: keeps the first paint small, and keeps this table free of import cycles with the screens that link back to it. */
  screen: () => Promise<(props: ScreenProps<PathParams<P>>) => ReactNode>;
}>;

function route<const P extends string>(spec: RouteSpec<P>) {
  return {
    ...spec,
    Screen: lazy(async () => ({ default: (await spec.screen()) as ComponentType<ScreenProps<PathParams<P>>> })),
  };
}

// Order matters where paths overlap: 'cases/new' is tried before 'cases/:id'.
export const ROUTES = {
  dashboard: route({
    path: '',
    title: 'nav.dashboard',
    nav: 'nav.dashboard',
    screen: async () => {
      const { DashboardPage } = await import('../dashboard/DashboardPage');
      return () => createElement(DashboardPage);
    },
  }),
  cases: route({
    path: 'cases',
    title: 'nav.cases',
    nav: 'nav.cases',
    screen: async () => {
      const { CasesPage } = await import('../cases/CasesPage');
      return ({ query }) => createElement(CasesPage, { query });
    },
  }),
  caseNew: route({
    path: 'cases/new',
    title: 'cases.new',
    section: 'cases',
    screen: async () => {
      const { CaseFormPage } = await import('../caseForm/CaseFormPage');
      return () => createElement(CaseFormPage);
    },
  }),
  case: route({
    path: 'cases/:id',
    title: 'route.case',
    record: { title: 'route.case.named', read: ({ id }) => recordRead('cases.get', { id }, (detail) => detail.case.reference) },
    section: 'cases',
    screen: async () => {
      const { CasePage } = await import('../case/CasePage');
      // Keyed by id: another case is a fresh page, not this one's state with new props.
      return ({ params }) => createElement(CasePage, { key: params.id, caseId: params.id });
    },
  }),
  caseEdit: route({
    path: 'cases/:id/edit',
    title: 'route.caseEdit',
    record: { title: 'route.caseEdit.named', read: ({ id }) => recordRead('cases.get', { id }, (detail) => detail.case.reference) },
    section: 'cases',
    screen: async () => {
      const { CaseFormPage } = await import('../caseForm/CaseFormPage');
      return ({ params }) => createElement(CaseFormPage, { key: params.id, caseId: params.id });
    },
  }),
  // Meetings of the Commissions and their bodies (issue 8).
  meetings: route({
    path: 'meetings',
    title: 'nav.meetings',
    nav: 'nav.meetings',
    screen: async () => {
      const { MeetingsPage } = await import('../meetings/MeetingsPage');
      return ({ query }) => createElement(MeetingsPage, { query });
    },
  }),
  meetingNew: route({
    path: 'meetings/new',
    title: 'meetings.new',
    section: 'meetings',
    screen: async () => {
      const { MeetingFormPage } = await import('../meetings/MeetingFormPage');
      return () => createElement(MeetingFormPage);
    },
  }),
  meeting: route({
    path: 'meetings/:id',
    title: 'route.meeting',
    section: 'meetings',
    screen: async () => {
      const { MeetingPage } = await import('../meetings/MeetingPage');
      return ({ params }) => createElement(MeetingPage, { key: params.id, meetingId: params.id });
    },
  }),
  meetingEdit: route({
    path: 'meetings/:id/edit',
    title: 'meetings.form.edit',
    section: 'meetings',
    screen: async () => {
      const { MeetingFormPage } = await import('../meetings/MeetingFormPage');
      return ({ params }) => createElement(MeetingFormPage, { key: params.id, meetingId: params.id });
    },
  }),
  // After the kinds of record in the navigation: the history covers them all.
  history: route({
    path: 'history',
    title: 'history.heading',
    nav: 'history.heading',
    screen: async () => {
      const { HistoryPage } = await import('../history/HistoryPage');
      return () => createElement(HistoryPage);
    },
  }),
  // Removed records of every kind, to restore (issue 6 §1).
  trash: route({
    path: 'trash',
    title: 'trash.heading',
    nav: 'trash.heading',
    screen: async () => {
      const { TrashPage } = await import('../trash/TrashPage');
      return () => createElement(TrashPage);
    },
  }),
  settings: route({
    path: 'settings',
    title: 'settings.title',
    screen: async () => {
      const { SettingsPage } = await import('../shell/SettingsPage');
      return () => createElement(SettingsPage);
    },
  }),
  // Settings → Backups: the copies of the data file, and restore (issue 7 §2).
  backups: route({
    path: 'settings/backups',
    title: 'backups.heading',
    section: 'settings',
    screen: async () => {
      const { BackupsPage } = await import('../backups/BackupsPage');
      return () => createElement(BackupsPage);
    },
  }),
} as const;

type Routes = typeof ROUTES;
export type RouteName = keyof Routes;
type PathOf<N extends RouteName> = Routes[N]['path'];

/** A screen with its parameters (flat: { name: 'case', id }) and, optionally, its address query. */
export type RouteOf<N extends RouteName> = Readonly<{ name: N; query?: RouteQuery } & PathParams<PathOf<N>>>;
export type NotFoundRoute = Readonly<{ name: 'notFound'; path: string }>;
export type Route = { [N in RouteName]: RouteOf<N> }[RouteName] | NotFoundRoute;

const ROUTE_NAMES = Object.keys(ROUTES) as RouteName[];

export function routeSpec(name: RouteName): Routes[RouteName] {
  return ROUTES[name];
}

/** The parameter names of a route, from its path. */
function paramNames(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment.startsWith(':'))
    .map((segment) => segment.slice(1));
}

/** A route's path parameters, as the screen receives them. */
export function routeParams(route: Route): Readonly<Record<string, string>> {
  if (route.name === 'notFound') return {};
  const record = route as unknown as Readonly<Record<string, string>>;
  return Object.fromEntries(paramNames(ROUTES[route.name].path).map((name) => [name, record[name] ?? '']));
}

function matchPath(pattern: string, parts: readonly string[]): Record<string, string> | null {
  const segments = pattern === '' ? [] : pattern.split('/');
  if (segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    const part = parts[index] ?? '';
    if (segment.startsWith(':')) {
      try {
        params[segment.slice(1)] = decodeURIComponent(part);
      } catch {
        return null; // a malformed %-escape is no record's id
      }
    } else if (segment !== part) return null;
  }
  return params;
}

function parseQuery(search: string): RouteQuery {
  const query: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) if (value !== '') query[key] = value;
  return query;
}

export function parseRoute(hash: string): Route {
  const address = hash.replace(/^#/, '') || '/';
  const queryAt = address.indexOf('?');
  const path = queryAt === -1 ? address : address.slice(0, queryAt);
  const query = queryAt === -1 ? {} : parseQuery(address.slice(queryAt + 1));
  const parts = path.split('/').filter((part) => part !== '');
  for (const name of ROUTE_NAMES) {
    const params = matchPath(ROUTES[name].path, parts);
    if (params === null) continue;
    const found = Object.keys(query).length === 0 ? { name, ...params } : { name, ...params, query };
    return found as Route;
  }
  return { name: 'notFound', path };
}

// Commas are left as they are (a list of columns reads "hide=kind,stage");
// everything else is escaped, so the value reads back exactly.
function queryString(query: RouteQuery): string {
  return Object.entries(query)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
    .join('&');
}

export function routeHref(route: Route): string {
  if (route.name === 'notFound') return `#${route.path}`;
  const params = routeParams(route);
  const path = ROUTES[route.name].path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? encodeURIComponent(params[segment.slice(1)] ?? '') : segment))
    .join('/');
  const search = route.query === undefined ? '' : queryString(route.query);
  return `#/${path}${search === '' ? '' : `?${search}`}`;
}

export type NavEntry = Readonly<{ name: RouteName; label: MessageKey }>;

/** The main navigation, in route table order. */
export const NAV_ENTRIES: readonly NavEntry[] = ROUTE_NAMES.flatMap((name) => {
  const spec: { nav?: MessageKey } = ROUTES[name];
  return spec.nav === undefined ? [] : [{ name, label: spec.nav }];
});

/** The navigation entry a route is shown under, if any. */
export function sectionOf(route: Route): RouteName | null {
  if (route.name === 'notFound') return null;
  const spec: { nav?: MessageKey; section?: string } = ROUTES[route.name];
  if (spec.nav !== undefined) return route.name;
  const section = spec.section;
  return section !== undefined && section in ROUTES ? (section as RouteName) : null;
}
