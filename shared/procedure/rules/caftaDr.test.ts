// One test per CAFTA-DR rule, run through the engine. Expected dates are
// worked out by hand from the calendar, never with the code under test.
import { describe, expect, it } from 'vitest';
import type { CaseKind } from '../../domain/cases';
import type { EventType } from '../../domain/events';
import type { TimeLimit } from '../../domain/limits';
import { computeProcedure, type ProcedureEvent } from '../engine';
import { CAFTA_DR_RULES } from './caftaDr';

function ev(id: string, type: EventType, date: string): ProcedureEvent {
  return { id, type, date };
}

type Options = Readonly<{ kind?: CaseKind; perishable?: boolean }>;

function limitsOf(events: readonly ProcedureEvent[], options: Options = {}): readonly TimeLimit[] {
  return computeProcedure({
    agreement: 'cafta-dr',
    kind: options.kind ?? 'dispute',
    perishable: options.perishable ?? false,
    status: 'open',
    events,
  }).limits;
}

function limitOf(limits: readonly TimeLimit[], rule: string): TimeLimit {
  const found = limits.find((limit) => limit.rule === rule);
  if (found === undefined) throw new Error(`No limit for ${rule} in ${limits.map((limit) => limit.rule).join(', ')}`);
  return found;
}

const tested = new Set<string>();
function ruleTest(article: string, rule: string, body: () => void): void {
  tested.add(rule);
  it(`${article}: ${rule}`, body);
}

const REQUEST = ev('c1', 'consultations_requested', '2025-03-03');

