// Reading the history (the audit log that db/changes.ts appends to): of one
// record — with the changes of the records that belong to it, such as a
// case's events — or of the whole app, newest first, a page at a time.
import type Database from 'better-sqlite3';
import type { AuditAction, AuditEntry, SubjectRef, SubjectType } from '../../shared/history/domain';
import { statement } from '../statements';

type AuditRow = {
  id: number;
  at: string;
  actor: string;
  account: string;
  device: string;
  deviceId: string;
  action: AuditAction;
  subjectType: SubjectType;
  subjectId: string;
  parentType: SubjectType | null;
  parentId: string | null;
  before: string | null;
  after: string | null;
};

const COLUMNS = `id, at, actor, actor_account AS account, device, device_id AS deviceId, action, subject_type AS subjectType, subject_id AS subjectId,
  parent_type AS parentType, parent_id AS parentId, before, after`;

/**
 * One record's entries and those of the records that belong to it, as two
 * index ranges merged (audit_log_subject, audit_log_parent; history.test.ts
 * checks the plan).
 */
export const SUBJECT_HISTORY_SQL = `SELECT ${COLUMNS} FROM (
    SELECT * FROM audit_log WHERE subject_type = @type AND subject_id = @id AND id < @beforeId
    UNION ALL
    SELECT * FROM audit_log WHERE parent_type = @type AND parent_id = @id AND parent_id IS NOT NULL AND id < @beforeId
  ) ORDER BY id DESC LIMIT @limit`;

/** Entries up to `beforeId` (exclusive), newest first: keyset paging on the id. */
export function readHistory(
  db: Database.Database,
  subject: SubjectRef | null,
  beforeId: number,
  limit: number,
): AuditEntry[] {
  const rows =
    subject === null
      ? (statement(db, `SELECT ${COLUMNS} FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?`).all(beforeId, limit) as AuditRow[])
      : (statement(db, SUBJECT_HISTORY_SQL).all({ type: subject.type, id: subject.id, beforeId, limit }) as AuditRow[]);
  return rows.map(toEntry);
}

export function hasHistory(db: Database.Database, subject: SubjectRef): boolean {
  return (
    statement(db, 'SELECT 1 FROM audit_log WHERE subject_type = ? AND subject_id = ? LIMIT 1').get(subject.type, subject.id) !== undefined
  );
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    account: row.account,
    device: row.device,
    deviceId: row.deviceId,
    action: row.action,
    subject: { type: row.subjectType, id: row.subjectId },
    parent: row.parentType === null || row.parentId === null ? null : { type: row.parentType, id: row.parentId },
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  };
}
