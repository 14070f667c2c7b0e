// decisions.list: the decision register across meetings — each filter, the
// order (newest adopted first, then number), decisions removed or of a meeting
// in the Trash left out, refusals by field with the database unchanged, and
// the query plan that finds them through the indexes of migration 110.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { decisionsListInput } from '../../shared/meetings/schemas';
import { explainStatements, type Plan } from '../testing/queryPlans';
import { fieldCodes, openTestDatabase, snapshot, type TestDatabase } from '../testing/testDatabase';
import { listDecisions } from './decisionsList';

let test: TestDatabase;
const meetings: Record<string, string> = {};
const names = new Map<string, string>();
beforeAll(async () => {
  test = await openTestDatabase();
  const meeting = (name: string, input: Input<'meetings.create'>) => {
    meetings[name] = test.call('meetings.create', input).id;
  };
  const decision = (name: string, meetingName: string, input: Omit<Input<'decisions.add'>, 'meetingId'>) => {
    const id = test.call('decisions.add', { meetingId: meetings[meetingName] as string, ...input }).id;
    names.set(id, name);
    return id;
  };
  meeting('cafta1', { agreement: 'cafta-dr', body: 'ftc', number: 1, startsOn: '2011-02-22', endsOn: '2011-02-23', place: 'San Salvador', status: 'held' });
  meeting('council', { agreement: 'cafta-dr', body: 'labor-affairs-council', startsOn: '2013-05-04', place: 'Managua', status: 'held' });
  meeting('peru6', { agreement: 'us-peru-tpa', body: 'ftc', number: 6, startsOn: '2024-02-15', place: 'Lima', status: 'held' });
  meeting('binned', { agreement: 'cafta-dr', body: 'ftc', number: 9, startsOn: '2025-01-10', place: 'Guatemala', status: 'held' });
  // Adopted on the meeting's last day when no date is given; numbers order as numbers ("10" after "2").
  decision('cafta-10', 'cafta1', { number: '10', text: 'Tenth.' });
  decision('cafta-2', 'cafta1', { number: '2', text: 'Second.' });
  decision('cafta-unnumbered', 'cafta1', { text: 'Unnumbered.' });
  decision('cafta-early', 'cafta1', { number: '1', text: 'First, on the first day.', adoptedOn: '2011-02-22' });
  decision('council', 'council', { text: 'Labor cooperation.' });
  decision('peru', 'peru6', { number: '1', text: 'Peru FTC.' });
  const removed = decision('removed', 'cafta1', { number: '3', text: 'Taken back.' });
  test.call('decisions.remove', { id: removed });
  decision('binned', 'binned', { number: '1', text: 'Of a meeting in the Trash.' });
  test.call('meetings.remove', { id: meetings.binned as string, version: 1 });
});
afterAll(() => test.close());

function listed(input: Input<'decisions.list'>): string[] {
  return test.call('decisions.list', input).items.map((row) => names.get(row.id) ?? row.id);
}

