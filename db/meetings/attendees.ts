// attendees.add / update / remove: who attended a meeting, for which delegation.
import type { ParsedInput } from '../../shared/api/contract';
import type { Attendee } from '../../shared/meetings/domain';
import { delegationError } from '../../shared/meetings/schemas';
import { invalidFields, type HandlerContext, type Handlers } from '../handlerTypes';
import { statement } from '../statements';
import { nextPosition } from './queries';
import { changeRecord, createRecord, liveMeeting, liveRecord, merged, removeRecord, unchanged } from './records';

type AttendeeHandlers = Pick<Handlers, 'attendees.add' | 'attendees.update' | 'attendees.remove'>;

export const attendeeHandlers: AttendeeHandlers = {
  'attendees.add': addAttendee,
  'attendees.update': changeAttendee,
  'attendees.remove': ({ id }, context) => removeRecord(context, 'attendee', liveRecord(context.db, 'attendee', id)),
};

const FIELDS = ['name', 'party', 'organization', 'title', 'role'] as const;

export function addAttendee(input: ParsedInput<'attendees.add'>, context: HandlerContext): Attendee {
  const { db, at } = context;
  liveMeeting(db, input.meetingId);
  const position = nextPosition(db, 'attendee', input.meetingId);
  return createRecord(context, 'attendee', input.meetingId, (id) =>
    statement(
      db,
      `INSERT INTO meeting_attendees (id, meeting_id, position, name, party, organization, title, role, created_at, updated_at, version)
       VALUES (@id, @meetingId, @position, @name, @party, @organization, @title, @role, @at, @at, 1)`,
    ).run({ ...input, id, position, at }),
  );
}

function changeAttendee(input: ParsedInput<'attendees.update'>, context: HandlerContext): Attendee {
  const { db } = context;
  const stored = liveRecord(db, 'attendee', input.id);
  const next = merged(stored, input, FIELDS);
  const problem = delegationError(next.party, next.organization);
  if (problem !== null) throw invalidFields({ [input.organization !== undefined && input.party === undefined ? 'organization' : 'party']: problem });
  if (unchanged(stored, next, FIELDS)) return stored;
  return changeRecord(context, 'attendee', stored, {
    write: () =>
      statement(db, 'UPDATE meeting_attendees SET name = @name, party = @party, organization = @organization, title = @title, role = @role WHERE id = @id').run(
        { id: stored.id, name: next.name, party: next.party, organization: next.organization, title: next.title, role: next.role },
      ),
  });
}
