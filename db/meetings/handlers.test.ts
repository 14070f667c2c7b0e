// meetings.create / get / update / remove / restore through dispatch on a
// real file: what is stored, the history entry of each change, each field
// refused with its code, and the database unchanged by every refusal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { caseInput, fieldCodes, openTestDatabase, snapshot, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
beforeEach(async () => {
  test = await openTestDatabase();
});
afterEach(() => test.close());

function meetingInput(overrides: Partial<Input<'meetings.create'>> = {}): Input<'meetings.create'> {
  return { agreement: 'cafta-dr', body: 'ftc', number: 1, startsOn: '2026-03-05', endsOn: '2026-03-06', place: 'San Salvador', chair: 'SLV', ...overrides };
}

/** The field codes of a refusal, after checking it changed nothing. */
function refused(method: string, input: unknown): Record<string, string> {
  const before = snapshot(test.db);
  const response = test.dispatch(method, input);
  expect(snapshot(test.db)).toBe(before);
  if (response.ok || response.error.code !== 'invalid_input') throw new Error(JSON.stringify(response));
  return fieldCodes(response.error.fields);
}

function historyOf(id: string) {
  return test.call('history.list', { subject: { type: 'meeting', id } }).entries;
}

describe('meetings.create', () => {
  it('stores the meeting with its defaults and records its creation', () => {
    const meeting = test.call('meetings.create', { agreement: 'us-peru-tpa', body: 'ftc', startsOn: '2024-02-15', place: 'Lima' });
    expect(meeting).toMatchObject({
      agreement: 'us-peru-tpa',
      body: 'ftc',
      number: null,
      startsOn: '2024-02-15',
      endsOn: null,
      place: 'Lima',
      virtual: false,
      status: 'planned',
      chair: null,
      publicSession: false,
      sample: false,
      version: 1,
    });
    expect(test.call('meetings.get', { id: meeting.id })).toMatchObject({ meeting, attendees: [], agenda: [], decisions: [], actionItems: [] });
    expect(historyOf(meeting.id)).toMatchObject([{ action: 'create', subject: { type: 'meeting', id: meeting.id }, after: { place: 'Lima' } }]);
  });

  it('takes a virtual meeting, and a meeting whose place is not known, without a place', () => {
    expect(test.call('meetings.create', meetingInput({ place: '', virtual: true })).virtual).toBe(true);
    expect(test.call('meetings.create', meetingInput({ place: '' })).place).toBe('');
  });

  it('refuses each bad field by its code and changes nothing', () => {
    expect(refused('meetings.create', meetingInput({ body: 'procurement-committee' }))).toEqual({ body: 'not_body' });
    expect(refused('meetings.create', meetingInput({ endsOn: '2026-03-04' }))).toEqual({ endsOn: 'ends_before_starts' });
    expect(refused('meetings.create', meetingInput({ chair: 'PER' }))).toEqual({ chair: 'not_party' });
    expect(refused('meetings.create', meetingInput({ place: 'x'.repeat(201) }))).toEqual({ place: 'too_long' });
    expect(refused('meetings.create', { ...meetingInput(), status: 'adjourned' })).toEqual({ status: 'not_one_of' });
    expect(refused('meetings.create', meetingInput({ number: 0 }))).toEqual({ number: 'at_least' });
    expect(refused('meetings.create', meetingInput({ startsOn: '2026-02-30' }))).toEqual({ startsOn: 'date_format' });
    expect(refused('meetings.create', { ...meetingInput(), agreement: 'nafta' })).toEqual({ agreement: 'not_one_of' });
    expect(refused('meetings.create', { ...meetingInput(), room: '4B' })).toEqual({ room: 'not_a_field' });
    expect(refused('meetings.create', { ...meetingInput(), startsOn: undefined })).toEqual({ startsOn: 'required' });
  });
});

