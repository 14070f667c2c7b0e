// The meetings list's view — filters, sort, hidden columns — as the table
// spec (renderer/table/viewState.ts) reads it from the address, and as the
// meetings.list query it asks for.
import type { Input } from '../../shared/api/contract';
import { AGREEMENT_IDS } from '../../shared/domain/agreements';
import type { Locale } from '../../shared/history/domain';
import { BODY_IDS, MEETING_STATUSES } from '../../shared/meetings/domain';
import { MEETING_SORT_COLUMNS, type MeetingSortColumn } from '../../shared/meetings/schemas';
import type { TableView, TableViewSpec } from '../table/viewState';

/** meetings.list without the page: what decides which rows, in which order. */
export type MeetingQuery = Omit<Input<'meetings.list'>, 'offset' | 'limit' | 'after'>;

/** The years the year filter offers (the agreements were signed from 2004 on). */
export const MEETING_YEARS: readonly string[] = Array.from({ length: 2060 - 2004 + 1 }, (_, index) => String(2060 - index));

export const MEETING_FILTER_VALUES = {
  agreement: AGREEMENT_IDS,
  body: BODY_IDS,
  year: MEETING_YEARS,
  status: MEETING_STATUSES,
} as const;
export type MeetingFilterName = keyof typeof MEETING_FILTER_VALUES;

export const MEETING_VIEW: TableViewSpec = {
  filters: MEETING_FILTER_VALUES,
  sortColumns: MEETING_SORT_COLUMNS,
  defaultSort: { column: 'startsOn', desc: true },
  groups: [],
  hideable: ['agreement', 'number', 'place', 'status'],
};

function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}

export function meetingQuery(view: TableView, locale: Locale): MeetingQuery {
  const column: MeetingSortColumn = isOneOf(MEETING_SORT_COLUMNS, view.sort.column) ? view.sort.column : 'startsOn';
  const { agreement, body, year, status } = view.filters;
  return {
    sort: { column, direction: view.sort.desc ? 'desc' : 'asc' },
    locale,
    ...(isOneOf(AGREEMENT_IDS, agreement) && { agreement }),
    ...(isOneOf(BODY_IDS, body) && { body }),
    ...(isOneOf(MEETING_YEARS, year) && { year: Number(year) }),
    ...(isOneOf(MEETING_STATUSES, status) && { status }),
  };
}
