// Events under procedure v2: scheduled steps, steps that do not belong to the
// kind of case, and the warnings cases.get gives about the record.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/cases/domain';
import { caseInput, openTestDatabase, snapshot, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
let created: CaseRecord;
beforeEach(async () => {
  test = await openTestDatabase();
  created = test.call('cases.create', caseInput());
});
afterEach(() => test.close());

// The test clock's today is 2026-03-10 (TEST_START).
describe('scheduled steps (issue 5 §4)', () => {
  it('records a step as scheduled: it meets nothing until confirmed as held', () => {
    test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-01-05' });
    test.call('events.add', { caseId: created.id, type: 'commission_meeting_requested', date: '2026-03-09' });
    const planned = test.call('events.add', { caseId: created.id, type: 'commission_convened', date: '2026-03-18', scheduled: true });
    expect(planned.scheduled).toBe(true);
    const detail = test.call('cases.get', { id: created.id });
    expect(detail.limits.find((limit) => limit.rule === 'cafta-dr.commission-convenes')).toMatchObject({ resolution: 'pending', metBy: null });
    expect(detail.warnings.filter((warning) => warning.eventId === planned.id)).toEqual([]);
    const held = test.call('events.update', { id: planned.id, scheduled: false, date: '2026-03-10' });
    expect(held).toMatchObject({ scheduled: false, date: '2026-03-10' });
    expect(test.call('cases.get', { id: created.id }).limits.find((limit) => limit.rule === 'cafta-dr.commission-convenes')?.status).toBe('met');
  });

  it('warns about a step dated after today that is not scheduled, and does not count it as met', () => {
    test.call('events.add', { caseId: created.id, type: 'commission_meeting_requested', date: '2026-03-09' });
    const ahead = test.call('events.add', { caseId: created.id, type: 'commission_convened', date: '2026-03-15' });
    const detail = test.call('cases.get', { id: created.id });
    expect(detail.warnings).toContainEqual(expect.objectContaining({ code: 'future_event', eventId: ahead.id, params: { type: 'commission_convened', date: '2026-03-15' } }));
    // Stored as met (the record says so), shown as not yet: the step has not happened.
    expect(detail.limits.find((limit) => limit.rule === 'cafta-dr.commission-convenes')).toMatchObject({ resolution: 'met', status: 'upcoming' });
  });

  it('warns about a scheduled step whose day has passed without being confirmed', () => {
    const planned = test.call('events.add', { caseId: created.id, type: 'consultations_held', date: '2026-03-01', scheduled: true });
    expect(test.call('cases.get', { id: created.id }).warnings).toContainEqual(expect.objectContaining({ code: 'scheduled_passed', eventId: planned.id }));
  });
});

describe('steps that do not belong to the kind of case', () => {
  it('refuses a submission step on a dispute, and a dispute step on a submission, by field and changing nothing', () => {
    const submission = test.call('cases.create', {
      agreement: 'cafta-dr',
      kind: 'environment_submission',
      title: 'Sea turtles',
      submitter: 'PRETOMA',
      respondent: 'CRI',
    });
    const before = snapshot(test.db);
    for (const [caseId, type] of [
      [created.id, 'submission_filed'],
      [submission.id, 'panel_requested'],
    ] as const) {
      expect(test.dispatch('events.add', { caseId, type, date: '2026-03-01' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields: { type: { code: 'step_not_of_kind' } } },
      });
    }
    const note = test.call('events.add', { caseId: submission.id, type: 'note', date: '2026-03-01' });
    const afterNote = snapshot(test.db);
    expect(test.dispatch('events.update', { id: note.id, type: 'final_report_issued' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(snapshot(test.db)).toBe(afterNote);
    expect(afterNote).not.toBe(before);
  });
});

describe('cases.get warnings', () => {
  it('flags a premature step with its article and the event, never as met (issue 5 §1)', () => {
    test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-01-05' });
    const early = test.call('events.add', { caseId: created.id, type: 'commission_meeting_requested', date: '2026-01-20' });
    const detail = test.call('cases.get', { id: created.id });
    expect(detail.limits.find((limit) => limit.rule === 'cafta-dr.commission-request')).toMatchObject({ status: 'premature', reason: 'before_opening' });
    expect(detail.warnings).toContainEqual(
      expect.objectContaining({ code: 'premature', eventId: early.id, rule: 'cafta-dr.commission-request', article: 'CAFTA-DR Art. 20.5.1(a)' }),
    );
  });

  it('says a panel cannot be requested until a Commission meeting is requested (Art. 20.6.1)', () => {
    test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-01-05' });
    expect(test.call('cases.get', { id: created.id }).warnings).toContainEqual(
      expect.objectContaining({ code: 'condition_pending', article: 'CAFTA-DR Art. 20.6.1' }),
    );
  });
});
