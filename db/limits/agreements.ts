// Periods the disputing Parties agreed instead of the treaty's ("or such
// other period as the Parties agree"), one per case and rule (limits.agree).
import type Database from 'better-sqlite3';
import type { LimitAgreement } from '../../shared/procedure/engine';
import { statement } from '../statements';

export type StoredAgreement = LimitAgreement & Readonly<{ caseId: string; createdAt: string }>;

export function readLimitAgreements(db: Database.Database, caseId: string): StoredAgreement[] {
  return statement(
    db,
    'SELECT case_id AS caseId, rule, date, days, note, from_event_id AS fromEventId, created_at AS createdAt FROM case_limit_agreements WHERE case_id = ? ORDER BY rule',
  ).all(caseId) as StoredAgreement[];
}

export function readLimitAgreement(db: Database.Database, caseId: string, rule: string): StoredAgreement | null {
  return (
    (statement(
      db,
      'SELECT case_id AS caseId, rule, date, days, note, from_event_id AS fromEventId, created_at AS createdAt FROM case_limit_agreements WHERE case_id = ? AND rule = ?',
    ).get(caseId, rule) as StoredAgreement | undefined) ?? null
  );
}

export function writeLimitAgreement(db: Database.Database, agreement: StoredAgreement): void {
  statement(
    db,
    `INSERT INTO case_limit_agreements (case_id, rule, date, days, note, from_event_id, created_at)
     VALUES (@caseId, @rule, @date, @days, @note, @fromEventId, @createdAt)
     ON CONFLICT (case_id, rule) DO UPDATE SET date = excluded.date, days = excluded.days, note = excluded.note,
       from_event_id = excluded.from_event_id, created_at = excluded.created_at`,
  ).run(agreement);
}

export function deleteLimitAgreement(db: Database.Database, caseId: string, rule: string): void {
  statement(db, 'DELETE FROM case_limit_agreements WHERE case_id = ? AND rule = ?').run(caseId, rule);
}
