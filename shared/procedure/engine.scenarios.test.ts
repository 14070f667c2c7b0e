// Whole cases from the request for consultations to the final report, one per
// agreement, checking the stage after each step and every limit at the end.
// Expected dates are worked out by hand from the calendar.
import { describe, expect, it } from 'vitest';
import type { AgreementId } from '../domain/agreements';
import type { Claim } from '../cases/domain';
import type { EventType } from '../events/domain';
import type { Stage } from '../domain/stages';
import { computeProcedure, type ProcedureEvent, type ProcedureResult } from './engine';

type Step = readonly [id: string, type: EventType, date: string, stageAfter: Stage];

function ev(step: Step): ProcedureEvent {
  return { id: step[0], type: step[1], date: step[2] };
}

function run(agreement: AgreementId, events: readonly ProcedureEvent[], perishable = false, claims: readonly Claim[] = []): ProcedureResult {
  return computeProcedure({ agreement, kind: 'dispute', perishable, status: 'open', events, claims });
}

/** [rule step, date, resolution] for every limit, in date order. */
function summary(agreement: AgreementId, result: ProcedureResult): string[][] {
  return result.limits.map((limit) => [limit.rule.slice(agreement.length + 1), limit.date, limit.resolution]);
}

function stagesAlong(agreement: AgreementId, steps: readonly Step[], perishable = false, claims: readonly Claim[] = []): Stage[] {
  return steps.map((_, index) => run(agreement, steps.slice(0, index + 1).map(ev), perishable, claims).stage);
}

function only(agreement: AgreementId, result: ProcedureResult, steps: readonly string[]): string[][] {
  return summary(agreement, result).filter(([step]) => steps.includes(step ?? ''));
}

describe('CAFTA-DR dispute, consultations to final report', () => {
  const steps: readonly Step[] = [
    ['c1', 'consultations_requested', '2025-03-03', 'consultations'],
    ['h1', 'consultations_held', '2025-03-20', 'consultations'],
    ['m1', 'commission_meeting_requested', '2025-05-05', 'commission'],
    ['v1', 'commission_convened', '2025-05-14', 'commission'],
    ['p1', 'panel_requested', '2025-06-16', 'panel_composition'],
    ['ch', 'panel_chair_selected', '2025-06-27', 'panel_composition'],
    ['w1', 'panelist_appointed', '2025-07-03', 'panel_composition'],
    ['w2', 'panelist_appointed', '2025-07-10', 'panel_composition'],
    ['pc', 'panel_composed', '2025-07-10', 'panel_proceedings'],
    ['ir', 'initial_report_issued', '2025-11-03', 'initial_report'],
    ['cm', 'initial_report_comments', '2025-11-14', 'initial_report'],
    ['fr', 'final_report_issued', '2025-12-01', 'final_report'],
    ['pb', 'final_report_published', '2025-12-12', 'final_report'],
  ];

  it('moves through the stages step by step', () => {
    expect(stagesAlong('cafta-dr', steps)).toEqual(steps.map((step) => step[3]));
  });

  it('computes, meets and retires every limit (chair first, 180-day outer limit)', () => {
    const result = run('cafta-dr', steps.map(ev));
    expect(summary('cafta-dr', result)).toEqual([
      ['third-party-consultations', '2025-03-10', 'not_applicable'],
      ['commission-request', '2025-05-03', 'met'],
      ['commission-convenes', '2025-05-15', 'met'],
      ['panel-request-without-commission', '2025-05-18', 'not_applicable'],
      ['panel-request-after-commission', '2025-06-14', 'met'],
      ['join-as-complainant', '2025-06-23', 'not_applicable'],
      ['panel-chair', '2025-07-01', 'met'],
      ['terms-of-reference', '2025-07-06', 'not_applicable'],
      ['panelists', '2025-07-12', 'met'],
      ['initial-report', '2025-11-07', 'met'],
      ['initial-report-comments', '2025-11-17', 'met'],
      ['final-report', '2025-12-03', 'met'],
      ['final-report-publication', '2025-12-16', 'met'],
      ['initial-report-outer', '2026-01-06', 'met'],
    ]);
    // The remedies wait for the findings (Art. 20.15–20.17).
    expect(result.warnings.map((warning) => warning.code)).toEqual(['findings_missing']);
  });

  it('gives the same result whatever order the events come in', () => {
    const sorted = run('cafta-dr', steps.map(ev));
    expect(run('cafta-dr', [...steps].reverse().map(ev))).toEqual(sorted);
    const shuffled = [7, 2, 12, 0, 9, 4, 11, 1, 6, 3, 10, 5, 8].map((index) => ev(steps[index]!));
    expect(run('cafta-dr', shuffled)).toEqual(sorted);
  });
});

