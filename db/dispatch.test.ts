import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATA_METHODS, METHODS, contract } from '../shared/api/contract';
import { createDispatch } from './dispatch';
import { caseInput, fieldCodes, openTestDatabase, snapshot, type TestDatabase } from './testing/testDatabase';

let test: TestDatabase;
beforeEach(async () => {
  test = await openTestDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
  test.close();
});

describe('dispatch', () => {
  it('answers unknown_method for names outside the contract, prototype names included', () => {
    for (const name of ['cases.delete', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty', 'CASES.LIST']) {
      expect(test.dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    for (const name of [undefined, null, 42, {}, Symbol('cases.list')]) {
      expect(test.dispatch(name as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('serves every method of the contract', () => {
    const created = test.call('cases.create', caseInput());
    const event = test.call('events.add', { caseId: created.id, type: 'note', date: '2026-03-01' });
    const agreeCase = test.call('cases.create', caseInput());
    test.call('events.add', { caseId: agreeCase.id, type: 'consultations_requested', date: '2026-03-01' });
    const removable = test.call('cases.create', caseInput());
    const meeting = test.call('meetings.create', { agreement: 'cafta-dr', body: 'ftc', startsOn: '2026-03-05', place: 'San José' });
    const removableMeeting = test.call('meetings.create', { agreement: 'cafta-dr', body: 'ftc', startsOn: '2026-04-05', place: 'Guatemala' });
    const attendee = test.call('attendees.add', { meetingId: meeting.id, name: 'Ana Pérez', party: 'CRI' });
    const agendaItem = test.call('agendaItems.add', { meetingId: meeting.id, title: 'Dairy permits', caseId: created.id });
    test.call('agendaItems.add', { meetingId: meeting.id, title: 'Other business' });
    const decision = test.call('decisions.add', { meetingId: meeting.id, text: 'Adopts the model rules of procedure.' });
    const actionItem = test.call('actionItems.add', { meetingId: meeting.id, what: 'Circulate the minutes', dueOn: '2026-03-20' });
    const inputs: Record<(typeof DATA_METHODS)[number], unknown> = {
      'agreements.list': {},
      'cases.list': {},
      'cases.get': { id: created.id },
      'cases.create': caseInput(),
      'cases.import': { cases: [caseInput(), caseInput({ title: 'Imported second' })] },
      'cases.update': { id: created.id, version: 1, sector: 'Agriculture' },
      'cases.remove': { id: removable.id, version: 1 },
      'cases.restore': { id: removable.id },
      'history.list': { subject: { type: 'case', id: created.id } },
      'history.verify': {},
      'events.add': { caseId: created.id, type: 'note', date: '2026-03-02' },
      'events.update': { id: event.id, text: 'Updated' },
      'events.remove': { id: event.id },
      'events.restore': { id: event.id },
      'limits.agree': { caseId: agreeCase.id, rule: 'cafta-dr.commission-request', days: 90, note: 'Agreed by letters of 1 March' },
      'limits.unagree': { caseId: agreeCase.id, rule: 'cafta-dr.commission-request' },
      'deadlines.upcoming': {},
      'dashboard.summary': {},
      'demo.load': {},
      'settings.get': {},
      'settings.update': { locale: 'es' },
      'trash.list': {},
      'meetings.list': { agreement: 'cafta-dr', year: 2026 },
      'meetings.get': { id: meeting.id },
      'meetings.create': { agreement: 'us-peru-tpa', body: 'ftc', number: 6, startsOn: '2024-02-15', place: 'Lima', status: 'held' },
      'meetings.update': { id: meeting.id, version: 1, status: 'held' },
      'meetings.remove': { id: removableMeeting.id, version: 1 },
      'meetings.restore': { id: removableMeeting.id },
      'meetings.obligations': {},
      'attendees.add': { meetingId: meeting.id, name: 'Observer', organization: 'ILO' },
      'attendees.update': { id: attendee.id, title: 'Vice Minister' },
      'attendees.remove': { id: attendee.id },
      'agendaItems.add': { meetingId: meeting.id, title: 'Date of the next meeting' },
      'agendaItems.update': { id: agendaItem.id, minutes: 'The Parties heard the complaining Party.' },
      'agendaItems.move': { id: agendaItem.id, position: 1 },
      'agendaItems.remove': { id: agendaItem.id },
      'decisions.add': { meetingId: meeting.id, number: '2', text: 'Appoints the rosters.', adoptedOn: '2026-03-05' },
      'decisions.update': { id: decision.id, number: '1' },
      'decisions.remove': { id: decision.id },
      'decisions.list': { agreement: 'cafta-dr', body: 'ftc' },
      'actionItems.add': { meetingId: meeting.id, what: 'Propose dates', ownerName: 'Luis Soto', ownerParty: 'SLV' },
      'actionItems.update': { id: actionItem.id, status: 'done' },
      'actionItems.remove': { id: actionItem.id },
      'actionItems.list': { status: 'open' },
    };
    for (const method of DATA_METHODS) {
      const response = test.dispatch(method, inputs[method]);
      expect(response.ok, `${method}: ${JSON.stringify(response)}`).toBe(true);
      // Answers cross a process boundary as plain data.
      expect(JSON.parse(JSON.stringify(response))).toEqual(response);
    }
  });

  it('leaves folder methods to the data service (db/service)', () => {
    for (const method of METHODS.filter((name) => contract[name].kind === 'folder')) {
      expect(test.dispatch(method, {}), method).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });

  it('declares every method a query, a command or a folder method, and no query writes', () => {
    test.call('demo.load', {});
    const anyCase = test.call('cases.list', {}).rows[0];
    if (anyCase === undefined) throw new Error('the sample casebook loaded no case');
    const meeting = test.call('meetings.create', { agreement: 'cafta-dr', body: 'ftc', startsOn: '2026-03-05', place: 'San José' });
    const queryInputs: Partial<Record<(typeof METHODS)[number], unknown>> = {
      'cases.get': { id: anyCase.id },
      'meetings.get': { id: meeting.id },
      'history.list': { subject: { type: 'case', id: anyCase.id } },
    };
    const queries = METHODS.filter((method) => contract[method].kind === 'query');
    expect(new Set(METHODS.map((method) => contract[method].kind))).toEqual(new Set(['query', 'command', 'folder']));
    const before = snapshot(test.db);
    for (const method of queries) {
      expect(test.dispatch(method, queryInputs[method] ?? {}).ok, method).toBe(true);
    }
    expect(snapshot(test.db)).toEqual(before);
  });

  it('keeps each method in the feature it is named for (contract.ts)', async () => {
    const features = await Promise.all(
      ['agreements', 'cases', 'dashboard', 'deadlines', 'demo', 'events', 'history', 'limits', 'settings', 'system', 'trash', 'backups', 'recovery', 'meetings'].map(async (feature) => {
        const module = (await import(`../shared/${feature}/api.ts`)) as Record<string, unknown>;
        // A feature serves methods under its own name, or under the names it
        // declares as its own (`<FEATURE>_PREFIXES`: meetings serves the
        // records a meeting holds, attendees.*, agendaItems.*, …).
        const declared = module[`${feature.toUpperCase()}_PREFIXES`] as readonly string[] | undefined;
        return { feature, prefixes: declared ?? [feature], methods: Object.keys((module[`${feature}Api`] ?? {}) as Record<string, unknown>) };
      }),
    );
    for (const { feature, prefixes, methods } of features) {
      expect(prefixes, feature).toContain(feature);
      for (const method of methods) expect(prefixes, method).toContain(method.split('.')[0]);
    }
    // No name is claimed by two features, and a name a feature serves for its
    // records is no feature folder of its own.
    const claimed = features.flatMap((feature) => feature.prefixes);
    expect(new Set(claimed).size).toBe(claimed.length);
    for (const { feature, prefixes } of features) {
      for (const prefix of prefixes.filter((name) => name !== feature)) expect(fs.existsSync(path.join(__dirname, '..', 'shared', prefix)), prefix).toBe(false);
    }
    expect(features.flatMap((feature) => feature.methods).sort()).toEqual([...METHODS].sort());
  });

  it('maps invalid input to field paths', () => {
    const fields = (method: string, input: unknown) => {
      const response = test.dispatch(method, input);
      if (response.ok || response.error.code !== 'invalid_input') throw new Error(JSON.stringify(response));
      return fieldCodes(response.error.fields);
    };
    expect(fields('cases.create', caseInput({ hsCodes: ['0804', '7701'] }))).toEqual({ 'hsCodes.1': 'hs_code' });
    expect(fields('cases.create', { ...caseInput(), complainant: 'XYZ' })).toEqual({ complainant: 'not_party' });
    expect(fields('cases.create', { ...caseInput(), priority: 'high' })).toEqual({ priority: 'not_a_field' });
    expect(fields('cases.list', { sort: { column: 'seq', direction: 'up' } })).toEqual({
      'sort.column': 'not_one_of',
      'sort.direction': 'not_one_of',
    });
    expect(fields('cases.get', { id: 'not-a-uuid' })).toEqual({ id: 'not_id' });
    for (const input of [null, undefined, 'text', 42, []]) {
      expect(Object.keys(fields('settings.get', input))).toEqual(['(root)']);
    }
  });

  it('answers internal with a safe message, logs the stack and rolls the call back', () => {
    test.call('cases.create', caseInput());
    test.db.exec('ALTER TABLE case_limits RENAME TO case_limits_moved');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = snapshot(test.db);
    const response = test.dispatch('cases.create', caseInput());
    expect(response).toEqual({
      ok: false,
      error: { code: 'internal', reason: 'server_failed', message: 'Something went wrong on our side. Nothing was changed; please try again.' },
    });
    expect(snapshot(test.db)).toBe(before);
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]?.[0])).toMatch(/^\[dispatch\] "cases.create" failed: internal \(SQLITE_ERROR: no such table: (main\.)?case_limits\)\n/);
  });

  it('uses the local date of the clock it is given as today', () => {
    const dispatch = createDispatch(test.db, { now: () => new Date(2026, 11, 31, 23, 59) });
    expect(dispatch('deadlines.upcoming', {})).toMatchObject({ ok: true, result: { today: '2026-12-31', items: [] } });
  });
});
