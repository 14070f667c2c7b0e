// One test per US–Colombia and US–Peru TPA rule, run through the engine for
// each agreement. Expected dates are worked out by hand from the calendar.
import { describe, expect, it } from 'vitest';
import type { CaseKind } from '../../domain/cases';
import type { EventType } from '../../domain/events';
import type { TimeLimit } from '../../domain/limits';
import { computeProcedure, type ProcedureEvent } from '../engine';
import { tpaRules, type TpaAgreement } from './tpa';

function ev(id: string, type: EventType, date: string): ProcedureEvent {
  return { id, type, date };
}

type Options = Readonly<{ kind?: CaseKind; perishable?: boolean }>;

const AGREEMENTS: readonly (readonly [TpaAgreement, string])[] = [
  ['us-peru-tpa', 'US–Peru TPA'],
  ['us-colombia-tpa', 'US–Colombia TPA'],
];

describe.each(AGREEMENTS)('%s rules', (agreement, name) => {
  const art = (paragraph: string): string => `${name} Art. ${paragraph}`;
  const id = (step: string): string => `${agreement}.${step}`;

  function limitsOf(events: readonly ProcedureEvent[], options: Options = {}): readonly TimeLimit[] {
    return computeProcedure({
      agreement,
      kind: options.kind ?? 'dispute',
      perishable: options.perishable ?? false,
      status: 'open',
      events,
    }).limits;
  }

  function limitOf(limits: readonly TimeLimit[], step: string): TimeLimit {
    const found = limits.find((limit) => limit.rule === id(step));
    if (found === undefined) throw new Error(`No limit for ${id(step)} in ${limits.map((limit) => limit.rule).join(', ')}`);
    return found;
  }

  const tested = new Set<string>();
  function ruleTest(paragraph: string, step: string, body: () => void): void {
    tested.add(id(step));
    it(`${art(paragraph)}: ${id(step)}`, body);
  }

  const REQUEST = ev('c1', 'consultations_requested', '2025-03-03');
  const PANEL = ev('p1', 'panel_requested', '2025-06-16');

  ruleTest('21.4.3', 'third-party-consultations', () => {
    const limit = limitOf(limitsOf([REQUEST]), 'third-party-consultations');
    expect(limit).toMatchObject({ article: art('21.4.3'), kind: 'deadline', date: '2025-03-10', counting: '2025-03-03 + 7 days' });
    expect(limit.resolution).toBe('pending');
  });

  ruleTest('21.5.1(a) and (b)', 'commission-request', () => {
    const general = limitOf(limitsOf([REQUEST]), 'commission-request');
    expect(general).toMatchObject({ article: art('21.5.1(a)'), kind: 'opening', date: '2025-05-02', days: 60, perishable: false });
    const perishable = limitOf(limitsOf([REQUEST], { perishable: true }), 'commission-request');
    expect(perishable).toMatchObject({ article: art('21.5.1(b)'), date: '2025-03-18', days: 15, perishable: true });
    expect(perishable.counting).toBe('2025-03-03 + 15 days');
    const overtaken = limitsOf([REQUEST, ev('p1', 'panel_requested', '2025-05-20')]);
    expect(limitOf(overtaken, 'commission-request').resolution).toBe('not_applicable');
  });

  ruleTest('21.5.4', 'commission-convenes', () => {
    const events = [REQUEST, ev('m1', 'commission_meeting_requested', '2025-05-05')];
    const limit = limitOf(limitsOf(events), 'commission-convenes');
    expect(limit).toMatchObject({ article: art('21.5.4'), kind: 'deadline', date: '2025-05-15', resolution: 'pending' });
  });

  ruleTest('21.6.1(a)', 'panel-request-after-commission', () => {
    const events = [REQUEST, ev('v1', 'commission_convened', '2025-05-14'), ev('p1', 'panel_requested', '2025-06-13')];
    const limit = limitOf(limitsOf(events), 'panel-request-after-commission');
    expect(limit).toMatchObject({ article: art('21.6.1(a)'), kind: 'opening', date: '2025-06-13', resolution: 'met' });
    expect(limit.metBy?.eventId).toBe('p1');
  });

  ruleTest('21.6.1(d) and (c)', 'panel-request-without-commission', () => {
    const general = limitOf(limitsOf([REQUEST]), 'panel-request-without-commission');
    expect(general).toMatchObject({ article: art('21.6.1(d)'), kind: 'opening', date: '2025-05-17', days: 75 });
    const perishable = limitOf(limitsOf([REQUEST], { perishable: true }), 'panel-request-without-commission');
    expect(perishable).toMatchObject({ article: art('21.6.1(c)'), date: '2025-04-02', days: 30, perishable: true });
    const convened = limitsOf([REQUEST, ev('v1', 'commission_convened', '2025-05-14')]);
    expect(limitOf(convened, 'panel-request-without-commission').resolution).toBe('not_applicable');
  });

  ruleTest('21.6.3', 'join-as-complainant', () => {
    const limit = limitOf(limitsOf([PANEL]), 'join-as-complainant');
    expect(limit).toMatchObject({ article: art('21.6.3'), kind: 'deadline', date: '2025-06-23' });
  });

  ruleTest('21.9.1(b)', 'panelists', () => {
    const one = ev('w1', 'panelist_appointed', '2025-06-20');
    const pending = limitOf(limitsOf([PANEL, one]), 'panelists');
    // Wing panelists first, counted from the panel request.
    expect(pending).toMatchObject({ article: art('21.9.1(b)'), kind: 'deadline', date: '2025-07-01', resolution: 'pending' });
    expect(pending.from.eventId).toBe('p1');
    const both = limitOf(limitsOf([PANEL, one, ev('w2', 'panelist_appointed', '2025-06-30')]), 'panelists');
    expect(both.metBy?.eventId).toBe('w2');
  });

  ruleTest('21.9.1(c)', 'panel-chair', () => {
    const events = [
      PANEL,
      ev('w1', 'panelist_appointed', '2025-06-20'),
      ev('w2', 'panelist_appointed', '2025-06-30'),
      // A later replacement does not restart the period: it runs from the second appointment.
      ev('w3', 'panelist_appointed', '2025-07-08'),
    ];
    const limit = limitOf(limitsOf(events), 'panel-chair');
    expect(limit).toMatchObject({ article: art('21.9.1(c)'), date: '2025-07-15', counting: '2025-06-30 + 15 days' });
    expect(limit.from.eventId).toBe('w2');
    // No chair limit until two panelists are appointed.
    expect(limitsOf([PANEL, events[1]!]).some((l) => l.rule === id('panel-chair'))).toBe(false);
  });

  ruleTest('21.10.4', 'terms-of-reference', () => {
    const limit = limitOf(limitsOf([PANEL]), 'terms-of-reference');
    expect(limit).toMatchObject({ article: art('21.10.4'), kind: 'deadline', date: '2025-07-06' });
  });

  ruleTest('21.13.3', 'initial-report', () => {
    const limit = limitOf(limitsOf([ev('pc', 'panel_composed', '2025-07-10')]), 'initial-report');
    expect(limit).toMatchObject({ article: art('21.13.3'), kind: 'deadline', date: '2025-11-07', days: 120 });
    // No 180-day outer limit as in CAFTA-DR Art. 20.13.4.
    expect(limitsOf([ev('pc', 'panel_composed', '2025-07-10')]).map((l) => l.days)).not.toContain(180);
  });

  ruleTest('21.13.5', 'initial-report-comments', () => {
    const events = [ev('ir', 'initial_report_issued', '2025-11-03'), ev('cm', 'initial_report_comments', '2025-11-17')];
    const limit = limitOf(limitsOf(events), 'initial-report-comments');
    expect(limit).toMatchObject({ article: art('21.13.5'), date: '2025-11-17', resolution: 'met' });
  });

  ruleTest('21.14.1 (final report)', 'final-report', () => {
    const limit = limitOf(limitsOf([ev('ir', 'initial_report_issued', '2025-11-03')]), 'final-report');
    expect(limit).toMatchObject({ article: art('21.14.1'), kind: 'deadline', date: '2025-12-03', days: 30 });
  });

  ruleTest('21.14.1 (publication)', 'final-report-publication', () => {
    const events = [ev('fr', 'final_report_issued', '2025-12-01'), ev('pb', 'final_report_published', '2025-12-10')];
    const limit = limitOf(limitsOf(events), 'final-report-publication');
    expect(limit).toMatchObject({ article: art('21.14.1'), date: '2025-12-16', resolution: 'met' });
  });

  ruleTest('21.16.1', 'compensation', () => {
    const final = ev('fr', 'final_report_issued', '2025-12-01');
    const limit = limitOf(limitsOf([final]), 'compensation');
    expect(limit).toMatchObject({ article: art('21.16.1'), kind: 'opening', date: '2026-01-15' });
    // The TPAs have no Art. 20.17 regime: 21.16 also covers labor and environment disputes.
    expect(limitOf(limitsOf([final], { kind: 'labor_consultation' }), 'compensation').date).toBe('2026-01-15');
  });

  ruleTest('21.16.2(a)', 'suspension-notice', () => {
    const limit = limitOf(limitsOf([ev('cn', 'compensation_negotiations_started', '2026-01-20')]), 'suspension-notice');
    expect(limit).toMatchObject({ article: art('21.16.2(a)'), kind: 'opening', date: '2026-02-19' });
  });

  ruleTest('21.16.2', 'suspension-effect', () => {
    const events = [ev('sn', 'suspension_notified', '2026-02-23'), ev('bs', 'benefits_suspended', '2026-03-25')];
    const limit = limitOf(limitsOf(events), 'suspension-effect');
    expect(limit).toMatchObject({ article: art('21.16.2'), kind: 'opening', date: '2026-03-25', resolution: 'met' });
  });

  ruleTest('21.16.3', 'reconvene-request', () => {
    const limit = limitOf(limitsOf([ev('sn', 'suspension_notified', '2026-02-23')]), 'reconvene-request');
    expect(limit).toMatchObject({ article: art('21.16.3'), kind: 'deadline', date: '2026-03-25' });
  });

  ruleTest('21.17.1', 'compliance-report', () => {
    const limit = limitOf(limitsOf([ev('cr', 'compliance_review_requested', '2026-06-01')]), 'compliance-report');
    expect(limit).toMatchObject({ article: art('21.17.1'), kind: 'deadline', date: '2026-08-30', days: 90 });
  });

  ruleTest('17.7.6', 'labor-to-dispute', () => {
    const events = [ev('l1', 'labor_consultations_requested', '2025-01-15')];
    const limit = limitOf(limitsOf(events, { kind: 'labor_consultation' }), 'labor-to-dispute');
    expect(limit).toMatchObject({ article: art('17.7.6'), kind: 'opening', date: '2025-03-16', counting: '2025-01-15 + 60 days' });
  });

  ruleTest('18.12.6', 'environment-to-dispute', () => {
    // Dates of the 2019 PTPA environment matter (domain-facts §5.3): the Council met inside the 60 days.
    const events = [ev('e1', 'environment_consultations_requested', '2019-01-04'), ev('ec', 'environment_council_convened', '2019-02-21')];
    const limit = limitOf(limitsOf(events, { kind: 'environment_consultation' }), 'environment-to-dispute');
    expect(limit).toMatchObject({ article: art('18.12.6'), kind: 'opening', date: '2019-03-05', resolution: 'pending' });
  });

  it(`has a test above for every ${name} rule`, () => {
    expect([...tested].sort()).toEqual(tpaRules(agreement).map((rule) => rule.id).sort());
  });
});