describe('US–Colombia TPA dispute, consultations to final report', () => {
  const steps: readonly Step[] = [
    ['c1', 'consultations_requested', '2026-01-12', 'consultations'],
    ['m1', 'commission_meeting_requested', '2026-03-16', 'commission'],
    ['v1', 'commission_convened', '2026-03-24', 'commission'],
    ['p1', 'panel_requested', '2026-04-27', 'panel_composition'],
    ['w1', 'panelist_appointed', '2026-05-05', 'panel_composition'],
    ['w2', 'panelist_appointed', '2026-05-11', 'panel_composition'],
    ['ch', 'panel_chair_selected', '2026-05-22', 'panel_composition'],
    ['pc', 'panel_composed', '2026-05-22', 'panel_proceedings'],
    ['ir', 'initial_report_issued', '2026-09-18', 'initial_report'],
    ['fr', 'final_report_issued', '2026-10-16', 'final_report'],
  ];
  const claims: readonly Claim[] = [{ provision: 'Art. 2.8', finding: 'non_conformity' }];

  it('moves through the stages step by step', () => {
    expect(stagesAlong('us-colombia-tpa', steps, false, claims)).toEqual(steps.map((step) => step[3]));
  });

  it('computes every limit (wing panelists first, chair from the second appointment, no third-Party windows)', () => {
    const result = run('us-colombia-tpa', steps.map(ev), false, claims);
    expect(summary('us-colombia-tpa', result)).toEqual([
      ['commission-request', '2026-03-14', 'met'],
      ['commission-convenes', '2026-03-26', 'met'],
      ['panel-request-without-commission', '2026-03-29', 'not_applicable'],
      ['panel-request-after-commission', '2026-04-24', 'met'],
      ['panelists', '2026-05-12', 'met'],
      ['terms-of-reference', '2026-05-17', 'not_applicable'],
      ['panel-chair', '2026-05-26', 'met'],
      ['initial-report', '2026-09-19', 'met'],
      // Final report issued without comments: the comment window was overtaken.
      ['initial-report-comments', '2026-10-02', 'not_applicable'],
      ['final-report', '2026-10-18', 'met'],
      ['final-report-publication', '2026-10-31', 'pending'],
      // 16 Oct + 45 = 30 Nov: from 1 Dec; + 30 = 31 Dec: notice from 1 Jan.
      ['compensation', '2026-12-01', 'pending'],
      ['suspension-notice', '2027-01-01', 'pending'],
    ]);
    expect(result.limits.every((limit) => limit.article.startsWith('US–Colombia TPA Art. '))).toBe(true);
    expect(result.limits.some((limit) => limit.perishable)).toBe(false);
    expect(result.warnings).toEqual([]);
  });
});

