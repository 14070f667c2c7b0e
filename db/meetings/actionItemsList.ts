// actionItems.list: the items to chase — by status, due within N days,
// overdue, by case, meeting or owner — open ones first by due date (items
// with no due date last), as the dashboard shows them beside the time limits.
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import { addCalendarDays } from '../../shared/procedure/calendar';
import type { ActionItemsListResult } from '../../shared/meetings/api';
import type { ActionItem, ActionItemRow } from '../../shared/meetings/domain';
import type { AgreementId } from '../../shared/domain/agreements';
import { statement } from '../statements';
import { ACTION_ITEM_COLUMNS } from './queries';

type Stored = ActionItem & { meetingAgreement: AgreementId; meetingBody: string; meetingNumber: number | null; meetingStartsOn: string };

const COLUMNS = ACTION_ITEM_COLUMNS.split(',')
  .map((column) => `a.${column.trim()}`)
  .join(', ');

/** Accents and case folded, for matching a name however it was typed. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

export function listActionItems(db: Database.Database, input: ParsedInput<'actionItems.list'>, today: string): ActionItemsListResult {
  const conditions = ['a.deleted_at IS NULL', 'm.deleted_at IS NULL'];
  const params: (string | number)[] = [];
  if (input.status !== undefined) {
    conditions.push('a.status = ?');
    params.push(input.status);
  }
  if (input.overdue === true) {
    conditions.push("a.status = 'open' AND a.due_on < ?");
    params.push(today);
  } else if (input.overdue === false) {
    conditions.push("NOT (a.status = 'open' AND a.due_on IS NOT NULL AND a.due_on < ?)");
    params.push(today);
  }
  if (input.dueWithinDays !== undefined) {
    conditions.push('a.due_on >= ? AND a.due_on <= ?');
    params.push(today, addCalendarDays(today, input.dueWithinDays));
  }
  if (input.caseId !== undefined) {
    conditions.push('a.case_id = ?');
    params.push(input.caseId);
  }
  if (input.meetingId !== undefined) {
    conditions.push('a.meeting_id = ?');
    params.push(input.meetingId);
  }
  // SECURITY: the conditions are the fixed strings above; the caller's values are bound.
  const rows = statement(
    db,
    `SELECT ${COLUMNS}, m.agreement AS meetingAgreement, m.body AS meetingBody, m.number AS meetingNumber, m.starts_on AS meetingStartsOn
       FROM action_items AS a JOIN meetings AS m ON m.id = a.meeting_id
      WHERE ${conditions.join(' AND ')}
      ORDER BY a.status = 'open' DESC, a.due_on IS NULL, a.due_on, a.created_at, a.rowid`,
  ).all(...params) as Stored[];
  const owner = input.owner === undefined ? null : folded(input.owner);
  const matching = owner === null ? rows : rows.filter((row) => folded(row.ownerName).includes(owner) || row.ownerParty?.toLowerCase() === owner);
  return { today, items: matching.slice(0, input.limit).map((row) => toRow(row, today)), total: matching.length };
}

function toRow(stored: Stored, today: string): ActionItemRow {
  const { meetingAgreement, meetingBody, meetingNumber, meetingStartsOn, ...item } = stored;
  return {
    ...item,
    meeting: { agreement: meetingAgreement, body: meetingBody, number: meetingNumber, startsOn: meetingStartsOn },
    overdue: item.status === 'open' && item.dueOn !== null && item.dueOn < today,
  };
}
