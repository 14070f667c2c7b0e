// meetings.obligations: for each body the reference requires to meet yearly,
// its held and planned meetings' first days, read through the body index
// (meetings_list_body), then the rule of shared/meetings/obligations.ts.
import type Database from 'better-sqlite3';
import type { AgreementId } from '../../shared/domain/agreements';
import { MEETING_OBLIGATIONS, obligationStatus, type ObligationStatus } from '../../shared/meetings/obligations';
import { statement } from '../statements';

type Row = Readonly<{ agreement: AgreementId; body: string; status: 'held' | 'planned'; startsOn: string }>;

const BODIES = [...new Set(MEETING_OBLIGATIONS.map((obligation) => obligation.body))];

// The body ids are the reference's own (no input reaches this text). `+status`
// keeps the planner off the status index: nearly every meeting is held or
// planned, while three bodies are a small share of all the meetings entered.
const SQL = `SELECT agreement, body, status, starts_on AS startsOn FROM meetings
  WHERE deleted_at IS NULL AND body IN (${BODIES.map((body) => `'${body}'`).join(', ')}) AND +status IN ('held', 'planned')`;

export function meetingObligations(db: Database.Database, today: string): readonly ObligationStatus[] {
  const byBody = new Map<string, { held: string[]; planned: string[] }>();
  for (const row of statement(db, SQL).all() as Row[]) {
    const key = `${row.agreement} ${row.body}`;
    const days = byBody.get(key) ?? { held: [], planned: [] };
    days[row.status].push(row.startsOn);
    byBody.set(key, days);
  }
  return MEETING_OBLIGATIONS.map((obligation) =>
    obligationStatus(obligation, byBody.get(`${obligation.agreement} ${obligation.body}`) ?? { held: [], planned: [] }, today),
  );
}
