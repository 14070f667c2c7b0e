// The one write path: every create, update and remove of any record goes
// through commitChange, inside the caller's transaction. It runs the record's
// own write, stamps the record's version and updated_at, reads the record as
// it now stands and appends the history entry (who — the name given, the
// operating-system account and the installation's id —, on which device,
// when, before and after, chained by hash to the entry before it:
// db/history/chain.ts) — all or nothing, since dispatch runs each call in one
// transaction. It is the single place where the search index and, later, the
// sync outbox hook in.
import type Database from 'better-sqlite3';
import { UNKNOWN_ACTOR, type AuditAction, type AuditEntry, type SubjectRef, type SubjectType } from '../shared/history/domain';
import type { HandlerContext } from './handlerTypes';
import { asStored, chainHead, entryHash, GENESIS_HASH, type ChainedRow } from './history/chain';
import { readSettings } from './settings/queries';
import { statement } from './statements';

/**
 * Where each kind of record keeps its version and updated_at. Records without
 * them (an agreed period, the settings) are written whole and only logged.
 */
const STAMPED: Readonly<Partial<Record<SubjectType, string>>> = {
  case: 'cases',
  event: 'case_events',
  meeting: 'meetings',
  attendee: 'meeting_attendees',
  agenda_item: 'agenda_items',
  decision: 'decisions',
  action_item: 'action_items',
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
    account: context.account,
    device: context.device,
    deviceId: context.deviceId,
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

function appendHistory(db: Database.Database, entry: HistoryRow): void {
  // Inside the call's immediate transaction: no other writer can append
  // between reading the head and inserting after it.
  const head = chainHead(db);
  const row: ChainedRow = {
    id: (head?.id ?? 0) + 1,
    at: entry.at,
    actor: asStored(entry.actor),
    actorAccount: asStored(entry.account),
    device: asStored(entry.device),
    deviceId: asStored(entry.deviceId),
    action: entry.action,
    subjectType: entry.subject.type,
    subjectId: entry.subject.id,
    parentType: entry.parent?.type ?? null,
    parentId: entry.parent?.id ?? null,
    // JSON.stringify escapes lone surrogates, so the stored text is the hashed text.
    before: entry.before === null ? null : JSON.stringify(entry.before),
    after: entry.after === null ? null : JSON.stringify(entry.after),
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  statement(
    db,
    `INSERT INTO audit_log (id, at, actor, actor_account, device, device_id, action, subject_type, subject_id,
                            parent_type, parent_id, before, after, prev_hash, hash)
     VALUES (@id, @at, @actor, @actorAccount, @device, @deviceId, @action, @subjectType, @subjectId,
             @parentType, @parentId, @before, @after, @prevHash, @hash)`,
  ).run({ ...row, hash: entryHash(row) });
}
