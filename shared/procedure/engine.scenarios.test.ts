// Whole cases from the request for consultations to the final report, one per
// agreement, checking the stage after each step and every limit at the end.
// Expected dates are worked out by hand from the calendar.
import { describe, expect, it } from 'vitest';
import type { AgreementId } from '../domain/agreements';
import type { EventType } from '../domain/events';
import type { Stage } from '../domain/stages';
import { computeProcedure, type ProcedureEvent, type ProcedureResult } from './engine';

type Step = readonly [id: string, type: EventType, date: string, stageAfter: Stage];

function ev(step: Step): ProcedureEvent {
  return { id: step[0], type: step[1], date: step[2] };
}

function run(agreement: AgreementId, events: readonly ProcedureEvent[], perishable = false): ProcedureResult {
  return computeProcedure({ agreement, kind: 'dispute', perishable, status: 'open', events });
}

/** [rule step, date, resolution] for every limit, in date order. */
function summary(agreement: AgreementId, result: ProcedureResult): string[][] {
  return result.limits.map((limit) => [limit.rule.slice(agreement.length + 1), limit.date, limit.resolution]);
}

function stagesAlong(agreement: AgreementId, steps: readonly Step[], perishable = false): Stage[] {
  return steps.map((_, index) => run(agreement, steps.slice(0, index + 1).map(ev), perishable).stage);
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
    expect(summary('cafta-dr', run('cafta-dr', steps.map(ev)))).toEqual([
      ['third-party-consultations', '2025-03-10', 'not_applicable'],
      ['commission-request', '2025-05-02', 'met'],
      ['commission-convenes', '2025-05-15', 'met'],
      ['panel-request-without-commission', '2025-05-17', 'not_applicable'],
      ['panel-request-after-commission', '2025-06-13', 'met'],
      ['join-as-complainant', '2025-06-23', 'not_applicable'],
      ['panel-chair', '2025-07-01', 'met'],
      ['terms-of-reference', '2025-07-06', 'not_applicable'],
      ['panelists', '2025-07-12', 'met'],
      ['initial-report', '2025-11-07', 'met'],
      ['initial-report-comments', '2025-11-17', 'met'],
      ['final-report', '2025-12-03', 'met'],
      ['final-report-publication', '2025-12-16', 'met'],
      ['initial-report-outer', '2026-01-06', 'met'],
      ['compensation', '2026-01-15', 'pending'],
    ]);
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

  it('moves through the stages step by step', () => {
    expect(stagesAlong('us-colombia-tpa', steps)).toEqual(steps.map((step) => step[3]));
  });

  it('computes every limit (wing panelists first, chair from the second appointment)', () => {
    const result = run('us-colombia-tpa', steps.map(ev));
    expect(summary('us-colombia-tpa', result)).toEqual([
      ['third-party-consultations', '2026-01-19', 'not_applicable'],
      ['commission-request', '2026-03-13', 'met'],
      ['commission-convenes', '2026-03-26', 'met'],
      ['panel-request-without-commission', '2026-03-28', 'not_applicable'],
      ['panel-request-after-commission', '2026-04-23', 'met'],
      ['join-as-complainant', '2026-05-04', 'not_applicable'],
      ['panelists', '2026-05-12', 'met'],
      ['terms-of-reference', '2026-05-17', 'not_applicable'],
      ['panel-chair', '2026-05-26', 'met'],
      ['initial-report', '2026-09-19', 'met'],
      // Final report issued without comments: the comment window was overtaken.
      ['initial-report-comments', '2026-10-02', 'not_applicable'],
      ['final-report', '2026-10-18', 'met'],
      ['final-report-publication', '2026-10-31', 'pending'],
      ['compensation', '2026-11-30', 'pending'],
    ]);
    expect(result.limits.every((limit) => limit.article.startsWith('US–Colombia TPA Art. '))).toBe(true);
    expect(result.limits.some((limit) => limit.perishable)).toBe(false);
  });
});

describe('US–Peru TPA dispute on perishable goods, consultations to final report', () => {
  // 2024 is a leap year: the 30-day panel opening runs over 29 February.
  const steps: readonly Step[] = [
    ['c1', 'consultations_requested', '2024-02-20', 'consultations'],
    ['p1', 'panel_requested', '2024-03-21', 'panel_composition'],
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
      ['third-party-consultations', '2024-02-27', 'not_applicable'],
      ['commission-request', '2024-03-06', 'not_applicable'],
      ['panel-request-without-commission', '2024-03-21', 'met'],
      ['join-as-complainant', '2024-03-28', 'not_applicable'],
      ['panelists', '2024-04-05', 'met'],
      ['terms-of-reference', '2024-04-10', 'not_applicable'],
      ['panel-chair', '2024-04-19', 'met'],
      ['initial-report', '2024-08-13', 'met'],
      ['initial-report-comments', '2024-08-23', 'met'],
      ['final-report', '2024-09-08', 'met'],
      ['final-report-publication', '2024-09-21', 'pending'],
      ['compensation', '2024-10-21', 'pending'],
    ]);
    const perishable = result.limits.filter((limit) => limit.perishable);
    expect(perishable.map((limit) => [limit.rule, limit.article, limit.counting])).toEqual([
      ['us-peru-tpa.commission-request', 'US–Peru TPA Art. 21.5.1(b)', '2024-02-20 + 15 days'],
      ['us-peru-tpa.panel-request-without-commission', 'US–Peru TPA Art. 21.6.1(c)', '2024-02-20 + 30 days'],
    ]);
  });

  it('uses the general limits for the same events when the goods are not perishable', () => {
    const result = run('us-peru-tpa', steps.map(ev), false);
    const opening = result.limits.find((limit) => limit.rule === 'us-peru-tpa.panel-request-without-commission');
    // 75 days from 20 February 2024, over 29 February: 5 May. The panel was requested early.
    expect(opening).toMatchObject({ article: 'US–Peru TPA Art. 21.6.1(d)', date: '2024-05-05', perishable: false, resolution: 'met' });
  });
});
