// Reading and writing meetings and the records they hold. Every write here is
// called from inside a commitChange (db/changes.ts), which stamps version and
// updated_at and writes the history entry.
import type Database from 'better-sqlite3';
import type { AgreementId } from '../../shared/domain/agreements';
import type { ActionItem, AgendaItem, Attendee, Decision, Meeting } from '../../shared/meetings/domain';
import { statement } from '../statements';

type Flag = 0 | 1;

export const MEETING_COLUMNS = `id, agreement, body, number, starts_on AS startsOn, ends_on AS endsOn, place, virtual, status, chair,
  public_session AS publicSession, sample, version, created_at AS createdAt, updated_at AS updatedAt`;

type StoredMeeting = Omit<Meeting, 'virtual' | 'publicSession' | 'sample'> & { virtual: Flag; publicSession: Flag; sample: Flag };

export function meetingFromRow(row: Readonly<Record<string, unknown>>): Meeting {
  const stored = row as unknown as StoredMeeting;
  return {
    id: stored.id,
    agreement: stored.agreement,
    body: stored.body,
    number: stored.number,
    startsOn: stored.startsOn,
    endsOn: stored.endsOn,
    place: stored.place,
    virtual: stored.virtual === 1,
    status: stored.status,
    chair: stored.chair,
    publicSession: stored.publicSession === 1,
    sample: stored.sample === 1,
    version: stored.version,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}

/** A live meeting, or with `removed` one in the Trash; null otherwise. */
export function readMeeting(db: Database.Database, id: string, removed = false): Meeting | null {
  const row = statement(db, `SELECT ${MEETING_COLUMNS} FROM meetings WHERE id = ? AND deleted_at IS ${removed ? 'NOT ' : ''}NULL`).get(id) as
    | Record<string, unknown>
    | undefined;
  return row === undefined ? null : meetingFromRow(row);
}

export type MeetingFieldValues = Omit<Meeting, 'id' | 'sample' | 'version' | 'createdAt' | 'updatedAt'>;

function meetingParams(fields: MeetingFieldValues) {
  return { ...fields, virtual: fields.virtual ? 1 : 0, publicSession: fields.publicSession ? 1 : 0 };
}

export function insertMeeting(db: Database.Database, meeting: Meeting): void {
  statement(
    db,
    `INSERT INTO meetings (id, agreement, body, number, starts_on, ends_on, place, virtual, status, chair, public_session, sample,
                           created_at, updated_at, version)
     VALUES (@id, @agreement, @body, @number, @startsOn, @endsOn, @place, @virtual, @status, @chair, @publicSession, @sample,
             @createdAt, @updatedAt, @version)`,
  ).run({ ...meetingParams(meeting), id: meeting.id, sample: meeting.sample ? 1 : 0, createdAt: meeting.createdAt, updatedAt: meeting.updatedAt, version: meeting.version });
}

export function updateMeetingFields(db: Database.Database, id: string, fields: MeetingFieldValues): void {
  statement(
    db,
    `UPDATE meetings SET agreement = @agreement, body = @body, number = @number, starts_on = @startsOn, ends_on = @endsOn,
       place = @place, virtual = @virtual, status = @status, chair = @chair, public_session = @publicSession WHERE id = @id`,
  ).run({ ...meetingParams(fields), id });
}

export function setMeetingRemoved(db: Database.Database, id: string, removedAt: string | null): void {
  statement(db, 'UPDATE meetings SET deleted_at = ? WHERE id = ?').run(removedAt, id);
}

// The records a meeting holds. Each kind is one table with the same
// bookkeeping columns; REGISTERS names them once so the reads and the removal
// below serve all four.
export const ATTENDEE_COLUMNS = `id, meeting_id AS meetingId, position, name, party, organization, title, role,
  version, created_at AS createdAt, updated_at AS updatedAt`;
export const AGENDA_COLUMNS = `id, meeting_id AS meetingId, position, title, minutes, case_id AS caseId,
  version, created_at AS createdAt, updated_at AS updatedAt`;
export const DECISION_COLUMNS = `id, meeting_id AS meetingId, number, text, adopted_on AS adoptedOn,
  version, created_at AS createdAt, updated_at AS updatedAt`;
export const ACTION_ITEM_COLUMNS = `id, meeting_id AS meetingId, what, owner_name AS ownerName, owner_party AS ownerParty,
  owner_organization AS ownerOrganization, due_on AS dueOn, status, case_id AS caseId,
  version, created_at AS createdAt, updated_at AS updatedAt`;

export type RecordKinds = { attendee: Attendee; agenda_item: AgendaItem; decision: Decision; action_item: ActionItem };
export type RecordKind = keyof RecordKinds;

/** SECURITY: table and column names come from this fixed map, never from input. */
export const REGISTERS: Readonly<Record<RecordKind, Readonly<{ table: string; columns: string; order: string }>>> = {
  attendee: { table: 'meeting_attendees', columns: ATTENDEE_COLUMNS, order: 'position, id' },
  agenda_item: { table: 'agenda_items', columns: AGENDA_COLUMNS, order: 'position, id' },
  decision: { table: 'decisions', columns: DECISION_COLUMNS, order: 'adopted_on, created_at, rowid' },
  action_item: { table: 'action_items', columns: ACTION_ITEM_COLUMNS, order: 'created_at, rowid' },
};

/** A live record of `kind` whose meeting is live too; null otherwise. */
export function readRecord<K extends RecordKind>(db: Database.Database, kind: K, id: string): RecordKinds[K] | null {
  const { table, columns } = REGISTERS[kind];
  const row = statement(
    db,
    `SELECT ${columns} FROM ${table} WHERE id = ? AND deleted_at IS NULL
       AND meeting_id IN (SELECT id FROM meetings WHERE deleted_at IS NULL)`,
  ).get(id) as RecordKinds[K] | undefined;
  return row ?? null;
}

/** A meeting's live records of `kind`, in their order. */
export function readRecords<K extends RecordKind>(db: Database.Database, kind: K, meetingId: string): RecordKinds[K][] {
  const { table, columns, order } = REGISTERS[kind];
  return statement(db, `SELECT ${columns} FROM ${table} WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY ${order}`).all(meetingId) as RecordKinds[K][];
}

export function setRecordRemoved(db: Database.Database, kind: RecordKind, id: string, removedAt: string): void {
  statement(db, `UPDATE ${REGISTERS[kind].table} SET deleted_at = ? WHERE id = ?`).run(removedAt, id);
}

/** The next position at the end of a meeting's live attendees or agenda. */
export function nextPosition(db: Database.Database, kind: 'attendee' | 'agenda_item', meetingId: string): number {
  const { table } = REGISTERS[kind];
  return statement(db, `SELECT coalesce(max(position) + 1, 0) FROM ${table} WHERE meeting_id = ? AND deleted_at IS NULL`).pluck().get(meetingId) as number;
}

/** The agreement of a live case, or null when there is none (or it is in the Trash). */
export function liveCaseAgreement(db: Database.Database, caseId: string): AgreementId | null {
  return (statement(db, 'SELECT agreement FROM cases WHERE id = ? AND deleted_at IS NULL').pluck().get(caseId) as AgreementId | undefined) ?? null;
}
