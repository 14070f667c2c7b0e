// What a table shows — text search, filters, sort, grouping, hidden columns —
// read from and written to the screen's address query, so Back, reload and
// bookmarks keep it. Anything in the address that the table does not offer
// (an old bookmark, a hand-edited link) is ignored rather than sent to the API.
import type { RouteQuery } from '../routing/routes';

export type SortState = Readonly<{ column: string; desc: boolean }>;

export type TableViewSpec = Readonly<{
  /** Filter name (in the address and the list query) → the values it may take. */
  filters: Readonly<Record<string, readonly string[]>>;
  sortColumns: readonly string[];
  defaultSort: SortState;
  groups: readonly string[];
  /** Columns the user may hide. */
  hideable: readonly string[];
}>;

export type TableView = Readonly<{
  text: string;
  /** Filter name → chosen value; filters not set are absent. */
  filters: Readonly<Record<string, string>>;
  sort: SortState;
  groupBy: string | null;
  /** Hidden columns, in the order the spec lists them. */
  hidden: readonly string[];
}>;

// Reserved address names; filter names must not use them.
const TEXT = 'q';
const SORT = 'sort';
const GROUP = 'group';
const HIDE = 'hide';
const MAX_TEXT = 200;

export function defaultView(spec: TableViewSpec): TableView {
  return { text: '', filters: {}, sort: spec.defaultSort, groupBy: null, hidden: [] };
}

function parseSort(spec: TableViewSpec, value: string | undefined): SortState {
  if (value === undefined) return spec.defaultSort;
  const dot = value.lastIndexOf('.');
  const column = dot === -1 ? value : value.slice(0, dot);
  const direction = dot === -1 ? 'asc' : value.slice(dot + 1);
  if (!spec.sortColumns.includes(column) || (direction !== 'asc' && direction !== 'desc')) return spec.defaultSort;
  return { column, desc: direction === 'desc' };
}

export function viewFromQuery(spec: TableViewSpec, query: RouteQuery): TableView {
  const filters: Record<string, string> = {};
  for (const [name, values] of Object.entries(spec.filters)) {
    const value = query[name];
    if (value !== undefined && values.includes(value)) filters[name] = value;
  }
  const group = query[GROUP];
  const hiddenNames = new Set((query[HIDE] ?? '').split(','));
  return {
    text: (query[TEXT] ?? '').slice(0, MAX_TEXT),
    filters,
    sort: parseSort(spec, query[SORT]),
    groupBy: group !== undefined && spec.groups.includes(group) ? group : null,
    hidden: spec.hideable.filter((column) => hiddenNames.has(column)),
  };
}

/** The address query for a view; what equals the default is left out, so the plain address is the default view. */
export function queryFromView(spec: TableViewSpec, view: TableView): RouteQuery {
  const query: Record<string, string> = {};
  const text = view.text.trim();
  if (text !== '') query[TEXT] = text;
  for (const name of Object.keys(spec.filters)) {
    const value = view.filters[name];
    if (value !== undefined && value !== '') query[name] = value;
  }
  if (view.sort.column !== spec.defaultSort.column || view.sort.desc !== spec.defaultSort.desc)
    query[SORT] = `${view.sort.column}.${view.sort.desc ? 'desc' : 'asc'}`;
  if (view.groupBy !== null) query[GROUP] = view.groupBy;
  const hidden = spec.hideable.filter((column) => view.hidden.includes(column));
  if (hidden.length > 0) query[HIDE] = hidden.join(',');
  return query;
}

export function isFiltered(view: TableView): boolean {
  return view.text.trim() !== '' || Object.keys(view.filters).length > 0;
}
