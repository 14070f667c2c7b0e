import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../cases/domain';
import type { EventType } from '../events/domain';
import type { TimeLimit } from '../domain/limits';
import { computeProcedure, type ProcedureEvent } from './engine';
import { DUE_SOON_DAYS, isWindow, limitUrgency, limitView } from './status';

function ev(id: string, type: EventType, date: string): ProcedureEvent {
  return { id, type, date };
}

function limitOf(rule: string, events: readonly ProcedureEvent[], status: CaseStatus = 'open'): TimeLimit {
  const claims = [{ provision: '3.3.2', finding: 'non_conformity' as const }];
  const result = computeProcedure({ agreement: 'cafta-dr', kind: 'dispute', perishable: false, status, events, claims });
  const found = result.limits.find((limit) => limit.rule === rule);
  if (found === undefined) throw new Error(`No limit for ${rule}`);
  return found;
}

/** The Commission must convene within 10 days of the request (CAFTA-DR Art. 20.5.4). */
function convenes(requestedOn: string): TimeLimit {
  return limitOf('cafta-dr.commission-convenes', [ev('m1', 'commission_meeting_requested', requestedOn)]);
}

function statusOn(limit: TimeLimit, today: string): [string, number] {
  const view = limitView(limit, today);
  return [view.status, view.daysLeft];
}

