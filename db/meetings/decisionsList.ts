// decisions.list: the decision register across meetings (issue 8 §1) — the
// decisions of an agreement's bodies, or of one body, newest adopted first,
// each with the meeting that adopted it. A decision of a meeting in the Trash
// is out of the register with its meeting.
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import type { AgreementId } from '../../shared/domain/agreements';
import type { DecisionsListResult } from '../../shared/meetings/api';
import type { Decision, DecisionRow } from '../../shared/meetings/domain';
import { statement } from '../statements';
import { DECISION_COLUMNS } from './queries';

type Stored = Decision & { meetingAgreement: AgreementId; meetingBody: string; meetingNumber: number | null; meetingStartsOn: string };

const COLUMNS = DECISION_COLUMNS.split(',')
  .map((column) => `d.${column.trim()}`)
  .join(', ');

export function listDecisions(db: Database.Database, input: ParsedInput<'decisions.list'>): DecisionsListResult {
  const conditions = ['m.deleted_at IS NULL'];
  const params: string[] = [];
  if (input.agreement !== undefined) {
    conditions.push('m.agreement = ?');
    params.push(input.agreement);
  }
  if (input.body !== undefined) {
    conditions.push('m.body = ?');
    params.push(input.body);
  }
  // SECURITY: the conditions are the fixed strings above; the caller's values are bound.
  // The meetings are found first (by agreement or body on the list indexes of
  // migration 110), their decisions through decisions_meeting: a register
  // holds a few decisions a meeting, so the sort is of a small set.
  const from = `FROM meetings AS m JOIN decisions AS d ON d.meeting_id = m.id AND d.deleted_at IS NULL WHERE ${conditions.join(' AND ')}`;
  const total = statement(db, `SELECT count(*) ${from}`).pluck().get(...params) as number;
  const rows = statement(
    db,
    `SELECT ${COLUMNS}, m.agreement AS meetingAgreement, m.body AS meetingBody, m.number AS meetingNumber, m.starts_on AS meetingStartsOn
       ${from}
      ORDER BY d.adopted_on DESC, d.number IS NULL, length(d.number), d.number, d.created_at, d.rowid
      LIMIT ?`,
  ).all(...params, input.limit) as Stored[];
  return { items: rows.map(toRow), total };
}

function toRow(stored: Stored): DecisionRow {
  const { meetingAgreement, meetingBody, meetingNumber, meetingStartsOn, ...decision } = stored;
  return { ...decision, meeting: { id: decision.meetingId, agreement: meetingAgreement, body: meetingBody, number: meetingNumber, startsOn: meetingStartsOn } };
}