describe('US–Peru TPA dispute on perishable goods, consultations to final report', () => {
  // 2024 is a leap year: the 30-day panel opening runs over 29 February.
  const steps: readonly Step[] = [
    ['c1', 'consultations_requested', '2024-02-20', 'consultations'],
    ['m1', 'commission_meeting_requested', '2024-03-08', 'commission'],
    ['p1', 'panel_requested', '2024-03-22', 'panel_composition'],
    ['w1', 'panelist_appointed', '2024-03-28', 'panel_composition'],
    ['w2', 'panelist_appointed', '2024-04-04', 'panel_composition'],
    ['ch', 'panel_chair_selected', '2024-04-15', 'panel_composition'],
    ['pc', 'panel_composed', '2024-04-15', 'panel_proceedings'],
    ['ir', 'initial_report_issued', '2024-08-09', 'initial_report'],
    ['cm', 'initial_report_comments', '2024-08-20', 'initial_report'],
    ['fr', 'final_report_issued', '2024-09-06', 'final_report'],
  ];

  it('moves through the stages step by step', () => {
    expect(stagesAlong('us-peru-tpa', steps, true)).toEqual(steps.map((step) => step[3]));
  });

  it('uses the perishable-goods limits and says so', () => {
    const result = run('us-peru-tpa', steps.map(ev), true);
    expect(summary('us-peru-tpa', result)).toEqual([
      ['commission-request', '2024-03-07', 'met'],
      // The Commission never convened, and the panel was requested after its 10 days.
      ['commission-convenes', '2024-03-18', 'missed'],
      ['panel-request-without-commission', '2024-03-22', 'met'],
      ['panelists', '2024-04-06', 'met'],
      ['terms-of-reference', '2024-04-11', 'not_applicable'],
      ['panel-chair', '2024-04-19', 'met'],
      ['initial-report', '2024-08-13', 'met'],
      ['initial-report-comments', '2024-08-23', 'met'],
      ['final-report', '2024-09-08', 'met'],
      ['final-report-publication', '2024-09-21', 'pending'],
    ]);
    const perishable = result.limits.filter((limit) => limit.perishable);
    expect(perishable.map((limit) => [limit.rule, limit.article, limit.counting.base, limit.counting.days, limit.counting.dayAfter])).toEqual([
      ['us-peru-tpa.commission-request', 'US–Peru TPA Art. 21.5.1(b)', '2024-02-20', 15, true],
      ['us-peru-tpa.panel-request-without-commission', 'US–Peru TPA Art. 21.6.1(c)', '2024-02-20', 30, true],
    ]);
  });

  it('calls the same panel request premature without a Commission request (Art. 21.6.1; the v0.1 test counted it met)', () => {
    const result = run('us-peru-tpa', steps.filter((step) => step[0] !== 'm1').map(ev), true);
    expect(result.limits.find((limit) => limit.rule === 'us-peru-tpa.panel-request-without-commission')).toMatchObject({
      resolution: 'premature',
      reason: 'condition_missing',
    });
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'premature', eventId: 'p1', article: 'US–Peru TPA Art. 21.6.1(c)' }));
  });

  it('calls both requests premature when the goods are not perishable', () => {
    const result = run('us-peru-tpa', steps.map(ev), false);
    // 60 days from 20 February 2024, over 29 February: 20 April, so from 21 April;
    // 75 days: 5 May, so from 6 May. Both requests came earlier.
    expect(only('us-peru-tpa', result, ['commission-request', 'panel-request-without-commission'])).toEqual([
      ['commission-request', '2024-04-21', 'premature'],
      ['panel-request-without-commission', '2024-05-06', 'premature'],
    ]);
  });
});

