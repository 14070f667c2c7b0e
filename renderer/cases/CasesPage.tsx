// All cases in one table (renderer/table/DataTable.tsx). Filtering, sorting
// and grouping are done by SQLite (cases.list) and rows arrive a page at a
// time as the user scrolls, so a casebook of 100,000 cases stays smooth. What
// the table shows is in the address (#/cases?agreement=…&sort=title.asc), so
// Back, reload and bookmarks keep it.
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { CaseRow } from '../../shared/cases/domain';
import { isMessageKey } from '../../shared/i18n/catalog';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref, type RouteQuery } from '../routing/routes';
import { navigate } from '../routing/useRoute';
import { ErrorNotice } from '../shell/ErrorNotice';
import { plural } from '../shell/plural';
import { WelcomePanel } from '../shell/WelcomePanel';
import { ColumnMenu } from '../table/ColumnMenu';
import { DataTable } from '../table/DataTable';
import { groupLayout, type GroupCount } from '../table/groupLayout';
import { isFiltered, queryFromView, viewFromQuery, type SortState, type TableView } from '../table/viewState';
import { CASE_COLUMNS } from './caseColumns';
import { CaseFilters } from './CaseFilters';
import { CASE_VIEW, caseQuery, type CaseFilterName } from './caseView';
import { useCasePages } from './useCasePages';
import { useDebounced } from './useDebounced';
import './CasesPage.css';

// Pages are requested a little before the user reaches them.
const LOOKAHEAD_ROWS = 60;
const SEARCH_DELAY_MS = 250;

function showView(view: TableView): void {
  // Replaces the history entry: Back leaves the list instead of undoing each filter.
  navigate({ name: 'cases', query: queryFromView(CASE_VIEW, view) }, { replace: true });
}

/** The search box: typed text goes to the address once the typing pauses; an address changed by Back or a link fills the box. */
function useSearchText(view: TableView): [string, (text: string) => void] {
  const [search, setSearch] = useState(view.text);
  const settled = useDebounced(search, SEARCH_DELAY_MS);
  const written = useRef(view.text);

  // Reads the view at the time the typing settles, without re-running when other filters change.
  const writeText = useEffectEvent((typed: string) => {
    const text = typed.trim();
    if (text === view.text.trim()) return;
    written.current = text;
    showView({ ...view, text });
  });
  useEffect(() => writeText(settled), [settled]);

  useEffect(() => {
    if (view.text === written.current) return;
    written.current = view.text;
    setSearch(view.text);
  }, [view.text]);

  return [search, setSearch];
}

function GroupHeading({ group, groupBy }: { group: GroupCount; groupBy: string | null }) {
  const tools = useLocale();
  const key = `${groupBy ?? ''}.${group.key}`;
  return (
    <>
      {isMessageKey(key) ? tools.t(key) : group.key} <span className="group-count">{plural(tools, 'cases.group.count', group.count)}</span>
    </>
  );
}

export function CasesPage({ query }: { query: RouteQuery }) {
  const tools = useLocale();
  const { t } = tools;
  const queryKey = JSON.stringify(query);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the address query is a new object each render; its text says when it changed
  const view = useMemo(() => viewFromQuery(CASE_VIEW, query), [queryKey]);
  const [search, setSearch] = useSearchText(view);

  // Coded columns sort by their labels in the language on screen.
  const listQuery = useMemo(() => caseQuery(view, tools.locale), [view, tools.locale]);
  const listKey = JSON.stringify(listQuery);
  const pages = useCasePages(listQuery);
  const { request, rowAt } = pages;
  const layout = useMemo(() => groupLayout(pages.rowCount, pages.groups), [pages.rowCount, pages.groups]);
  const onRange = useCallback((firstRow: number, lastRow: number) => request(firstRow - LOOKAHEAD_ROWS, lastRow + LOOKAHEAD_ROWS), [request]);
  const shownGroupBy = pages.shownGroupBy;
  const renderGroup = useCallback((group: GroupCount) => <GroupHeading group={group} groupBy={shownGroupBy} />, [shownGroupBy]);

  const setFilter = (name: CaseFilterName, value: string) => {
    const filters: Record<string, string> = { ...view.filters };
    if (value === '') delete filters[name];
    else filters[name] = value;
    showView({ ...view, filters });
  };
  const clearFilters = () => {
    setSearch('');
    showView({ ...view, text: '', filters: {} });
  };
  const onSortChange = useCallback((sort: SortState) => showView({ ...view, sort }), [view]);

  const noCasesAtAll = pages.current && pages.total === 0 && !isFiltered(view) && search === '';

  return (
    <div className="page cases-page">
      <div className="page-header">
        <h1>{t('cases.title')}</h1>
        {pages.loaded && !noCasesAtAll && (
          <span className="cases-total" role="status">
            {plural(tools, pages.totalIsLowerBound ? 'cases.totalAtLeast' : 'cases.total', pages.total)}
          </span>
        )}
        <span className="spacer" />
        {!noCasesAtAll && <ColumnMenu columns={CASE_COLUMNS} hidden={view.hidden} onChange={(hidden) => showView({ ...view, hidden })} />}
        <a className="button primary" href={routeHref({ name: 'caseNew' })}>
          {t('cases.new')}
        </a>
      </div>
      {pages.error !== null && <ErrorNotice error={pages.error} onRetry={pages.reload} />}
      {!pages.loaded ? (
        pages.error === null && <p className="muted">{t('app.loading')}</p>
      ) : noCasesAtAll ? (
        <WelcomePanel onLoaded={pages.reload} />
      ) : (
        <>
          <CaseFilters
            filters={view.filters}
            onFilter={setFilter}
            search={search}
            onSearch={setSearch}
            groupBy={view.groupBy}
            onGroupBy={(groupBy) => showView({ ...view, groupBy })}
            onClear={clearFilters}
          />
          {pages.current && pages.total === 0 ? (
            <p className="panel no-match">{t('cases.noMatch')}</p>
          ) : (
            <DataTable<CaseRow>
              id="cases"
              label={t('cases.tableLabel')}
              columns={CASE_COLUMNS}
              sort={view.sort}
              onSortChange={onSortChange}
              hidden={view.hidden}
              layout={layout}
              rowAt={rowAt}
              rowKey={caseId}
              onOpen={openCase}
              onRange={onRange}
              renderGroup={renderGroup}
              resetKey={listKey}
              stale={!pages.current}
              rowClassName="case-row"
            />
          )}
        </>
      )}
    </div>
  );
}

function caseId(row: CaseRow): string {
  return row.id;
}

function openCase(row: CaseRow): void {
  navigate({ name: 'case', id: row.id });
}
