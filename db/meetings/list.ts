// meetings.list on the list engine (db/list/): the meetings spec
// (shared/meetings/schemas.ts MEETINGS_LIST) bound to the meetings table.
// Meetings are few (a body meets a few times a year), so the list keeps no
// counts table: totals are counted over the partial indexes of migration 110,
// and list.plan.test.ts holds each filter and the default sort to them.
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import type { MeetingsListResult } from '../../shared/meetings/api';
import { MEETINGS_LIST, type MeetingSortColumn } from '../../shared/meetings/schemas';
import { readList } from '../list/engine';
import type { ListTable } from '../list/table';
import { readSettings } from '../settings/queries';
import { MEETING_COLUMNS, meetingFromRow } from './queries';

type Filter = keyof typeof MEETINGS_LIST.filters;
type Group = keyof typeof MEETINGS_LIST.groups;

/** Each filter's index orders by first day within it, the default sort. */
const equal = (column: string) => ({ seek: `${column} = ?`, walk: `+${column} = ?`, inOrderFor: ['startsOn'] });

export const MEETINGS_TABLE: ListTable<MeetingSortColumn, Filter, Group> = {
  spec: MEETINGS_LIST,
  table: 'meetings',
  key: 'seq',
  live: 'deleted_at IS NULL',
  select: MEETING_COLUMNS,
  columns: {
    startsOn: { sql: 'starts_on' },
    agreement: { sql: 'agreement' },
    status: { sql: 'status' },
    // Bodies that do not number their meetings come last either way.
    number: { sql: 'number', none: { is: 'number IS NULL', isNot: 'number IS NOT NULL' } },
    updatedAt: { sql: 'updated_at' },
  },
  filters: {
    agreement: equal('agreement'),
    body: equal('body'),
    status: equal('status'),
    // A range on the first day, so the date index serves it.
    year: {
      seek: 'starts_on >= ? AND starts_on < ?',
      walk: '+starts_on >= ? AND +starts_on < ?',
      params: (year) => [`${String(year).padStart(4, '0')}-01-01`, `${String(Number(year) + 1).padStart(4, '0')}-01-01`],
      inOrderFor: ['startsOn'],
    },
  },
  text: null,
  counts: null,
};

export function listMeetings(db: Database.Database, input: ParsedInput<'meetings.list'>): MeetingsListResult {
  return readList(
    db,
    MEETINGS_TABLE,
    {
      filters: { agreement: input.agreement, body: input.body, year: input.year, status: input.status },
      text: undefined,
      sort: input.sort,
      groupBy: input.groupBy,
      offset: input.offset,
      limit: input.limit,
      after: input.after,
      locale: input.locale ?? readSettings(db).locale ?? 'en',
      countCap: null,
    },
    meetingFromRow,
  );
}