describe('CAFTA-DR rules', () => {
  ruleTest('CAFTA-DR Art. 20.4.3', 'cafta-dr.third-party-consultations', () => {
    const limit = limitOf(limitsOf([REQUEST]), 'cafta-dr.third-party-consultations');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.4.3', kind: 'deadline', date: '2025-03-10', days: 7 });
    expect(limit.counting).toBe('2025-03-03 + 7 days');
    expect(limit.from).toEqual({ eventId: 'c1', type: 'consultations_requested', date: '2025-03-03' });
    expect(limit.resolution).toBe('pending');
    // The panel request moves the procedure past the consultations.
    const later = limitsOf([REQUEST, ev('p1', 'panel_requested', '2025-05-20')]);
    expect(limitOf(later, 'cafta-dr.third-party-consultations').resolution).toBe('not_applicable');
  });

  ruleTest('CAFTA-DR Art. 20.4.4', 'cafta-dr.consultations-perishable', () => {
    const held = ev('h1', 'consultations_held', '2025-03-12');
    const limit = limitOf(limitsOf([REQUEST, held], { perishable: true }), 'cafta-dr.consultations-perishable');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.4.4', kind: 'deadline', date: '2025-03-18', perishable: true });
    expect(limit.resolution).toBe('met');
    expect(limit.metBy).toEqual({ eventId: 'h1', type: 'consultations_held', date: '2025-03-12' });
    // No start deadline outside perishable goods.
    expect(limitsOf([REQUEST, held]).some((l) => l.rule === 'cafta-dr.consultations-perishable')).toBe(false);
  });

  ruleTest('CAFTA-DR Art. 20.5.1(a) and (b)', 'cafta-dr.commission-request', () => {
    const general = limitOf(limitsOf([REQUEST]), 'cafta-dr.commission-request');
    expect(general).toMatchObject({ article: 'CAFTA-DR Art. 20.5.1(a)', kind: 'opening', date: '2025-05-02', days: 60, perishable: false });
    expect(general.counting).toBe('2025-03-03 + 60 days');
    const perishable = limitOf(limitsOf([REQUEST], { perishable: true }), 'cafta-dr.commission-request');
    expect(perishable).toMatchObject({ article: 'CAFTA-DR Art. 20.5.1(b)', date: '2025-03-18', days: 15, perishable: true });
    expect(perishable.counting).toBe('2025-03-03 + 15 days');
    const met = limitsOf([REQUEST, ev('m1', 'commission_meeting_requested', '2025-05-05')]);
    expect(limitOf(met, 'cafta-dr.commission-request').metBy?.eventId).toBe('m1');
    const skipped = limitsOf([REQUEST, ev('p1', 'panel_requested', '2025-05-20')]);
    expect(limitOf(skipped, 'cafta-dr.commission-request').resolution).toBe('not_applicable');
  });

  ruleTest('CAFTA-DR Art. 20.5.4', 'cafta-dr.commission-convenes', () => {
    const events = [REQUEST, ev('m1', 'commission_meeting_requested', '2025-05-05'), ev('v1', 'commission_convened', '2025-05-14')];
    const limit = limitOf(limitsOf(events), 'cafta-dr.commission-convenes');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.5.4', kind: 'deadline', date: '2025-05-15', resolution: 'met' });
    expect(limit.from.eventId).toBe('m1');
    expect(limit.metBy?.eventId).toBe('v1');
  });

  ruleTest('CAFTA-DR Art. 20.6.1(a)', 'cafta-dr.panel-request-after-commission', () => {
    const first = ev('v1', 'commission_convened', '2025-05-14');
    const limit = limitOf(limitsOf([REQUEST, first]), 'cafta-dr.panel-request-after-commission');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.6.1(a)', kind: 'opening', date: '2025-06-13', resolution: 'pending' });
    // Consolidated proceedings: counted from the most recent meeting (Art. 20.6.1(b)).
    const consolidated = limitsOf([REQUEST, ev('v2', 'commission_convened', '2025-06-02'), first]);
    const latest = limitOf(consolidated, 'cafta-dr.panel-request-after-commission');
    expect(latest.date).toBe('2025-07-02');
    expect(latest.counting).toBe('2025-06-02 + 30 days');
  });

  ruleTest('CAFTA-DR Art. 20.6.1(d) and (c)', 'cafta-dr.panel-request-without-commission', () => {
    const general = limitOf(limitsOf([REQUEST]), 'cafta-dr.panel-request-without-commission');
    expect(general).toMatchObject({ article: 'CAFTA-DR Art. 20.6.1(d)', kind: 'opening', date: '2025-05-17', days: 75 });
    const perishable = limitOf(limitsOf([REQUEST], { perishable: true }), 'cafta-dr.panel-request-without-commission');
    expect(perishable).toMatchObject({ article: 'CAFTA-DR Art. 20.6.1(c)', date: '2025-04-02', days: 30, perishable: true });
    // Only "if the Commission has not convened".
    const convened = limitsOf([REQUEST, ev('v1', 'commission_convened', '2025-05-14')]);
    expect(limitOf(convened, 'cafta-dr.panel-request-without-commission').resolution).toBe('not_applicable');
  });

  ruleTest('CAFTA-DR Art. 20.6.3', 'cafta-dr.join-as-complainant', () => {
    const limit = limitOf(limitsOf([ev('p1', 'panel_requested', '2025-06-16')]), 'cafta-dr.join-as-complainant');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.6.3', kind: 'deadline', date: '2025-06-23', resolution: 'pending' });
  });

  ruleTest('CAFTA-DR Art. 20.9.1(b)', 'cafta-dr.panel-chair', () => {
    const events = [ev('p1', 'panel_requested', '2025-06-16'), ev('ch', 'panel_chair_selected', '2025-06-27')];
    const limit = limitOf(limitsOf(events), 'cafta-dr.panel-chair');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.9.1(b)', kind: 'deadline', date: '2025-07-01', resolution: 'met' });
    expect(limit.metBy?.eventId).toBe('ch');
  });

  ruleTest('CAFTA-DR Art. 20.9.1(c)', 'cafta-dr.panelists', () => {
    const chair = ev('ch', 'panel_chair_selected', '2025-06-27');
    const one = ev('w1', 'panelist_appointed', '2025-07-03');
    const pending = limitOf(limitsOf([ev('p1', 'panel_requested', '2025-06-16'), chair, one]), 'cafta-dr.panelists');
    // Counted from the chair's selection, and one panelist of two is not enough.
    expect(pending).toMatchObject({ article: 'CAFTA-DR Art. 20.9.1(c)', date: '2025-07-12', resolution: 'pending' });
    expect(pending.from.eventId).toBe('ch');
    const both = limitOf(limitsOf([chair, one, ev('w2', 'panelist_appointed', '2025-07-10')]), 'cafta-dr.panelists');
    expect(both.metBy).toEqual({ eventId: 'w2', type: 'panelist_appointed', date: '2025-07-10' });
  });

  ruleTest('CAFTA-DR Art. 20.10.4', 'cafta-dr.terms-of-reference', () => {
    const limit = limitOf(limitsOf([ev('p1', 'panel_requested', '2025-06-16')]), 'cafta-dr.terms-of-reference');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.10.4', kind: 'deadline', date: '2025-07-06', counting: '2025-06-16 + 20 days' });
  });

  ruleTest('CAFTA-DR Art. 20.13.3', 'cafta-dr.initial-report', () => {
    const limit = limitOf(limitsOf([ev('pc', 'panel_composed', '2025-07-10')]), 'cafta-dr.initial-report');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.13.3', kind: 'deadline', date: '2025-11-07', days: 120 });
  });

  ruleTest('CAFTA-DR Art. 20.13.4', 'cafta-dr.initial-report-outer', () => {
    const events = [ev('pc', 'panel_composed', '2025-07-10'), ev('ir', 'initial_report_issued', '2025-12-15')];
    const limit = limitOf(limitsOf(events), 'cafta-dr.initial-report-outer');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.13.4', date: '2026-01-06', days: 180, resolution: 'met' });
    // The same report is late against the 120-day limit but still meets it.
    expect(limitOf(limitsOf(events), 'cafta-dr.initial-report').metBy?.date).toBe('2025-12-15');
  });

  ruleTest('CAFTA-DR Art. 20.13.6', 'cafta-dr.initial-report-comments', () => {
    const initial = ev('ir', 'initial_report_issued', '2025-11-03');
    const limit = limitOf(limitsOf([initial]), 'cafta-dr.initial-report-comments');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.13.6', date: '2025-11-17', resolution: 'pending' });
    const commented = limitsOf([initial, ev('cm', 'initial_report_comments', '2025-11-14')]);
    expect(limitOf(commented, 'cafta-dr.initial-report-comments').resolution).toBe('met');
    const overtaken = limitsOf([initial, ev('fr', 'final_report_issued', '2025-11-20')]);
    expect(limitOf(overtaken, 'cafta-dr.initial-report-comments').resolution).toBe('not_applicable');
  });

  ruleTest('CAFTA-DR Art. 20.14.1 (final report)', 'cafta-dr.final-report', () => {
    const events = [ev('ir', 'initial_report_issued', '2025-11-03'), ev('fr', 'final_report_issued', '2025-12-01')];
    const limit = limitOf(limitsOf(events), 'cafta-dr.final-report');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.14.1', date: '2025-12-03', resolution: 'met' });
  });

  ruleTest('CAFTA-DR Art. 20.14.1 (publication)', 'cafta-dr.final-report-publication', () => {
    const limit = limitOf(limitsOf([ev('fr', 'final_report_issued', '2025-12-01')]), 'cafta-dr.final-report-publication');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.14.1', date: '2025-12-16', days: 15, resolution: 'pending' });
  });

  ruleTest('CAFTA-DR Art. 20.16.1', 'cafta-dr.compensation', () => {
    const final = ev('fr', 'final_report_issued', '2025-12-01');
    const limit = limitOf(limitsOf([final]), 'cafta-dr.compensation');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.16.1', kind: 'opening', date: '2026-01-15', days: 45 });
    // Art. 20.16.9: not for labor or environmental enforcement disputes.
    expect(limitsOf([final], { kind: 'labor_consultation' }).some((l) => l.rule === 'cafta-dr.compensation')).toBe(false);
  });

  ruleTest('CAFTA-DR Art. 20.17.1(a)', 'cafta-dr.enforcement-assessment', () => {
    const final = ev('fr', 'final_report_issued', '2025-12-01');
    const limit = limitOf(limitsOf([final], { kind: 'environment_consultation' }), 'cafta-dr.enforcement-assessment');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.17.1(a)', kind: 'opening', date: '2026-01-15', resolution: 'pending' });
    expect(limitsOf([final]).some((l) => l.rule === 'cafta-dr.enforcement-assessment')).toBe(false);
  });

  ruleTest('CAFTA-DR Art. 20.16.2(a)', 'cafta-dr.suspension-notice', () => {
    const events = [ev('cn', 'compensation_negotiations_started', '2026-01-20'), ev('sn', 'suspension_notified', '2026-02-23')];
    const limit = limitOf(limitsOf(events), 'cafta-dr.suspension-notice');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.16.2(a)', kind: 'opening', date: '2026-02-19', resolution: 'met' });
  });

  ruleTest('CAFTA-DR Art. 20.16.2', 'cafta-dr.suspension-effect', () => {
    const limit = limitOf(limitsOf([ev('sn', 'suspension_notified', '2026-02-23')]), 'cafta-dr.suspension-effect');
    // Across the end of a 28-day February.
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.16.2', kind: 'opening', date: '2026-03-25', counting: '2026-02-23 + 30 days' });
  });

  ruleTest('CAFTA-DR Art. 20.16.3', 'cafta-dr.reconvene-request', () => {
    const limit = limitOf(limitsOf([ev('sn', 'suspension_notified', '2026-02-23')]), 'cafta-dr.reconvene-request');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.16.3', kind: 'deadline', date: '2026-03-25', resolution: 'pending' });
  });

  ruleTest('CAFTA-DR Art. 20.18.1', 'cafta-dr.compliance-report', () => {
    const events = [ev('cr', 'compliance_review_requested', '2026-06-01'), ev('rp', 'compliance_report_issued', '2026-08-31')];
    const limit = limitOf(limitsOf(events), 'cafta-dr.compliance-report');
    // Met one day late: still met, with the date of the report.
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.18.1', date: '2026-08-30', days: 90, resolution: 'met' });
    expect(limit.metBy?.date).toBe('2026-08-31');
  });

  ruleTest('CAFTA-DR Art. 16.6.6', 'cafta-dr.labor-to-dispute', () => {
    const events = [ev('l1', 'labor_consultations_requested', '2025-01-15'), ev('c1', 'consultations_requested', '2025-03-20')];
    const limit = limitOf(limitsOf(events, { kind: 'labor_consultation' }), 'cafta-dr.labor-to-dispute');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 16.6.6', kind: 'opening', date: '2025-03-16', resolution: 'met' });
    expect(limit.metBy?.eventId).toBe('c1');
  });

  ruleTest('CAFTA-DR Art. 17.10.6', 'cafta-dr.environment-to-dispute', () => {
    // Across 29 February 2024.
    const events = [ev('e1', 'environment_consultations_requested', '2024-01-04')];
    const limit = limitOf(limitsOf(events, { kind: 'environment_consultation' }), 'cafta-dr.environment-to-dispute');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 17.10.6', kind: 'opening', date: '2024-03-04', counting: '2024-01-04 + 60 days' });
    const viaCommission = limitsOf([...events, ev('m1', 'commission_meeting_requested', '2024-03-11')], { kind: 'environment_consultation' });
    expect(limitOf(viaCommission, 'cafta-dr.environment-to-dispute').metBy?.type).toBe('commission_meeting_requested');
  });

  it('has a test above for every CAFTA-DR rule', () => {
    expect([...tested].sort()).toEqual(CAFTA_DR_RULES.map((rule) => rule.id).sort());
  });
});