describe('meetings.update', () => {
  it('changes the fields given, stamps the version and records before and after', () => {
    const meeting = test.call('meetings.create', meetingInput());
    const changed = test.call('meetings.update', { id: meeting.id, version: 1, status: 'held', publicSession: true });
    expect(changed).toMatchObject({ status: 'held', publicSession: true, place: 'San Salvador', version: 2 });
    expect(historyOf(meeting.id)[0]).toMatchObject({ action: 'update', before: { status: 'planned' }, after: { status: 'held', version: 2 } });
  });

  it('leaves a meeting given its own values as it was', () => {
    const meeting = test.call('meetings.create', meetingInput());
    expect(test.call('meetings.update', { id: meeting.id, version: 1, place: 'San Salvador' })).toEqual(meeting);
    expect(historyOf(meeting.id)).toHaveLength(1);
  });

  it('checks the change against the stored meeting, and refuses a stale version with the meeting as stored', () => {
    const meeting = test.call('meetings.create', meetingInput());
    expect(refused('meetings.update', { id: meeting.id, version: 1, endsOn: '2026-03-01' })).toEqual({ endsOn: 'ends_before_starts' });
    expect(refused('meetings.update', { id: meeting.id, version: 1, agreement: 'us-peru-tpa' })).toEqual({ chair: 'not_party' });
    expect(refused('meetings.update', { id: meeting.id, version: 1, body: 'procurement-committee' })).toEqual({ body: 'not_body' });
    const dispute = test.call('cases.create', caseInput());
    test.call('agendaItems.add', { meetingId: meeting.id, title: 'Dairy permits', caseId: dispute.id });
    expect(refused('meetings.update', { id: meeting.id, version: 1, agreement: 'us-peru-tpa', chair: null })).toEqual({ agreement: 'case_other_agreement' });
    test.call('meetings.update', { id: meeting.id, version: 1, status: 'held' });
    const before = snapshot(test.db);
    expect(test.dispatch('meetings.update', { id: meeting.id, version: 1, status: 'cancelled' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'stale_version', params: { version: 2, yourVersion: 1 }, current: { status: 'held' } },
    });
    expect(snapshot(test.db)).toBe(before);
  });
});

describe('meetings.remove and meetings.restore', () => {
  it('moves the meeting and what it holds out of sight, and brings them back as they were', () => {
    const meeting = test.call('meetings.create', meetingInput());
    const item = test.call('agendaItems.add', { meetingId: meeting.id, title: 'Rules of procedure' });
    const action = test.call('actionItems.add', { meetingId: meeting.id, what: 'Publish the decisions', dueOn: '2026-03-01' });
    expect(test.call('meetings.remove', { id: meeting.id, version: 1 })).toEqual({ id: meeting.id });
    expect(test.dispatch('meetings.get', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'not_found', params: { record: 'meeting' } } });
    expect(test.call('meetings.list', {}).rows).toEqual([]);
    expect(test.call('actionItems.list', {}).items).toEqual([]);
    expect(test.dispatch('agendaItems.update', { id: item.id, minutes: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(test.dispatch('attendees.add', { meetingId: meeting.id, name: 'Ana', party: 'SLV' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const restored = test.call('meetings.restore', { id: meeting.id });
    expect(restored.version).toBe(3);
    expect(test.call('meetings.get', { id: meeting.id })).toMatchObject({ agenda: [{ id: item.id }], actionItems: [{ id: action.id }] });
    expect(historyOf(meeting.id).map((entry) => entry.action)).toEqual(['restore', 'remove', 'create', 'create', 'create']);
  });

  it('refuses a stale version, an unknown meeting and a restore of a live one, changing nothing', () => {
    const meeting = test.call('meetings.create', meetingInput());
    const before = snapshot(test.db);
    expect(test.dispatch('meetings.remove', { id: meeting.id, version: 2 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(test.dispatch('meetings.remove', { id: '00000000-0000-4000-8000-000000000000', version: 1 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(test.dispatch('meetings.restore', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshot(test.db)).toBe(before);
    expect(refused('meetings.remove', { id: meeting.id })).toEqual({ version: 'required' });
  });
});
