// The one way a record of a meeting (attendee, agenda item, decision, action
// item) is added, changed or removed: through commitChange, with the meeting
// as the entry's parent so the meeting's history shows it, and the meeting's
// updated_at moved on (its version is left alone, as a case's is by its
// events: recording minutes must not make an open meeting form stale).
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { FieldErrorCode } from '../../shared/api/errors';
import type { Meeting } from '../../shared/meetings/domain';
import { commitChange } from '../changes';
import { invalidFields, notFound, type HandlerContext } from '../handlerTypes';
import { statement } from '../statements';
import { liveCaseAgreement, readMeeting, readRecord, setRecordRemoved, type RecordKind, type RecordKinds } from './queries';

/** The live meeting a record is added to; not_found when it is missing or in the Trash. */
export function liveMeeting(db: Database.Database, meetingId: string): Meeting {
  const meeting = readMeeting(db, meetingId);
  if (meeting === null) throw notFound('meeting', meetingId);
  return meeting;
}

export function liveRecord<K extends RecordKind>(db: Database.Database, kind: K, id: string): RecordKinds[K] {
  const stored = readRecord(db, kind, id);
  if (stored === null) throw notFound(kind, id);
  return stored;
}

/** What is wrong with linking `caseId` to a meeting of `meeting.agreement`, or null. */
export function caseLinkError(db: Database.Database, meeting: Meeting, caseId: string | null): FieldErrorCode | null {
  if (caseId === null) return null;
  const agreement = liveCaseAgreement(db, caseId);
  if (agreement === null) return 'no_such_case';
  return agreement === meeting.agreement ? null : 'case_other_agreement';
}

export function checkCaseLink(db: Database.Database, meeting: Meeting, caseId: string | null): void {
  const problem = caseLinkError(db, meeting, caseId);
  if (problem !== null) throw invalidFields({ caseId: problem });
}

function touchMeeting(db: Database.Database, meetingId: string, at: string): void {
  statement(db, 'UPDATE meetings SET updated_at = ? WHERE id = ?').run(at, meetingId);
}

type Write = Readonly<{
  /** The record's own SQL. */
  write: () => void;
  /** What follows in the same transaction (the commission_convened link kept in step). */
  after?: () => void;
}>;

export function createRecord<K extends RecordKind>(
  context: HandlerContext,
  kind: K,
  meetingId: string,
  insert: (id: string) => void,
  after?: () => void,
): RecordKinds[K] {
  const id = randomUUID();
  return written(
    commitChange(context, {
      action: 'create',
      subject: { type: kind, id },
      parent: { type: 'meeting', id: meetingId },
      before: null,
      write: () => {
        insert(id);
        touchMeeting(context.db, meetingId, context.at);
        after?.();
      },
      read: () => readRecord(context.db, kind, id),
    }),
    id,
  );
}

export function changeRecord<K extends RecordKind>(
  context: HandlerContext,
  kind: K,
  stored: RecordKinds[K],
  { write, after }: Write,
): RecordKinds[K] {
  return written(
    commitChange(context, {
      action: 'update',
      subject: { type: kind, id: stored.id },
      parent: { type: 'meeting', id: stored.meetingId },
      before: stored,
      write: () => {
        write();
        touchMeeting(context.db, stored.meetingId, context.at);
        after?.();
      },
      read: () => readRecord(context.db, kind, stored.id),
    }),
    stored.id,
  );
}

export function removeRecord<K extends RecordKind>(
  context: HandlerContext,
  kind: K,
  stored: RecordKinds[K],
  after?: () => void,
): Readonly<{ id: string }> {
  commitChange(context, {
    action: 'remove',
    subject: { type: kind, id: stored.id },
    parent: { type: 'meeting', id: stored.meetingId },
    before: stored,
    write: () => {
      setRecordRemoved(context.db, kind, stored.id, context.at);
      touchMeeting(context.db, stored.meetingId, context.at);
      after?.();
    },
    read: () => null,
  });
  return { id: stored.id };
}

function written<T>(record: T | null, id: string): T {
  if (record === null) throw new Error(`Record ${id} vanished inside its own transaction`);
  return record;
}

/** The stored record with the change's `keys` given (not undefined) put in. */
export function merged<T extends object, K extends keyof T>(stored: T, change: Readonly<Partial<Pick<T, K>>>, keys: readonly K[]): T {
  const result = { ...stored };
  for (const key of keys) {
    const value = change[key];
    if (value !== undefined) result[key] = value as T[K];
  }
  return result;
}

/** True when a change leaves every one of `keys` as stored. */
export function unchanged<T extends object>(stored: T, next: T, keys: readonly (keyof T)[]): boolean {
  return keys.every((key) => stored[key] === next[key]);
}
