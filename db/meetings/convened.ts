// A meeting of the Free Trade Commission on a dispute is the step the treaty
// calls the Commission having "convened" (CAFTA-DR Art. 20.5.4, 20.6.1(a);
// TPA Art. 21.5, 21.6.1(a)): the 30 days after which a panel may be requested
// run from it, and the routes of Art. 20.6.1(c)/(d) / 21.6.1(c)/(d) close
// with it. So a Commission meeting with a case on its agenda records that
// case's `commission_convened` event (issue 8 §1 "Link to cases") — entered
// once, through the events feature's own handlers (its history entry, the
// case's limits recomputed), and kept in step with the meeting:
// - held: the event on the meeting's first day;
// - planned: the same, marked scheduled (it meets no limit until held, issue 5 §4);
// - cancelled, removed, no longer a Commission meeting, or the case off the
//   agenda: the event goes to the Trash; it comes back if the meeting does.
// Only a case whose Commission meeting was requested (a commission_meeting_requested
// event on or before the meeting's first day: Art. 20.5.1 / 21.5.1) is one
// the Commission convenes on; a case merely discussed at a regular meeting
// gets no event, which would claim a step of the procedure that was not taken.
// A case already holding a commission_convened event of that day that no
// meeting recorded is linked, not entered twice. meeting_case_events keeps
// which event a meeting recorded. A case in the Trash is left alone.
import type Database from 'better-sqlite3';
import type { CaseKind } from '../../shared/cases/domain';
import { eventTypesFor } from '../../shared/events/domain';
import { COMMISSION_BODY, type ConvenedLink, type Meeting } from '../../shared/meetings/domain';
import { eventHandlers } from '../events/handlers';
import { readEvent } from '../events/queries';
import type { HandlerContext } from '../handlerTypes';
import { statement } from '../statements';
import { readMeeting } from './queries';

const TYPE = 'commission_convened';

/** Brings the commission_convened events of every case a meeting concerns in step with it. */
export function syncConvened(context: HandlerContext, meetingId: string): void {
  const { db } = context;
  const meeting = readMeeting(db, meetingId) ?? readMeeting(db, meetingId, true);
  if (meeting === null) return;
  const live = readMeeting(db, meetingId) !== null;
  const wanted = live && recordsConvening(meeting) ? new Set(agendaCases(db, meetingId)) : new Set<string>();
  const linked = new Map(
    (statement(db, 'SELECT case_id AS caseId, event_id AS eventId FROM meeting_case_events WHERE meeting_id = ?').all(meetingId) as ConvenedLink[]).map(
      (link) => [link.caseId, link.eventId],
    ),
  );
  for (const caseId of new Set([...wanted, ...linked.keys()])) {
    const kind = liveCaseKind(db, caseId);
    // A case in the Trash keeps its events as they are until it is restored.
    if (kind === null) continue;
    const eventId = linked.get(caseId) ?? null;
    if (wanted.has(caseId) && eventTypesFor(kind).includes(TYPE) && requestedBy(db, caseId, meeting.startsOn)) keepEvent(context, meeting, caseId, eventId);
    else if (eventId !== null && readEvent(db, eventId) !== null) eventHandlers['events.remove']({ id: eventId }, context);
  }
}

/** The links whose events stand, for meetings.get. */
export function convenedLinks(db: Database.Database, meetingId: string): ConvenedLink[] {
  return statement(
    db,
    `SELECT l.case_id AS caseId, l.event_id AS eventId FROM meeting_case_events AS l JOIN case_events AS e ON e.id = l.event_id
      WHERE l.meeting_id = ? AND e.deleted_at IS NULL ORDER BY l.case_id`,
  ).all(meetingId) as ConvenedLink[];
}

/** The meetings that record a case's convening: the Commission's own, not cancelled. */
function recordsConvening(meeting: Meeting): boolean {
  return meeting.body === COMMISSION_BODY && meeting.status !== 'cancelled';
}

function keepEvent(context: HandlerContext, meeting: Meeting, caseId: string, eventId: string | null): void {
  const { db } = context;
  const scheduled = meeting.status === 'planned';
  if (eventId === null) {
    const adopted = unlinkedEventOn(db, caseId, meeting.startsOn);
    const id = adopted ?? eventHandlers['events.add']({ caseId, type: TYPE, date: meeting.startsOn, text: '', scheduled }, context).id;
    statement(db, 'INSERT INTO meeting_case_events (meeting_id, case_id, event_id) VALUES (?, ?, ?)').run(meeting.id, caseId, id);
    if (adopted === null) return;
    eventId = adopted;
  }
  if (readEvent(db, eventId) === null && readEvent(db, eventId, true) !== null) eventHandlers['events.restore']({ id: eventId }, context);
  const event = readEvent(db, eventId);
  if (event === null) return;
  if (event.date !== meeting.startsOn || event.scheduled !== scheduled || event.type !== TYPE) {
    eventHandlers['events.update']({ id: eventId, type: TYPE, date: meeting.startsOn, scheduled }, context);
  }
}

/** The case has a request for a Commission meeting delivered on or before `day`. */
function requestedBy(db: Database.Database, caseId: string, day: string): boolean {
  return (
    statement(db, "SELECT 1 FROM case_events WHERE case_id = ? AND type = 'commission_meeting_requested' AND date <= ? AND deleted_at IS NULL LIMIT 1").get(
      caseId,
      day,
    ) !== undefined
  );
}

function agendaCases(db: Database.Database, meetingId: string): string[] {
  return statement(
    db,
    'SELECT DISTINCT case_id FROM agenda_items WHERE meeting_id = ? AND deleted_at IS NULL AND case_id IS NOT NULL ORDER BY case_id',
  )
    .pluck()
    .all(meetingId) as string[];
}

function liveCaseKind(db: Database.Database, caseId: string): CaseKind | null {
  return (statement(db, 'SELECT kind FROM cases WHERE id = ? AND deleted_at IS NULL').pluck().get(caseId) as CaseKind | undefined) ?? null;
}

function unlinkedEventOn(db: Database.Database, caseId: string, date: string): string | null {
  return (
    (statement(
      db,
      `SELECT id FROM case_events WHERE case_id = ? AND type = '${TYPE}' AND date = ? AND deleted_at IS NULL
         AND id NOT IN (SELECT event_id FROM meeting_case_events) ORDER BY created_at LIMIT 1`,
    )
      .pluck()
      .get(caseId, date) as string | undefined) ?? null
  );
}
