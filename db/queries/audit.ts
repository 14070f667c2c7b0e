// The audit log: who changed what, when, with the record before and after.
import type Database from 'better-sqlite3';
import { UNKNOWN_ACTOR, type AuditAction, type AuditEntity, type AuditEntry } from '../../shared/domain/audit';
import { statement } from '../statements';
import { readSettings } from './settings';


export type AuditRecord = Readonly<{
  at: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  caseId: string | null;
  before: unknown;
  after: unknown;
  /** Defaults to the name in settings. */
  actor?: string;
}>;

export function currentActor(db: Database.Database): string {
  return readSettings(db).userName ?? UNKNOWN_ACTOR;
}

export function writeAudit(db: Database.Database, record: AuditRecord): void {
  statement(
    db,
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, case_id, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.at,
    record.actor ?? currentActor(db),
    record.action,
    record.entity,
    record.entityId,
    record.caseId,
    record.before === null ? null : JSON.stringify(record.before),
    record.after === null ? null : JSON.stringify(record.after),
  );
}

type AuditRow = {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  caseId: string | null;
  before: string | null;
  after: string | null;
};

/** Entries about a case and its events, newest first. */
export function readCaseHistory(db: Database.Database, caseId: string): AuditEntry[] {
  const rows = statement(
    db,
    `SELECT id, at, actor, action, entity, entity_id AS entityId, case_id AS caseId, before, after
       FROM audit_log WHERE case_id = ? ORDER BY id DESC`,
  ).all(caseId) as AuditRow[];
  return rows.map((row) => ({
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  }));
}
