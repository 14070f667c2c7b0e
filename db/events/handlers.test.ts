import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/cases/domain';
import { caseInput, openTestDatabase, rowCount, snapshot, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
let created: CaseRecord;
beforeEach(async () => {
  test = await openTestDatabase();
  created = test.call('cases.create', caseInput());
});
afterEach(() => test.close());

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

function stageAndNext() {
  const row = test.call('cases.list', {}).rows[0];
  return [row?.stage, row?.nextLimitDate, row?.nextLimitRule];
}

describe('events.add', () => {
  it('records the event, moves the stage and the next limit, and marks activity on the case', () => {
    const event = test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-02', text: 'By note of 2 March.' });
    expect(event).toMatchObject({ caseId: created.id, type: 'consultations_requested', date: '2026-03-02', text: 'By note of 2 March.' });
    // CAFTA-DR Art. 20.4 consultations; the Commission may be asked to meet after 60 days (Art. 20.5.1(a)).
    expect(stageAndNext()[0]).toBe('consultations');
    expect(stageAndNext()[1]).not.toBeNull();
    const detail = test.call('cases.get', { id: created.id });
    expect(detail.events).toEqual([event]);
    // Activity, not an edit of the case's fields: the version a form holds stays valid.
    expect(detail.case.version).toBe(1);
    expect(detail.case.updatedAt).toBe(event.createdAt);
  });

  it('refuses a date that is not on the calendar, by field, changing nothing', () => {
    const before = snapshot(test.db);
    const response = test.dispatch('events.add', { caseId: created.id, type: 'consultations_requested', date: '2025-02-30' });
    expect(response).toEqual({
      ok: false,
      error: { code: 'invalid_input', reason: 'fields', message: expect.any(String) as string, fields: { date: { code: 'date_format', message: 'Enter a real calendar date.' } } },
    });
    expect(snapshot(test.db)).toBe(before);
  });

  it('refuses dates outside 1900–2999, whose limits would leave four-digit years, changing nothing', () => {
    const before = snapshot(test.db);
    for (const date of ['9999-12-31', '3000-01-01', '0001-01-01', '1899-12-31']) {
      expect(test.dispatch('events.add', { caseId: created.id, type: 'consultations_requested', date })).toEqual({
        ok: false,
        error: { code: 'invalid_input', reason: 'fields', message: expect.any(String) as string, fields: { date: { code: 'date_range', params: { from: '1900-01-01', to: '2999-12-31' }, message: 'Use a date from 1900-01-01 to 2999-12-31.' } } },
      });
    }
    expect(snapshot(test.db)).toBe(before);
    const event = test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-02' });
    expect(test.dispatch('events.update', { id: event.id, date: '9999-12-30' })).toMatchObject({ ok: false, error: { fields: { date: { code: expect.any(String) as string } } } });
    // The latest accepted date still yields limits every reader can show.
    test.call('events.add', { caseId: created.id, type: 'panel_requested', date: '2999-12-31' });
    expect(test.call('cases.get', { id: created.id }).limits.some((limit) => limit.date > '2999-12-31')).toBe(true);
    expect(test.dispatch('deadlines.upcoming', { withinDays: 366 })).toMatchObject({ ok: true });
  });

  it('answers not_found for an unknown case', () => {
    const before = snapshot(test.db);
    expect(test.dispatch('events.add', { caseId: MISSING_ID, type: 'note', date: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(snapshot(test.db)).toBe(before);
  });
});

describe('events.update', () => {
  it('changes the given fields and recomputes the procedure', () => {
    const event = test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-02' });
    const before = stageAndNext();
    const updated = test.call('events.update', { id: event.id, type: 'panel_requested' });
    expect(updated).toMatchObject({ id: event.id, type: 'panel_requested', date: '2026-03-02', text: '' });
    expect(updated.updatedAt > event.updatedAt).toBe(true);
    expect(stageAndNext()).not.toEqual(before);
    expect(stageAndNext()[0]).toBe('panel_composition');
    expect(test.call('cases.get', { id: created.id }).events).toEqual([updated]);
  });

  it('answers not_found for an unknown event', () => {
    expect(test.dispatch('events.update', { id: MISSING_ID, text: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('leaves an unchanged event alone', () => {
    const event = test.call('events.add', { caseId: created.id, type: 'note', date: '2026-03-02', text: 'Call' });
    const audits = rowCount(test.db, 'audit_log');
    expect(test.call('events.update', { id: event.id, text: 'Call' })).toEqual(event);
    expect(rowCount(test.db, 'audit_log')).toBe(audits);
  });
});

describe('events.remove', () => {
  it('deletes the event and its limits, and the stage goes back', () => {
    const event = test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-02' });
    expect(rowCount(test.db, 'case_limits')).toBeGreaterThan(0);
    expect(test.call('events.remove', { id: event.id })).toEqual({ id: event.id });
    expect(test.call('cases.get', { id: created.id }).events).toEqual([]);
    expect(rowCount(test.db, 'case_limits')).toBe(0);
    expect(stageAndNext()).toEqual(['not_started', null, null]);
  });

  it('answers not_found for an unknown event, changing nothing', () => {
    const before = snapshot(test.db);
    expect(test.dispatch('events.remove', { id: MISSING_ID })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshot(test.db)).toBe(before);
  });
});
