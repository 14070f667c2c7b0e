// The commission_convened link (issue 8 §1): a Commission meeting with a
// case on its agenda records that case's commission_convened event once, and
// keeps it in step when the meeting's date or status changes, when the case
// leaves the agenda, and when the meeting is removed and restored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/meetings/domain';
import { caseInput, openTestDatabase, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
let caseId: string;
let meeting: Meeting;
beforeEach(async () => {
  test = await openTestDatabase();
  caseId = test.call('cases.create', caseInput()).id;
  test.call('events.add', { caseId, type: 'consultations_requested', date: '2026-01-05' });
  test.call('events.add', { caseId, type: 'commission_meeting_requested', date: '2026-03-01' });
  meeting = test.call('meetings.create', { agreement: 'cafta-dr', body: 'ftc', startsOn: '2026-03-05', endsOn: '2026-03-06', place: 'San Salvador', status: 'held' });
});
afterEach(() => test.close());

function convened() {
  return test.call('cases.get', { id: caseId }).events.filter((event) => event.type === 'commission_convened');
}

function version(): number {
  return test.call('meetings.get', { id: meeting.id }).meeting.version;
}

describe('the commission_convened event of a case on a Commission meeting’s agenda', () => {
  it('is recorded once, on the meeting’s first day, and meets the limit to convene (CAFTA-DR Art. 20.5.4)', () => {
    test.call('agendaItems.add', { meetingId: meeting.id, title: 'Dairy permits', caseId });
    test.call('agendaItems.add', { meetingId: meeting.id, title: 'Dairy permits: follow-up', caseId });
    const events = convened();
    expect(events).toMatchObject([{ date: '2026-03-05', scheduled: false }]);
    expect(test.call('meetings.get', { id: meeting.id }).convened).toEqual([{ caseId, eventId: events[0]?.id }]);
    const detail = test.call('cases.get', { id: caseId });
    expect(detail.limits.find((limit) => limit.rule === 'cafta-dr.commission-convenes')).toMatchObject({ resolution: 'met' });
    // The event's own history entry, under the case.
    const history = test.call('history.list', { subject: { type: 'case', id: caseId } }).entries;
    expect(history.filter((entry) => entry.subject.type === 'event' && entry.action === 'create')).toHaveLength(3);
  });

  it('follows the meeting’s date and status: planned is scheduled, cancelled goes to the Trash, held again comes back', () => {
    test.call('agendaItems.add', { meetingId: meeting.id, title: 'Dairy permits', caseId });
    const [event] = convened();
    test.call('meetings.update', { id: meeting.id, version: version(), startsOn: '2026-03-09', endsOn: null });
    expect(convened()).toMatchObject([{ id: event?.id, date: '2026-03-09', scheduled: false }]);
    test.call('meetings.update', { id: meeting.id, version: version(), status: 'planned' });
    expect(convened()).toMatchObject([{ id: event?.id, scheduled: true }]);
    test.call('meetings.update', { id: meeting.id, version: version(), status: 'cancelled' });
    expect(convened()).toEqual([]);
    expect(test.call('meetings.get', { id: meeting.id }).convened).toEqual([]);
    test.call('meetings.update', { id: meeting.id, version: version(), status: 'held' });
    expect(convened()).toMatchObject([{ id: event?.id, date: '2026-03-09', scheduled: false }]);
  });

  it('goes to the Trash with the meeting and comes back with it', () => {
    test.call('agendaItems.add', { meetingId: meeting.id, title: 'Dairy permits', caseId });
    const [event] = convened();
    test.call('meetings.remove', { id: meeting.id, version: version() });
    expect(convened()).toEqual([]);
    test.call('meetings.restore', { id: meeting.id });
    expect(convened()).toMatchObject([{ id: event?.id, date: '2026-03-05' }]);
  });

  it('leaves when the case leaves the agenda, or the meeting is no longer the Commission’s', () => {
    const item = test.call('agendaItems.add', { meetingId: meeting.id, title: 'Dairy permits', caseId });
    test.call('agendaItems.update', { id: item.id, caseId: null });
    expect(convened()).toEqual([]);
    test.call('agendaItems.update', { id: item.id, caseId });
    expect(convened()).toHaveLength(1);
    test.call('agendaItems.remove', { id: item.id });
    expect(convened()).toEqual([]);
    test.call('agendaItems.add', { meetingId: meeting.id, title: 'Dairy permits', caseId });
    test.call('meetings.update', { id: meeting.id, version: version(), body: 'fta-coordinators' });
    expect(convened()).toEqual([]);
  });

  it('is not recorded for a case whose Commission meeting was not requested by the meeting’s day (Art. 20.5.1)', () => {
    const other = test.call('cases.create', caseInput({ title: 'Discussed only' })).id;
    test.call('agendaItems.add', { meetingId: meeting.id, title: 'Discussed only', caseId: other });
    const later = test.call('cases.create', caseInput({ title: 'Requested later' })).id;
    test.call('events.add', { caseId: later, type: 'commission_meeting_requested', date: '2026-03-20' });
    test.call('agendaItems.add', { meetingId: meeting.id, title: 'Requested later', caseId: later });
    for (const id of [other, later]) expect(test.call('cases.get', { id }).events.filter((event) => event.type === 'commission_convened')).toEqual([]);
    expect(test.call('meetings.get', { id: meeting.id }).convened).toEqual([]);
  });

  it('is not recorded by the meeting of another body, nor on a submission to the secretariat', () => {
    const council = test.call('meetings.create', { agreement: 'cafta-dr', body: 'labor-affairs-council', startsOn: '2026-03-05', place: 'Guatemala', status: 'held' });
    test.call('agendaItems.add', { meetingId: council.id, title: 'Dairy permits', caseId });
    expect(convened()).toEqual([]);
    const submission = test.call(
      'cases.create',
      caseInput({ kind: 'environment_submission', complainant: null, respondent: 'GTM', submitter: 'A citizens’ group' }),
    );
    test.call('agendaItems.add', { meetingId: meeting.id, title: 'Submission', caseId: submission.id });
    expect(test.call('cases.get', { id: submission.id }).events).toEqual([]);
  });

  it('takes up an event of that day already entered by hand rather than entering it twice', () => {
    const byHand = test.call('events.add', { caseId, type: 'commission_convened', date: '2026-03-05' });
    test.call('agendaItems.add', { meetingId: meeting.id, title: 'Dairy permits', caseId });
    expect(convened().map((event) => event.id)).toEqual([byHand.id]);
    test.call('meetings.update', { id: meeting.id, version: version(), startsOn: '2026-03-06' });
    expect(convened()).toMatchObject([{ id: byHand.id, date: '2026-03-06' }]);
  });

  // A restored case keeps the event as it was removed with it, until the meeting next changes.
  it('leaves the events of a case in the Trash alone', () => {
    test.call('agendaItems.add', { meetingId: meeting.id, title: 'Dairy permits', caseId });
    const dispute = test.call('cases.get', { id: caseId }).case;
    test.call('cases.remove', { id: caseId, version: dispute.version });
    expect(test.call('meetings.update', { id: meeting.id, version: version(), startsOn: '2026-03-09', endsOn: null }).startsOn).toBe('2026-03-09');
    test.call('cases.restore', { id: caseId });
    expect(convened()).toMatchObject([{ date: '2026-03-05' }]);
  });
});