describe('limitView', () => {
  it('is upcoming, due today, then overdue for a pending deadline', () => {
    const limit = convenes('2025-05-05');
    expect(limit.date).toBe('2025-05-15');
    expect(statusOn(limit, '2025-05-10')).toEqual(['upcoming', 5]);
    expect(statusOn(limit, '2025-05-15')).toEqual(['due_today', 0]);
    expect(statusOn(limit, '2025-05-16')).toEqual(['overdue', -1]);
  });

  it('counts calendar days over month ends', () => {
    const limit = convenes('2025-01-22');
    expect(limit.date).toBe('2025-02-01');
    expect(statusOn(limit, '2025-01-31')).toEqual(['upcoming', 1]);
    expect(statusOn(limit, '2025-02-01')).toEqual(['due_today', 0]);
    expect(statusOn(limit, '2025-03-01')).toEqual(['overdue', -28]);
  });

  it('counts 29 February in leap years only', () => {
    const leap = convenes('2024-02-19');
    expect(leap.date).toBe('2024-02-29');
    expect(statusOn(leap, '2024-02-28')).toEqual(['upcoming', 1]);
    expect(statusOn(leap, '2024-02-29')).toEqual(['due_today', 0]);
    expect(statusOn(leap, '2024-03-01')).toEqual(['overdue', -1]);
    const common = convenes('2023-02-19');
    expect(common.date).toBe('2023-03-01');
    expect(statusOn(common, '2023-02-28')).toEqual(['upcoming', 1]);
  });

  it('counts over the end of the year', () => {
    const limit = limitOf('cafta-dr.compensation', [ev('fr', 'final_report_issued', '2025-12-01')]);
    expect(limit.date).toBe('2026-01-16');
    expect(statusOn(limit, '2025-12-31')).toEqual(['upcoming', 16]);
  });

  it('shows met, late and not_applicable whatever the date, with the days still counted', () => {
    const met = limitOf('cafta-dr.commission-convenes', [
      ev('m1', 'commission_meeting_requested', '2025-05-05'),
      ev('v1', 'commission_convened', '2025-05-12'),
    ]);
    expect(statusOn(met, '2025-05-12')).toEqual(['met', 3]);
    expect(statusOn(met, '2025-06-01')).toEqual(['met', -17]);
    const late = limitOf('cafta-dr.commission-convenes', [
      ev('m1', 'commission_meeting_requested', '2025-05-05'),
      ev('v1', 'commission_convened', '2025-05-19'),
    ]);
    expect(statusOn(late, '2025-06-01')).toEqual(['late', -17]);
    const overtaken = limitOf('cafta-dr.commission-convenes', [
      ev('m1', 'commission_meeting_requested', '2025-05-05'),
      ev('p1', 'panel_requested', '2025-06-20'),
    ]);
    // Overtaken after its date: missed. Overtaken before it: no longer applicable.
    expect(statusOn(overtaken, '2025-07-01')).toEqual(['missed', -47]);
    const early = limitOf('cafta-dr.commission-convenes', [
      ev('m1', 'commission_meeting_requested', '2025-05-05'),
      ev('p1', 'panel_requested', '2025-05-10'),
    ]);
    expect(statusOn(early, '2025-07-01')).toEqual(['not_applicable', -47]);
  });

  it('shows every limit of a closed case that was not met as not applicable, even when past', () => {
    const events = [ev('c1', 'consultations_requested', '2025-03-03'), ev('m1', 'commission_meeting_requested', '2025-05-05')];
    const convene = limitOf('cafta-dr.commission-convenes', events, 'closed');
    expect(statusOn(convene, '2025-06-01')).toEqual(['not_applicable', -17]);
    expect(statusOn(limitOf('cafta-dr.commission-request', events, 'closed'), '2025-06-01')[0]).toBe('met');
  });

  it('closes a window a Party left unused instead of calling it overdue (CAFTA-DR Art. 20.4.3)', () => {
    const limit = limitOf('cafta-dr.third-party-consultations', [ev('c1', 'consultations_requested', '2025-03-03')]);
    expect(statusOn(limit, '2025-03-09')).toEqual(['upcoming', 1]);
    expect(statusOn(limit, '2025-03-10')).toEqual(['due_today', 0]);
    expect(statusOn(limit, '2025-03-11')).toEqual(['not_applicable', -1]);
    expect(isWindow(limit)).toBe(true);
    expect(isWindow(convenes('2025-05-05'))).toBe(false);
  });

  it('treats a limit whose rule is unknown (e.g. from an older version) as an ordinary deadline', () => {
    const limit = { ...convenes('2025-05-05'), rule: 'cafta-dr.retired-rule' };
    expect(statusOn(limit, '2025-05-16')).toEqual(['overdue', -1]);
  });

  it('does not count a step dated after today as having met a limit (issue 5 §1)', () => {
    const limit = limitOf('cafta-dr.commission-convenes', [
      ev('m1', 'commission_meeting_requested', '2025-05-05'),
      ev('v1', 'commission_convened', '2025-05-12'),
    ]);
    expect(statusOn(limit, '2025-05-08')).toEqual(['upcoming', 7]);
    expect(statusOn(limit, '2025-05-12')).toEqual(['met', 3]);
    const premature = limitOf('cafta-dr.commission-request', [
      ev('c1', 'consultations_requested', '2025-03-03'),
      ev('m1', 'commission_meeting_requested', '2025-03-20'),
    ]);
    expect(statusOn(premature, '2025-03-10')).toEqual(['upcoming', 54]);
    expect(statusOn(premature, '2025-03-20')).toEqual(['premature', 44]);
  });

  it('shows a "normally within" date that has passed as past its normal time, never overdue (CAFTA-DR Art. 17.8.7)', () => {
    const result = computeProcedure({
      agreement: 'cafta-dr',
      kind: 'environment_submission',
      perishable: false,
      status: 'open',
      events: [ev('fs', 'final_factual_record_submitted', '2025-01-10')],
    });
    const target = result.limits[0]!;
    expect(target).toMatchObject({ kind: 'target', date: '2025-03-11' });
    expect(statusOn(target, '2025-03-11')).toEqual(['due_today', 0]);
    expect(statusOn(target, '2025-03-12')).toEqual(['past_target', -1]);
  });

  it('keeps every field of the limit', () => {
    const limit = convenes('2025-05-05');
    expect(limitView(limit, '2025-05-10')).toEqual({ ...limit, status: 'upcoming', daysLeft: 5 });
  });
});