describe('US–Peru TPA: a reconvened panel after the notice of suspension (Art. 21.16)', () => {
  const claims: readonly Claim[] = [{ provision: 'Art. 2.3', finding: 'non_conformity' }];
  const steps: readonly Step[] = [
    ['p1', 'panel_requested', '2026-05-03', 'panel_composition'],
    ['pc', 'panel_composed', '2026-06-01', 'panel_proceedings'],
    ['ir', 'initial_report_issued', '2026-09-20', 'initial_report'],
    ['fr', 'final_report_issued', '2027-01-11', 'final_report'],
    ['pb', 'final_report_published', '2027-01-20', 'final_report'],
    ['cn', 'compensation_negotiations_started', '2027-03-01', 'compensation'],
    ['sn', 'suspension_notified', '2027-04-05', 'suspension'],
    ['rr', 'panel_reconvene_requested', '2027-04-20', 'suspension'],
    ['rc', 'panel_reconvened', '2027-05-01', 'suspension'],
    ['dt', 'reconvened_panel_determination', '2027-08-20', 'suspension'],
    ['bs', 'benefits_suspended', '2027-09-20', 'suspension'],
  ];
  const remedies = [
    'compensation',
    'suspension-notice',
    'reconvene-request',
    'assessment-notice',
    'reconvened-determination',
    'assessment-notice-after-determination',
    'suspension-effect',
  ];

  it('moves through the stages step by step', () => {
    expect(stagesAlong('us-peru-tpa', steps, false, claims)).toEqual(steps.map((step) => step[3]));
  });

  it('counts the suspension from the later of the notice and the determination', () => {
    const result = computeProcedure({ agreement: 'us-peru-tpa', kind: 'dispute', perishable: false, status: 'open', events: steps.map(ev), claims, reconveneGrounds: 'both' });
    expect(only('us-peru-tpa', result, remedies)).toEqual([
      // 11 Jan + 45 = 25 Feb: from 26 Feb.
      ['compensation', '2027-02-26', 'met'],
      // 26 Feb + 30 = 28 Mar: from 29 Mar.
      ['suspension-notice', '2027-03-29', 'met'],
      ['reconvene-request', '2027-05-05', 'met'],
      // Once the panel is reconvened, the 30 days from the notice give way to Art. 21.16.6's 20 days after the determination.
      ['assessment-notice', '2027-05-05', 'not_applicable'],
      // Both grounds: 1 May + 120 = 29 Aug.
      ['reconvened-determination', '2027-08-29', 'met'],
      ['assessment-notice-after-determination', '2027-09-09', 'pending'],
      // Later of 5 Apr and 20 Aug, + 30.
      ['suspension-effect', '2027-09-19', 'met'],
    ]);
  });

  it('does not let suspension begin while the reconvened panel has not determined', () => {
    const early = steps.filter((step) => step[0] !== 'dt').map((step) => (step[0] === 'bs' ? ev(['bs', 'benefits_suspended', '2027-05-10', 'suspension']) : ev(step)));
    const result = run('us-peru-tpa', early, false, claims);
    expect(result.limits.find((limit) => limit.rule === 'us-peru-tpa.suspension-effect')).toMatchObject({
      resolution: 'premature',
      reason: 'waiting_for_determination',
    });
  });
});

describe('CAFTA-DR: the monetary-assessment path instead of suspension (Art. 20.16.6–20.16.8)', () => {
  const claims: readonly Claim[] = [{ provision: '3.3.2', finding: 'non_conformity' }];
  const steps: readonly Step[] = [
    ['p1', 'panel_requested', '2025-06-16', 'panel_composition'],
    ['pc', 'panel_composed', '2025-07-10', 'panel_proceedings'],
    ['ir', 'initial_report_issued', '2025-11-03', 'initial_report'],
    ['fr', 'final_report_issued', '2025-12-01', 'final_report'],
    ['cn', 'compensation_negotiations_started', '2026-01-20', 'compensation'],
    ['sn', 'suspension_notified', '2026-02-23', 'suspension'],
    ['ma', 'monetary_assessment_notified', '2026-03-20', 'monetary_assessment'],
    ['ac', 'assessment_consultations_held', '2026-03-27', 'monetary_assessment'],
    ['ag', 'assessment_agreed', '2026-04-20', 'monetary_assessment'],
    ['pd', 'assessment_paid', '2026-05-18', 'monetary_assessment'],
  ];
  const remedies = [
    'compensation',
    'suspension-notice',
    'reconvene-request',
    'assessment-notice',
    'suspension-effect',
    'assessment-consultations',
    'assessment-amount',
    'assessment-installments',
    'suspension-on-nonpayment',
  ];

  it('moves through the stages step by step', () => {
    expect(stagesAlong('cafta-dr', steps, false, claims)).toEqual(steps.map((step) => step[3]));
  });

  it('bars suspension once the Party complained against gave timely notice, and follows the assessment', () => {
    const result = run('cafta-dr', steps.map(ev), false, claims);
    expect(only('cafta-dr', result, remedies)).toEqual([
      ['compensation', '2026-01-16', 'met'],
      ['suspension-notice', '2026-02-16', 'met'],
      ['reconvene-request', '2026-03-25', 'pending'],
      ['assessment-notice', '2026-03-25', 'met'],
      ['suspension-effect', '2026-03-25', 'not_applicable'],
      ['assessment-consultations', '2026-03-30', 'met'],
      ['assessment-amount', '2026-04-26', 'met'],
      ['assessment-installments', '2026-05-19', 'met'],
    ]);
    expect(result.limits.find((limit) => limit.rule === 'cafta-dr.suspension-effect')?.reason).toBe('barred_by_assessment');
  });
});