describe('decisions.list', () => {
  it('lists every live decision of every live meeting, newest adopted first, then by number', () => {
    expect(listed({})).toEqual(['peru', 'council', 'cafta-2', 'cafta-10', 'cafta-unnumbered', 'cafta-early']);
    expect(test.call('decisions.list', {}).total).toBe(6);
  });

  it('answers each decision with the meeting that adopted it', () => {
    const [first] = test.call('decisions.list', { agreement: 'us-peru-tpa' }).items;
    expect(first).toMatchObject({
      number: '1',
      text: 'Peru FTC.',
      adoptedOn: '2024-02-15',
      meetingId: meetings.peru6,
      meeting: { id: meetings.peru6, agreement: 'us-peru-tpa', body: 'ftc', number: 6, startsOn: '2024-02-15' },
    });
  });

  it('filters by agreement, by body, and by both', () => {
    expect(listed({ agreement: 'cafta-dr' })).toEqual(['council', 'cafta-2', 'cafta-10', 'cafta-unnumbered', 'cafta-early']);
    expect(listed({ body: 'ftc' })).toEqual(['peru', 'cafta-2', 'cafta-10', 'cafta-unnumbered', 'cafta-early']);
    expect(listed({ agreement: 'cafta-dr', body: 'labor-affairs-council' })).toEqual(['council']);
    expect(listed({ agreement: 'us-colombia-tpa' })).toEqual([]);
  });

  it('answers the first `limit` with the total of every match', () => {
    const page = test.call('decisions.list', { agreement: 'cafta-dr', limit: 2 });
    expect(page.items.map((row) => names.get(row.id))).toEqual(['council', 'cafta-2']);
    expect(page.total).toBe(5);
  });

  it('brings a decision back into the register with its restored meeting', async () => {
    const own = await openTestDatabase();
    try {
      const meeting = own.call('meetings.create', { agreement: 'cafta-dr', body: 'ftc', startsOn: '2026-03-05', place: 'San José' });
      own.call('decisions.add', { meetingId: meeting.id, text: 'Kept.' });
      own.call('meetings.remove', { id: meeting.id, version: 1 });
      expect(own.call('decisions.list', {}).items).toEqual([]);
      own.call('meetings.restore', { id: meeting.id });
      expect(own.call('decisions.list', {}).items.map((row) => row.text)).toEqual(['Kept.']);
    } finally {
      own.close();
    }
  });

  it('refuses invalid input by field, with the database unchanged', () => {
    const before = snapshot(test.db);
    const response = test.dispatch('decisions.list', { agreement: 'nafta', body: 'no-such-body', limit: 0 });
    expect(snapshot(test.db)).toBe(before);
    if (response.ok || response.error.code !== 'invalid_input') throw new Error(JSON.stringify(response));
    expect(fieldCodes(response.error.fields)).toEqual({ agreement: 'not_one_of', body: 'not_one_of', limit: 'at_least' });
    const extra = test.dispatch('decisions.list', { meetingId: meetings.peru6, limit: 1_001 });
    if (extra.ok || extra.error.code !== 'invalid_input') throw new Error(JSON.stringify(extra));
    expect(Object.keys(fieldCodes(extra.error.fields)).sort()).toEqual(['limit', 'meetingId']);
    expect(snapshot(test.db)).toBe(before);
  });
});

describe('query plan of decisions.list', () => {
  function plans(input: Input<'decisions.list'>): Plan[] {
    return explainStatements(test.file, (db: Database.Database) => listDecisions(db, decisionsListInput.parse(input)));
  }
  const text = (plan: Plan) => plan.steps.join(' | ');

  it.each([
    ['no filter', {}],
    ['agreement', { agreement: 'cafta-dr' }],
    ['body', { body: 'ftc' }],
    ['agreement and body', { agreement: 'cafta-dr', body: 'ftc' }],
  ] as const)('reads the live decisions through decisions_meeting and never scans a table (%s)', (_name, input) => {
    const found = plans(input);
    expect(found).toHaveLength(2);
    for (const plan of found) {
      // Unfiltered, the whole register is read from the partial index of live decisions; filtered, each meeting's through it.
      expect(text(plan), plan.sql).toMatch(/(SCAN|SEARCH) d USING (COVERING )?INDEX decisions_meeting\b/);
      expect(plan.steps.filter((step) => /^SCAN (d|m)$/.test(step)), plan.sql).toEqual([]);
    }
  });

  it.each([
    ['agreement', { agreement: 'cafta-dr' }],
    ['body', { body: 'ftc' }],
  ] as const)('finds the decisions of each meeting of the %s filter by meeting', (_name, input) => {
    for (const plan of plans(input)) {
      expect(text(plan), plan.sql).toMatch(/SEARCH d USING (COVERING )?INDEX decisions_meeting \(meeting_id=\?\)/);
    }
  });

  it.each([
    ['agreement', { agreement: 'cafta-dr' }, 'meetings_list_agreement'],
    ['body', { body: 'ftc' }, 'meetings_list_body'],
  ] as const)('reads the meetings of the %s filter from its index', (_name, input, index) => {
    for (const plan of plans(input)) {
      expect(text(plan), plan.sql).toMatch(new RegExp(`SEARCH m USING INDEX ${index} \\(${_name}=\\?\\)`));
    }
  });
});
