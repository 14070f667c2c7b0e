// All meetings in the one table (renderer/table/DataTable.tsx), filtered and
// sorted by SQLite (meetings.list). What the table shows is in the address
// (#/meetings?agreement=…&year=2024), so Back, reload and bookmarks keep it.
// Below it, the decision register of the agreement and body chosen (DecisionRegister).
// A body meets a few times a year: one page of up to 500 meetings holds
// every meeting of the three agreements for decades, so the page reads one.
import { keepPreviousData } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { MeetingRow } from '../../shared/meetings/domain';
import { useQueryMethod } from '../api/queries';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref, type RouteQuery } from '../routing/routes';
import { navigate } from '../routing/useRoute';
import { ErrorNotice } from '../shell/ErrorNotice';
import { plural } from '../shell/plural';
import { ColumnMenu } from '../table/ColumnMenu';
import { DataTable } from '../table/DataTable';
import { groupLayout } from '../table/groupLayout';
import { queryFromView, viewFromQuery, type SortState, type TableView } from '../table/viewState';
import { MEETING_COLUMNS } from './meetingColumns';
import { DecisionRegister } from './DecisionRegister';
import { MeetingFilters } from './MeetingFilters';
import { MEETING_VIEW, meetingQuery, type MeetingFilterName } from './meetingView';
import './meetings.css';

const PAGE = 500;

function showView(view: TableView): void {
  // Replaces the history entry: Back leaves the list instead of undoing each filter.
  navigate({ name: 'meetings', query: queryFromView(MEETING_VIEW, view) }, { replace: true });
}

export function MeetingsPage({ query }: { query: RouteQuery }) {
  const tools = useLocale();
  const { t } = tools;
  const queryKey = JSON.stringify(query);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the address query is a new object each render; its text says when it changed
  const view = useMemo(() => viewFromQuery(MEETING_VIEW, query), [queryKey]);
  const listQuery = useMemo(() => meetingQuery(view, tools.locale), [view, tools.locale]);
  const list = useQueryMethod('meetings.list', { ...listQuery, limit: PAGE }, { placeholderData: keepPreviousData });
  const rows = list.data?.rows;
  const rowAt = useCallback((index: number) => rows?.[index], [rows]);
  const layout = useMemo(() => groupLayout(rows?.length ?? 0, null), [rows]);

  const setFilter = (name: MeetingFilterName, value: string) => {
    const filters: Record<string, string> = { ...view.filters };
    if (value === '') delete filters[name];
    else filters[name] = value;
    showView({ ...view, filters });
  };
  const onSortChange = useCallback((sort: SortState) => showView({ ...view, sort }), [view]);

  return (
    <div className="page meetings-page">
      <div className="page-header">
        <h1>{t('meetings.title')}</h1>
        {list.data !== undefined && (
          <span className="meetings-total" role="status">
            {plural(tools, 'meetings.total', list.data.total)}
          </span>
        )}
        <span className="spacer" />
        <ColumnMenu columns={MEETING_COLUMNS} hidden={view.hidden} onChange={(hidden) => showView({ ...view, hidden })} />
        <a className="button primary" href={routeHref({ name: 'meetingNew' })}>
          {t('meetings.new')}
        </a>
      </div>
      {list.error !== null && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      <MeetingFilters filters={view.filters} onFilter={setFilter} onClear={() => showView({ ...view, filters: {} })} />
      {list.data === undefined ? (
        list.error === null && <p className="muted">{t('app.loading')}</p>
      ) : list.data.total === 0 ? (
        <p className="panel no-match">{t(Object.keys(view.filters).length > 0 ? 'meetings.noMatch' : 'meetings.none')}</p>
      ) : (
        <DataTable<MeetingRow>
          id="meetings"
          label={t('meetings.tableLabel')}
          columns={MEETING_COLUMNS}
          sort={view.sort}
          onSortChange={onSortChange}
          hidden={view.hidden}
          layout={layout}
          rowAt={rowAt}
          rowKey={meetingId}
          onOpen={openMeeting}
          onRange={ignoreRange}
          renderGroup={noGroup}
          resetKey={JSON.stringify(listQuery)}
          stale={list.isPlaceholderData}
          rowClassName="meeting-row"
        />
      )}
      <DecisionRegister agreement={listQuery.agreement} body={listQuery.body} />
    </div>
  );
}

function meetingId(row: MeetingRow): string {
  return row.id;
}

function openMeeting(row: MeetingRow): void {
  navigate({ name: 'meeting', id: row.id });
}

/** Every meeting is on the one page read. */
function ignoreRange(): void {}

function noGroup(): null {
  return null;
}
