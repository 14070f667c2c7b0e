// The meetings feature's handlers: meetings.* here, and the records a meeting
// holds (attendees, agenda items, decisions, action items) from their files.
import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../shared/api/contract';
import type { Meeting, MeetingDetail } from '../../shared/meetings/domain';
import { meetingFieldErrors } from '../../shared/meetings/schemas';
import { commitChange } from '../changes';
import { invalidFields, notFound, staleVersion, type HandlerContext, type Handlers } from '../handlerTypes';
import { statement } from '../statements';
import { actionItemHandlers } from './actionItems';
import { agendaItemHandlers } from './agendaItems';
import { attendeeHandlers } from './attendees';
import { convenedLinks, syncConvened } from './convened';
import { decisionHandlers } from './decisions';
import { listMeetings } from './list';
import { meetingObligations } from './obligations';
import { insertMeeting, readMeeting, readRecords, setMeetingRemoved, updateMeetingFields, type MeetingFieldValues } from './queries';
import { merged, unchanged } from './records';

type MeetingHandlers = Pick<
  Handlers,
  'meetings.list' | 'meetings.get' | 'meetings.create' | 'meetings.update' | 'meetings.remove' | 'meetings.restore' | 'meetings.obligations'
>;

const meetingOwnHandlers: MeetingHandlers = {
  'meetings.list': (input, { db }) => listMeetings(db, input),
  'meetings.get': ({ id }, { db, today }) => meetingDetail(db, id, today),
  'meetings.create': (input, context) => createMeeting(context, input),
  'meetings.update': changeMeeting,
  'meetings.remove': removeMeeting,
  'meetings.restore': restoreMeeting,
  'meetings.obligations': (_input, { db, today }) => ({ today, obligations: meetingObligations(db, today) }),
};

export const meetingHandlers = {
  ...meetingOwnHandlers,
  ...attendeeHandlers,
  ...agendaItemHandlers,
  ...decisionHandlers,
  ...actionItemHandlers,
};

const FIELDS = ['agreement', 'body', 'number', 'startsOn', 'endsOn', 'place', 'virtual', 'status', 'chair', 'publicSession'] as const;

function meetingDetail(db: HandlerContext['db'], id: string, today: string): MeetingDetail {
  const meeting = readMeeting(db, id);
  if (meeting === null) throw notFound('meeting', id);
  return {
    meeting,
    attendees: readRecords(db, 'attendee', id),
    agenda: readRecords(db, 'agenda_item', id),
    decisions: readRecords(db, 'decision', id),
    actionItems: readRecords(db, 'action_item', id),
    convened: convenedLinks(db, id),
    today,
  };
}

/** Shared by meetings.create and demo.load (sample meetings are marked as such). */
export function createMeeting(context: HandlerContext, input: ParsedInput<'meetings.create'>, sample = false): Meeting {
  const { db, at } = context;
  const meeting: Meeting = { id: randomUUID(), ...input, sample, version: 1, createdAt: at, updatedAt: at };
  return written(
    commitChange(context, {
      action: 'create',
      subject: { type: 'meeting', id: meeting.id },
      before: null,
      write: () => insertMeeting(db, meeting),
      read: () => readMeeting(db, meeting.id),
    }),
    meeting.id,
  );
}

function changeMeeting(input: ParsedInput<'meetings.update'>, context: HandlerContext): Meeting {
  const { db } = context;
  const stored = readMeeting(db, input.id);
  if (stored === null) throw notFound('meeting', input.id);
  if (stored.version !== input.version) throw staleVersion(meetingName(stored), stored.version, input.version, stored);
  const next: MeetingFieldValues = merged(stored, input, FIELDS);
  const errors = meetingFieldErrors(next);
  // Cases linked from its agenda or action items belong to its agreement: it cannot move to another under them.
  if (next.agreement !== stored.agreement && linksCases(db, stored.id)) errors.agreement = 'case_other_agreement';
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  if (unchanged(stored, { ...stored, ...next }, FIELDS)) return stored;
  const changed = written(
    commitChange(context, {
      action: 'update',
      subject: { type: 'meeting', id: stored.id },
      before: stored,
      write: () => updateMeetingFields(db, stored.id, next),
      read: () => readMeeting(db, stored.id),
    }),
    stored.id,
  );
  // Its date, status or body decide the commission_convened events it records (convened.ts).
  syncConvened(context, stored.id);
  return changed;
}

function removeMeeting(input: ParsedInput<'meetings.remove'>, context: HandlerContext): { id: string } {
  const { db, at } = context;
  const stored = readMeeting(db, input.id);
  if (stored === null) throw notFound('meeting', input.id);
  if (stored.version !== input.version) throw staleVersion(meetingName(stored), stored.version, input.version, stored);
  commitChange(context, {
    action: 'remove',
    subject: { type: 'meeting', id: stored.id },
    before: stored,
    write: () => setMeetingRemoved(db, stored.id, at),
    read: () => null,
  });
  syncConvened(context, stored.id);
  return { id: stored.id };
}

function restoreMeeting({ id }: ParsedInput<'meetings.restore'>, context: HandlerContext): Meeting {
  const { db } = context;
  if (readMeeting(db, id, true) === null) throw notFound('meeting', id);
  const restored = written(
    commitChange(context, {
      action: 'restore',
      subject: { type: 'meeting', id },
      before: null,
      write: () => setMeetingRemoved(db, id, null),
      read: () => readMeeting(db, id),
    }),
    id,
  );
  syncConvened(context, id);
  return restored;
}

function linksCases(db: HandlerContext['db'], meetingId: string): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM agenda_items WHERE meeting_id = ? AND case_id IS NOT NULL AND deleted_at IS NULL
       UNION ALL SELECT 1 FROM action_items WHERE meeting_id = ? AND case_id IS NOT NULL AND deleted_at IS NULL LIMIT 1`,
    ).get(meetingId, meetingId) !== undefined
  );
}

/** How a conflict names the meeting: its body and first day (the reference of a case plays this part). */
function meetingName(meeting: Meeting): string {
  return `${meeting.body} ${meeting.startsOn}`;
}

function written(meeting: Meeting | null, id: string): Meeting {
  if (meeting === null) throw new Error(`Meeting ${id} vanished inside its own transaction`);
  return meeting;
}