describe('status of openings and deadlines', () => {
  it('labels an opening whose date has come "open now", and a deadline by its status', () => {
    const opening = limitOf('cafta-dr.commission-request', [ev('c1', 'consultations_requested', '2025-03-03')]);
    expect(opening.date).toBe('2025-05-03');
    expect(limitView(opening, '2025-05-02').status).toBe('upcoming');
    expect(limitView(opening, '2025-05-03').status).toBe('open');
    expect(limitView(opening, '2025-06-01').status).toBe('open');
    // An opening is never overdue: a Party that has not yet used a right is not late.
    expect(statusOn(opening, '2025-05-03')).toEqual(['open', 0]);
    expect(statusOn(opening, '2025-06-02')).toEqual(['open', -30]);
    const deadline = convenes('2025-05-05');
    expect(limitView(deadline, '2025-05-15').status).toBe('due_today');
    expect(limitView(deadline, '2025-05-16').status).toBe('overdue');
  });

});

describe('limitUrgency', () => {
  const urgencyOn = (limit: TimeLimit, today: string) => limitUrgency(limitView(limit, today));

  it(`presses a pending deadline: upcoming, due soon within ${DUE_SOON_DAYS} days (inclusive), due today, overdue`, () => {
    const deadline = convenes('2025-05-05');
    expect(urgencyOn(deadline, '2025-05-07')).toBe('upcoming');
    expect(urgencyOn(deadline, '2025-05-08')).toBe('due_soon');
    expect(urgencyOn(deadline, '2025-05-14')).toBe('due_soon');
    expect(urgencyOn(deadline, '2025-05-15')).toBe('due_today');
    expect(urgencyOn(deadline, '2025-05-16')).toBe('overdue');
  });

  it('never presses an opening: upcoming until its date, then open, never overdue', () => {
    const opening = limitOf('cafta-dr.commission-request', [ev('c1', 'consultations_requested', '2025-03-03')]);
    expect(urgencyOn(opening, '2025-04-30')).toBe('upcoming');
    expect(urgencyOn(opening, '2025-05-03')).toBe('open');
    expect(urgencyOn(opening, '2026-05-03')).toBe('open');
  });

  it('presses a "normally within" target no harder than due soon, then past its normal time (CAFTA-DR Art. 17.8.7)', () => {
    const target = computeProcedure({
      agreement: 'cafta-dr',
      kind: 'environment_submission',
      perishable: false,
      status: 'open',
      events: [ev('fs', 'final_factual_record_submitted', '2025-01-10')],
    }).limits[0]!;
    expect(target.date).toBe('2025-03-11');
    expect(urgencyOn(target, '2025-02-20')).toBe('upcoming');
    expect(urgencyOn(target, '2025-03-06')).toBe('due_soon');
    expect(urgencyOn(target, '2025-03-11')).toBe('due_soon');
    expect(urgencyOn(target, '2025-03-12')).toBe('past_target');
  });

  it('settles met, flagged and inapplicable limits whatever the date', () => {
    const met = limitOf('cafta-dr.commission-convenes', [
      ev('m1', 'commission_meeting_requested', '2025-05-05'),
      ev('v1', 'commission_convened', '2025-05-12'),
    ]);
    expect(urgencyOn(met, '2025-05-13')).toBe('met');
    const late = limitOf('cafta-dr.commission-convenes', [
      ev('m1', 'commission_meeting_requested', '2025-05-05'),
      ev('v1', 'commission_convened', '2025-05-19'),
    ]);
    expect(urgencyOn(late, '2025-06-01')).toBe('flagged');
    const window = limitOf('cafta-dr.third-party-consultations', [ev('c1', 'consultations_requested', '2025-03-03')]);
    expect(urgencyOn(window, '2025-03-11')).toBe('not_applicable');
    for (const status of ['premature', 'late', 'missed'] as const) expect(limitUrgency({ kind: 'deadline', status, daysLeft: 3 })).toBe('flagged');
  });
});
