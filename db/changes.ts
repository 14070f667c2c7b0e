// The one write path: every create, update and remove of any record goes
// through commitChange, inside the caller's transaction. It runs the record's
// own write, stamps the record's version and updated_at, reads the record as
// it now stands and appends the history entry (who, on which device, when,
// before and after) — all or nothing, since dispatch runs each call in one
// transaction. It is the single place where the search index and, later, the
// sync outbox hook in.
import type Database from 'better-sqlite3';
import { UNKNOWN_ACTOR, type AuditAction, type AuditEntry, type SubjectRef, type SubjectType } from '../shared/history/domain';
import type { HandlerContext } from './handlerTypes';
import { readSettings } from './settings/queries';
import { statement } from './statements';

/**
 * Where each kind of record keeps its version and updated_at. Records without
 * them (an agreed period, the settings) are written whole and only logged.
 */
const STAMPED: Readonly<Partial<Record<SubjectType, string>>> = {
  case: 'cases',
  event: 'case_events',
};

export type Change<T> = Readonly<{
  action: AuditAction;
  subject: SubjectRef;
  parent?: SubjectRef | null;
  /** The record before the change; null when it is created. */
  before: T | null;
  /** The record's own SQL: insert, update or delete. */
  write: () => void;
  /** The record as it stands after the write (and the stamp); null when it was removed. */
  read: () => T | null;
  /** Who acts, where that is not the name in settings (the person giving their name, settings.update). */
  actor?: string;
}>;

/** Applies a change and records it; answers the record as it now stands. */
export function commitChange<T>(context: HandlerContext, change: Change<T>): T | null {
  const { db, at } = context;
  change.write();
  const table = STAMPED[change.subject.type];
  // SECURITY: the table name comes from the fixed map above, never from input.
  // A removal and a restore are changes of the record too (team sync will carry them).
  if (table !== undefined && change.action !== 'create') {
    statement(db, `UPDATE ${table} SET version = version + 1, updated_at = ? WHERE id = ?`).run(at, change.subject.id);
  }
  const after = change.action === 'remove' ? null : change.read();
  appendHistory(db, {
    at,
    actor: change.actor ?? currentActor(db),
    device: context.device,
    action: change.action,
    subject: change.subject,
    parent: change.parent ?? null,
    before: change.before,
    after,
  });
  return after;
}

export function currentActor(db: Database.Database): string {
  return readSettings(db).userName ?? UNKNOWN_ACTOR;
}

/** An entry as written; the log gives it its id. */
type HistoryRow = Omit<AuditEntry, 'id'>;

function appendHistory(db: Database.Database, row: HistoryRow): void {
  statement(
    db,
    `INSERT INTO audit_log (at, actor, device, action, subject_type, subject_id, parent_type, parent_id, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.at,
    row.actor,
    row.device,
    row.action,
    row.subject.type,
    row.subject.id,
    row.parent?.type ?? null,
    row.parent?.id ?? null,
    row.before === null ? null : JSON.stringify(row.before),
    row.after === null ? null : JSON.stringify(row.after),
  );
}
