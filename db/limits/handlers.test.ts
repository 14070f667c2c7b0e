// limits.agree / limits.unagree against a real file: "or such other period as
// the disputing Parties agree" only where the article says so, audited,
// recomputed, and nothing changed by a refused call.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/cases/domain';
import { caseInput, openTestDatabase, snapshot, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
let created: CaseRecord;
beforeEach(async () => {
  test = await openTestDatabase();
  created = test.call('cases.create', caseInput());
  test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-02' });
});
afterEach(() => test.close());

const RULE = 'cafta-dr.commission-request';

function limit(rule: string) {
  return test.call('cases.get', { id: created.id }).limits.find((entry) => entry.rule === rule);
}

function refusal(method: string, input: unknown) {
  const before = snapshot(test.db);
  const response = test.dispatch(method, input);
  expect(snapshot(test.db)).toBe(before);
  if (response.ok) throw new Error(`${method} was accepted: ${JSON.stringify(input)}`);
  return response.error;
}

describe('limits.agree', () => {
  it('records an agreed date, shows it with the treaty date beside it, and audits it (CAFTA-DR Art. 20.5.1(c))', () => {
    // 2 Mar + 60 = 1 May; the treaty opening is 2 May.
    expect(limit(RULE)).toMatchObject({ date: '2026-05-02', agreed: null, agreeable: true });
    const detail = test.call('limits.agree', { caseId: created.id, rule: RULE, date: '2026-04-15', note: 'Letters of 20 March' });
    expect(detail.limits.find((entry) => entry.rule === RULE)).toMatchObject({
      date: '2026-04-15',
      agreed: { date: '2026-04-15', originalDate: '2026-05-02', note: 'Letters of 20 March' },
    });
    // The stored limit the cases table reads moved too.
    expect(test.db.prepare('SELECT date FROM case_limits WHERE case_id = ? AND rule = ?').pluck().get(created.id, RULE)).toBe('2026-04-15');
    const entry = test.call('history.list', { subject: { type: 'case', id: created.id } }).entries[0];
    expect(entry).toMatchObject({ action: 'create', subject: { type: 'limit_agreement', id: `${created.id}:${RULE}` }, parent: { type: 'case', id: created.id }, before: null });
    expect(entry?.after).toMatchObject({ rule: RULE, date: '2026-04-15', days: null, note: 'Letters of 20 March' });
  });

  it('takes a number of days instead of a date, and replaces an earlier agreement', () => {
    test.call('limits.agree', { caseId: created.id, rule: RULE, date: '2026-04-15' });
    const detail = test.call('limits.agree', { caseId: created.id, rule: RULE, days: 90 });
    // 2 Mar + 90 = 31 May; opens the day after, like the treaty's own period.
    expect(detail.limits.find((entry) => entry.rule === RULE)?.agreed).toEqual({ date: '2026-06-01', days: 90, originalDate: '2026-05-02', note: '' });
    expect(test.call('history.list', { subject: { type: 'case', id: created.id } }).entries[0]).toMatchObject({ action: 'update', subject: { type: 'limit_agreement' } });
  });

  it('refuses, by field and changing nothing, a rule whose article allows no other period', () => {
    test.call('events.add', { caseId: created.id, type: 'commission_meeting_requested', date: '2026-05-04' });
    const error = refusal('limits.agree', { caseId: created.id, rule: 'cafta-dr.commission-convenes', days: 30 });
    expect(error).toMatchObject({ code: 'invalid_input', fields: { rule: { code: 'not_agreeable' } } });
  });

  it('refuses an unknown rule, a rule of another agreement, and a limit that is not running', () => {
    expect(refusal('limits.agree', { caseId: created.id, rule: 'us-peru-tpa.final-report', days: 30 })).toMatchObject({
      fields: { rule: { code: 'no_such_limit' } },
    });
    expect(refusal('limits.agree', { caseId: created.id, rule: 'cafta-dr.final-report', days: 30 })).toMatchObject({
      fields: { rule: { code: 'limit_not_running' } },
    });
  });

  it('refuses both a date and days, or neither, and an unknown case', () => {
    expect(refusal('limits.agree', { caseId: created.id, rule: RULE, date: '2026-04-15', days: 10 })).toMatchObject({
      code: 'invalid_input',
      fields: { date: { code: 'agreed_date_or_days' } },
    });
    expect(refusal('limits.agree', { caseId: created.id, rule: RULE })).toMatchObject({ fields: { date: { code: expect.any(String) as string } } });
    expect(refusal('limits.agree', { caseId: created.id, rule: RULE, days: -1 })).toMatchObject({ fields: { days: { code: expect.any(String) as string } } });
    expect(refusal('limits.agree', { caseId: '00000000-0000-4000-8000-000000000000', rule: RULE, days: 10 })).toMatchObject({ code: 'not_found' });
  });
});

describe('limits.agree for one period', () => {
  it('refuses a date before the date the period counts from', () => {
    expect(refusal('limits.agree', { caseId: created.id, rule: RULE, date: '2026-02-20' })).toMatchObject({
      code: 'invalid_input',
      fields: { date: { code: 'before_counted_from' } },
    });
  });

  it('holds for the request it was agreed for: a new request makes it stale, with a warning', () => {
    test.call('limits.agree', { caseId: created.id, rule: RULE, days: 90 });
    test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-06-01' });
    const detail = test.call('cases.get', { id: created.id });
    // 1 June + 60 = 31 July: from 1 August, the treaty's period again.
    expect(detail.limits.find((entry) => entry.rule === RULE)).toMatchObject({ date: '2026-08-01', agreed: null });
    expect(detail.warnings).toContainEqual(expect.objectContaining({ code: 'agreement_stale', rule: RULE }));
  });
});

describe('limits.unagree', () => {
  it('removes the agreement, restores the treaty date and audits the removal', () => {
    test.call('limits.agree', { caseId: created.id, rule: RULE, days: 90 });
    const detail = test.call('limits.unagree', { caseId: created.id, rule: RULE });
    expect(detail.limits.find((entry) => entry.rule === RULE)).toMatchObject({ date: '2026-05-02', agreed: null });
    expect(test.call('history.list', { subject: { type: 'case', id: created.id } }).entries[0]).toMatchObject({ action: 'remove', subject: { type: 'limit_agreement' }, after: null });
  });

  it('answers not_found, changing nothing, when nothing was agreed', () => {
    expect(refusal('limits.unagree', { caseId: created.id, rule: RULE })).toMatchObject({ code: 'not_found' });
  });
});
