// The records a meeting holds — attendees, agenda items, decisions, action
// items — through dispatch on a real file: stored as given, each change in
// the meeting's history, each bad field refused by its code, and nothing
// changed by a refusal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/meetings/domain';
import { caseInput, fieldCodes, openTestDatabase, snapshot, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
let meeting: Meeting;
const MISSING = '00000000-0000-4000-8000-000000000000';
beforeEach(async () => {
  test = await openTestDatabase();
  meeting = test.call('meetings.create', { agreement: 'cafta-dr', body: 'ftc', startsOn: '2026-03-05', endsOn: '2026-03-06', place: 'San Salvador' });
});
afterEach(() => test.close());

function refused(method: string, input: unknown): Record<string, string> {
  const before = snapshot(test.db);
  const response = test.dispatch(method, input);
  expect(snapshot(test.db)).toBe(before);
  if (response.ok || response.error.code !== 'invalid_input') throw new Error(JSON.stringify(response));
  return fieldCodes(response.error.fields);
}

function notFound(method: string, input: unknown): void {
  const before = snapshot(test.db);
  expect(test.dispatch(method, input)).toMatchObject({ ok: false, error: { code: 'not_found', reason: 'no_record' } });
  expect(snapshot(test.db)).toBe(before);
}

function meetingHistory() {
  return test.call('history.list', { subject: { type: 'meeting', id: meeting.id } }).entries;
}

describe('attendees', () => {
  it('adds attendees in order, for a Party or an organization, and records each under the meeting', () => {
    const ana = test.call('attendees.add', { meetingId: meeting.id, name: 'Ana Pérez', party: 'CRI', title: 'Minister', role: 'Head of delegation' });
    const ilo = test.call('attendees.add', { meetingId: meeting.id, name: 'Observer', organization: 'ILO' });
    expect(ana).toMatchObject({ position: 0, party: 'CRI', organization: '', title: 'Minister', role: 'Head of delegation', version: 1 });
    expect(ilo).toMatchObject({ position: 1, party: null, organization: 'ILO' });
    expect(test.call('meetings.get', { id: meeting.id }).attendees.map((attendee) => attendee.name)).toEqual(['Ana Pérez', 'Observer']);
    expect(meetingHistory()[0]).toMatchObject({ action: 'create', subject: { type: 'attendee', id: ilo.id }, parent: { type: 'meeting', id: meeting.id } });
  });

  it('changes an attendee, a delegation from a Party to an organization included', () => {
    const ana = test.call('attendees.add', { meetingId: meeting.id, name: 'Ana Pérez', party: 'CRI' });
    const changed = test.call('attendees.update', { id: ana.id, party: null, organization: 'SIECA' });
    expect(changed).toMatchObject({ party: null, organization: 'SIECA', version: 2 });
    expect(test.call('attendees.update', { id: ana.id, organization: 'SIECA' }).version).toBe(2);
  });

  it('refuses a delegation that is both or neither, a missing name and an unknown meeting', () => {
    expect(refused('attendees.add', { meetingId: meeting.id, name: 'Ana', party: 'CRI', organization: 'ILO' })).toEqual({ party: 'one_delegation' });
    expect(refused('attendees.add', { meetingId: meeting.id, name: 'Ana' })).toEqual({ party: 'one_delegation' });
    expect(refused('attendees.add', { meetingId: meeting.id, name: ' ', party: 'CRI' })).toEqual({ name: 'required' });
    expect(refused('attendees.add', { meetingId: meeting.id, name: 'Ana', party: 'XYZ' })).toEqual({ party: 'not_party' });
    notFound('attendees.add', { meetingId: MISSING, name: 'Ana', party: 'CRI' });
    const ana = test.call('attendees.add', { meetingId: meeting.id, name: 'Ana Pérez', party: 'CRI' });
    expect(refused('attendees.update', { id: ana.id, organization: 'ILO' })).toEqual({ organization: 'one_delegation' });
    expect(refused('attendees.update', { id: ana.id, party: null })).toEqual({ party: 'one_delegation' });
    notFound('attendees.update', { id: MISSING, name: 'x' });
  });

  it('removes an attendee from the meeting', () => {
    const ana = test.call('attendees.add', { meetingId: meeting.id, name: 'Ana Pérez', party: 'CRI' });
    expect(test.call('attendees.remove', { id: ana.id })).toEqual({ id: ana.id });
    expect(test.call('meetings.get', { id: meeting.id }).attendees).toEqual([]);
    notFound('attendees.remove', { id: ana.id });
  });
});

describe('agenda items', () => {
  it('keeps the agenda in order through adds, moves and removals, with minutes and a case of the same agreement', () => {
    const dispute = test.call('cases.create', caseInput());
    const first = test.call('agendaItems.add', { meetingId: meeting.id, title: 'Adoption of the agenda' });
    const second = test.call('agendaItems.add', { meetingId: meeting.id, title: 'Dairy permits', caseId: dispute.id, minutes: 'Heard both Parties.' });
    const third = test.call('agendaItems.add', { meetingId: meeting.id, title: 'Next meeting' });
    expect(second).toMatchObject({ position: 1, caseId: dispute.id, minutes: 'Heard both Parties.' });
    const titles = () => test.call('meetings.get', { id: meeting.id }).agenda.map((item) => [item.title, item.position]);
    expect(test.call('agendaItems.move', { id: third.id, position: 0 }).map((item) => item.id)).toEqual([third.id, first.id, second.id]);
    expect(titles()).toEqual([['Next meeting', 0], ['Adoption of the agenda', 1], ['Dairy permits', 2]]);
    // Past the end puts it last.
    test.call('agendaItems.move', { id: third.id, position: 99 });
    expect(titles()).toEqual([['Adoption of the agenda', 0], ['Dairy permits', 1], ['Next meeting', 2]]);
    test.call('agendaItems.remove', { id: first.id });
    expect(titles()).toEqual([['Dairy permits', 0], ['Next meeting', 1]]);
    const minutes = 'The Parties agreed to consult.\nThe Commission took note.';
    expect(test.call('agendaItems.update', { id: second.id, minutes })).toMatchObject({ minutes, version: 2 });
    expect(meetingHistory().filter((entry) => entry.subject.type === 'agenda_item').map((entry) => entry.action)).toEqual([
      'update',
      'remove',
      'update',
      'update',
      'create',
      'create',
      'create',
    ]);
  });

  it('refuses a case of another agreement, a case not there, a missing title; a move in place changes nothing', () => {
    const peru = test.call('cases.create', caseInput({ agreement: 'us-peru-tpa', complainant: 'USA', respondent: 'PER' }));
    expect(refused('agendaItems.add', { meetingId: meeting.id, title: 'Forestry', caseId: peru.id })).toEqual({ caseId: 'case_other_agreement' });
    expect(refused('agendaItems.add', { meetingId: meeting.id, title: 'Forestry', caseId: MISSING })).toEqual({ caseId: 'no_such_case' });
    expect(refused('agendaItems.add', { meetingId: meeting.id, title: '' })).toEqual({ title: 'required' });
    const item = test.call('agendaItems.add', { meetingId: meeting.id, title: 'Forestry' });
    expect(refused('agendaItems.update', { id: item.id, caseId: peru.id })).toEqual({ caseId: 'case_other_agreement' });
    expect(refused('agendaItems.move', { id: item.id, position: -1 })).toEqual({ position: 'at_least' });
    const before = snapshot(test.db);
    test.call('agendaItems.move', { id: item.id, position: 0 });
    expect(snapshot(test.db)).toBe(before);
    notFound('agendaItems.move', { id: MISSING, position: 0 });
    notFound('agendaItems.remove', { id: MISSING });
  });
});

describe('decisions', () => {
  it('dates a decision on the meeting’s last day unless told, and keeps its number', () => {
    const decision = test.call('decisions.add', { meetingId: meeting.id, number: '3', text: 'Adopts the Model Rules of Procedure.' });
    expect(decision).toMatchObject({ number: '3', adoptedOn: '2026-03-06', version: 1 });
    expect(test.call('decisions.update', { id: decision.id, adoptedOn: '2026-03-05', number: null })).toMatchObject({ adoptedOn: '2026-03-05', number: null, version: 2 });
    expect(test.call('decisions.remove', { id: decision.id })).toEqual({ id: decision.id });
    expect(test.call('meetings.get', { id: meeting.id }).decisions).toEqual([]);
  });

  it('refuses an empty text, a bad date and a number too long', () => {
    expect(refused('decisions.add', { meetingId: meeting.id, text: '' })).toEqual({ text: 'required' });
    expect(refused('decisions.add', { meetingId: meeting.id, text: 'x', adoptedOn: '2026-13-01' })).toEqual({ adoptedOn: 'date_format' });
    expect(refused('decisions.add', { meetingId: meeting.id, text: 'x', number: '9'.repeat(41) })).toEqual({ number: 'too_long' });
    notFound('decisions.add', { meetingId: MISSING, text: 'x' });
    notFound('decisions.update', { id: MISSING, text: 'x' });
  });
});

describe('action items', () => {
  it('stores what, who, by when and for which case; changes and removes it', () => {
    const dispute = test.call('cases.create', caseInput());
    const item = test.call('actionItems.add', {
      meetingId: meeting.id,
      what: 'Send the measure to the Coordinators',
      ownerName: 'Luis Soto',
      ownerParty: 'SLV',
      dueOn: '2026-03-20',
      caseId: dispute.id,
    });
    expect(item).toMatchObject({ status: 'open', ownerParty: 'SLV', ownerOrganization: '', dueOn: '2026-03-20', caseId: dispute.id, version: 1 });
    expect(test.call('actionItems.update', { id: item.id, status: 'done' })).toMatchObject({ status: 'done', version: 2 });
    expect(test.call('actionItems.remove', { id: item.id })).toEqual({ id: item.id });
    expect(test.call('meetings.get', { id: meeting.id }).actionItems).toEqual([]);
  });

  it('refuses an owner of two delegations, a bad status, a case of another agreement, an empty what', () => {
    expect(refused('actionItems.add', { meetingId: meeting.id, what: 'x', ownerParty: 'SLV', ownerOrganization: 'SIECA' })).toEqual({ ownerParty: 'one_delegation' });
    expect(refused('actionItems.add', { meetingId: meeting.id, what: 'x', status: 'late' })).toEqual({ status: 'not_one_of' });
    expect(refused('actionItems.add', { meetingId: meeting.id, what: '' })).toEqual({ what: 'required' });
    const peru = test.call('cases.create', caseInput({ agreement: 'us-peru-tpa', complainant: 'USA', respondent: 'PER' }));
    expect(refused('actionItems.add', { meetingId: meeting.id, what: 'x', caseId: peru.id })).toEqual({ caseId: 'case_other_agreement' });
    const item = test.call('actionItems.add', { meetingId: meeting.id, what: 'x', ownerParty: 'SLV' });
    expect(refused('actionItems.update', { id: item.id, ownerOrganization: 'SIECA' })).toEqual({ ownerOrganization: 'one_delegation' });
    notFound('actionItems.update', { id: MISSING, status: 'done' });
  });
});

describe('actionItems.list', () => {
  // TEST_START is 10 March 2026.
  function seed() {
    const dispute = test.call('cases.create', caseInput());
    const other = test.call('meetings.create', { agreement: 'cafta-dr', body: 'labor-affairs-council', startsOn: '2026-02-01', place: 'Guatemala' });
    const add = (what: string, fields: Record<string, unknown> = {}) => test.call('actionItems.add', { meetingId: meeting.id, what, ...fields }).id;
    return {
      dispute,
      other,
      overdue: add('Overdue', { dueOn: '2026-03-01', ownerName: 'José Núñez', ownerParty: 'CRI', caseId: dispute.id }),
      soon: add('Due soon', { dueOn: '2026-03-15', ownerName: 'Ana Pérez' }),
      later: add('Due later', { dueOn: '2026-06-01', ownerOrganization: 'SIECA', ownerName: 'Secretariat' }),
      undated: add('No date'),
      done: add('Done', { dueOn: '2026-02-01', status: 'done' }),
      elsewhere: test.call('actionItems.add', { meetingId: other.id, what: 'Elsewhere', dueOn: '2026-03-12' }).id,
    };
  }

  it('lists open items first by due date, undated last, each with its meeting and whether it is overdue', () => {
    const ids = seed();
    const result = test.call('actionItems.list', {});
    expect(result.today).toBe('2026-03-10');
    expect(result.items.map((item) => item.id)).toEqual([ids.overdue, ids.elsewhere, ids.soon, ids.later, ids.undated, ids.done]);
    expect(result.items[0]).toMatchObject({ overdue: true, meeting: { agreement: 'cafta-dr', body: 'ftc', startsOn: '2026-03-05' } });
    expect(result.items.filter((item) => item.overdue).map((item) => item.id)).toEqual([ids.overdue]);
    expect(result.total).toBe(6);
  });

  it('filters by status, due within N days, overdue, case, meeting and owner', () => {
    const ids = seed();
    const list = (input: Record<string, unknown>) => test.call('actionItems.list', input).items.map((item) => item.id);
    expect(list({ status: 'done' })).toEqual([ids.done]);
    expect(list({ dueWithinDays: 7 })).toEqual([ids.elsewhere, ids.soon]);
    expect(list({ dueWithinDays: 7, status: 'open' })).toEqual([ids.elsewhere, ids.soon]);
    expect(list({ overdue: true })).toEqual([ids.overdue]);
    expect(list({ overdue: false, status: 'open' })).toEqual([ids.elsewhere, ids.soon, ids.later, ids.undated]);
    expect(list({ caseId: ids.dispute.id })).toEqual([ids.overdue]);
    expect(list({ meetingId: ids.other.id })).toEqual([ids.elsewhere]);
    // Accents and case folded; a Party's code matches its delegation.
    expect(list({ owner: 'jose nunez' })).toEqual([ids.overdue]);
    expect(list({ owner: 'cri' })).toEqual([ids.overdue]);
    expect(list({ owner: 'pérez' })).toEqual([ids.soon]);
    const limited = test.call('actionItems.list', { limit: 2 });
    expect(limited.items).toHaveLength(2);
    expect(limited.total).toBe(6);
  });

  it('refuses bad filters by field', () => {
    expect(refused('actionItems.list', { status: 'late', dueWithinDays: -1, limit: 0 })).toEqual({
      status: 'not_one_of',
      dueWithinDays: 'at_least',
      limit: 'at_least',
    });
  });
});
