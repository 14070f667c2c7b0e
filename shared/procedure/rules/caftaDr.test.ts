// One test per CAFTA-DR rule, run through the engine, each naming its
// article; the defects of issue 5 in their CAFTA-DR form and the remedies by
// findings are in caftaDr.issue5.test.ts, the builders both use in
// caftaDrTesting.ts. Expected dates are worked out by hand from the calendar,
// never with the code under test.
import { describe, expect, it } from 'vitest';
import { CAFTA_DR_RULES } from './caftaDr';
import { COMMISSION_REQUEST, FINAL, GOODS_BREACH, LABOR_BREACH, NOTICE, REQUEST, codes, counted, ev, has, limitOf, limitsOf, run } from './caftaDrTesting';

const tested = new Set<string>();
function ruleTest(article: string, rule: string, body: () => void): void {
  tested.add(rule);
  it(`${article}: ${rule}`, body);
}

describe('CAFTA-DR rules', () => {
  ruleTest('CAFTA-DR Art. 20.4.3', 'cafta-dr.third-party-consultations', () => {
    const limit = limitOf(limitsOf([REQUEST]), 'cafta-dr.third-party-consultations');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.4.3', kind: 'deadline', date: '2025-03-10', days: 7, resolution: 'pending' });
    expect(limit.counting).toEqual(counted('2025-03-03', 7));
    expect(limit.from).toEqual({ eventId: 'c1', type: 'consultations_requested', date: '2025-03-03' });
    // The panel request moves the procedure past the consultations; a window never counts as missed.
    const later = limitsOf([REQUEST, ev('p1', 'panel_requested', '2025-05-20')]);
    expect(limitOf(later, 'cafta-dr.third-party-consultations').resolution).toBe('not_applicable');
  });

  ruleTest('CAFTA-DR Art. 20.4.4', 'cafta-dr.consultations-perishable', () => {
    const held = ev('h1', 'consultations_held', '2025-03-12');
    const limit = limitOf(limitsOf([REQUEST, held], { perishable: true }), 'cafta-dr.consultations-perishable');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.4.4', kind: 'deadline', date: '2025-03-18', perishable: true, resolution: 'met' });
    expect(limit.metBy).toEqual({ eventId: 'h1', type: 'consultations_held', date: '2025-03-12' });
    // No start deadline outside perishable goods.
    expect(has(limitsOf([REQUEST, held]), 'cafta-dr.consultations-perishable')).toBe(false);
    // A Commission request before the 15 days ran out overtakes the limit.
    const early = limitsOf([REQUEST, ev('m1', 'commission_meeting_requested', '2025-03-15')], { perishable: true });
    expect(limitOf(early, 'cafta-dr.consultations-perishable').resolution).toBe('not_applicable');
  });

  ruleTest('CAFTA-DR Art. 20.5.1(a) and (b)', 'cafta-dr.commission-request', () => {
    // "fail to resolve … within 60 days": 3 Mar + 60 = 2 May, so the request may be made from 3 May.
    const general = limitOf(limitsOf([REQUEST]), 'cafta-dr.commission-request');
    expect(general).toMatchObject({ article: 'CAFTA-DR Art. 20.5.1(a)', kind: 'opening', date: '2025-05-03', days: 60, perishable: false, agreeable: true });
    expect(general.counting).toEqual(counted('2025-03-03', 60, { dayAfter: true }));
    const perishable = limitOf(limitsOf([REQUEST], { perishable: true }), 'cafta-dr.commission-request');
    expect(perishable).toMatchObject({ article: 'CAFTA-DR Art. 20.5.1(b)', date: '2025-03-19', days: 15, perishable: true });
    const met = limitOf(limitsOf([REQUEST, COMMISSION_REQUEST]), 'cafta-dr.commission-request');
    expect(met).toMatchObject({ resolution: 'met', reason: null });
    expect(met.metBy?.eventId).toBe('m1');
    const skipped = limitsOf([REQUEST, ev('p1', 'panel_requested', '2025-05-20')]);
    expect(limitOf(skipped, 'cafta-dr.commission-request').resolution).toBe('not_applicable');
  });

  ruleTest('CAFTA-DR Art. 20.5.4', 'cafta-dr.commission-convenes', () => {
    const convened = ev('v1', 'commission_convened', '2025-05-14');
    const limit = limitOf(limitsOf([REQUEST, COMMISSION_REQUEST, convened]), 'cafta-dr.commission-convenes');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.5.4', kind: 'deadline', date: '2025-05-15', resolution: 'met' });
    expect(limit.counting).toEqual(counted('2025-05-05', 10));
    expect(limit.from.eventId).toBe('m1');
    const late = limitsOf([REQUEST, COMMISSION_REQUEST, ev('v1', 'commission_convened', '2025-05-20')]);
    expect(limitOf(late, 'cafta-dr.commission-convenes')).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
    // Never convened, and a panel requested after the 10 days: missed, not merely overtaken.
    const missed = limitsOf([REQUEST, COMMISSION_REQUEST, ev('p1', 'panel_requested', '2025-06-01')]);
    expect(limitOf(missed, 'cafta-dr.commission-convenes').resolution).toBe('missed');
  });

  ruleTest('CAFTA-DR Art. 20.6.1(a)', 'cafta-dr.panel-request-after-commission', () => {
    const first = ev('v1', 'commission_convened', '2025-05-14');
    const limit = limitOf(limitsOf([REQUEST, COMMISSION_REQUEST, first]), 'cafta-dr.panel-request-after-commission');
    // 14 May + 30 = 13 June; from 14 June.
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.6.1(a)', kind: 'opening', date: '2025-06-14', resolution: 'pending', agreeable: true });
    // Consolidated proceedings: counted from the most recent meeting (Art. 20.6.1(b)).
    const consolidated = limitsOf([REQUEST, COMMISSION_REQUEST, ev('v2', 'commission_convened', '2025-06-02'), first]);
    const latest = limitOf(consolidated, 'cafta-dr.panel-request-after-commission');
    expect(latest.date).toBe('2025-07-03');
    expect(latest.counting).toEqual(counted('2025-06-02', 30, { dayAfter: true }));
    const early = limitsOf([REQUEST, COMMISSION_REQUEST, first, ev('p1', 'panel_requested', '2025-06-10')]);
    expect(limitOf(early, 'cafta-dr.panel-request-after-commission')).toMatchObject({ resolution: 'premature', reason: 'before_opening' });
  });

  ruleTest('CAFTA-DR Art. 20.6.1(d) and (c)', 'cafta-dr.panel-request-without-commission', () => {
    // 3 Mar + 75 = 17 May; from 18 May. Perishable: 3 Mar + 30 = 2 Apr; from 3 Apr.
    const general = limitOf(limitsOf([REQUEST, COMMISSION_REQUEST]), 'cafta-dr.panel-request-without-commission');
    expect(general).toMatchObject({ article: 'CAFTA-DR Art. 20.6.1(d)', kind: 'opening', date: '2025-05-18', days: 75 });
    const perishable = limitOf(
      limitsOf([REQUEST, ev('m1', 'commission_meeting_requested', '2025-03-20')], { perishable: true }),
      'cafta-dr.panel-request-without-commission',
    );
    expect(perishable).toMatchObject({ article: 'CAFTA-DR Art. 20.6.1(c)', date: '2025-04-03', days: 30, perishable: true });
    // Only "if the Commission has not convened".
    const convened = limitsOf([REQUEST, COMMISSION_REQUEST, ev('v1', 'commission_convened', '2025-05-14')]);
    expect(limitOf(convened, 'cafta-dr.panel-request-without-commission').resolution).toBe('not_applicable');
  });

  ruleTest('CAFTA-DR Art. 20.6.3', 'cafta-dr.join-as-complainant', () => {
    const limit = limitOf(limitsOf([ev('p1', 'panel_requested', '2025-06-16')]), 'cafta-dr.join-as-complainant');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.6.3', kind: 'deadline', date: '2025-06-23', resolution: 'pending' });
  });

  ruleTest('CAFTA-DR Art. 20.9.1(b) (agreement on the chair)', 'cafta-dr.panel-chair', () => {
    const events = [ev('p1', 'panel_requested', '2025-06-16'), ev('ch', 'panel_chair_selected', '2025-06-27')];
    const limit = limitOf(limitsOf(events), 'cafta-dr.panel-chair');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.9.1(b)', kind: 'deadline', date: '2025-07-01', resolution: 'met' });
    expect(limit.metBy?.eventId).toBe('ch');
  });

  ruleTest('CAFTA-DR Art. 20.9.1(b) (draw by lot)', 'cafta-dr.panel-chair-by-lot', () => {
    const request = ev('p1', 'panel_requested', '2025-06-16');
    // 16 June + 15 = 1 July; the draw "within three days" after it: 4 July.
    const limit = limitOf(limitsOf([request]), 'cafta-dr.panel-chair-by-lot');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.9.1(b)', kind: 'deadline', date: '2025-07-04', days: 3, resolution: 'pending' });
    expect(limit.counting).toEqual({ base: '2025-07-01', basis: 'limit', baseRule: 'cafta-dr.panel-chair', days: 3, dayAfter: false });
    // The 15 days to agree are a window: passing them is not "overdue", the draw is.
    expect(limitOf(limitsOf([request]), 'cafta-dr.panel-chair').resolution).toBe('pending');
    const drawn = limitsOf([request, ev('lot', 'panel_chair_selected_by_lot', '2025-07-03')]);
    expect(limitOf(drawn, 'cafta-dr.panel-chair-by-lot').resolution).toBe('met');
    expect(limitOf(drawn, 'cafta-dr.panel-chair').resolution).toBe('not_applicable');
    const drawnLate = limitsOf([request, ev('lot', 'panel_chair_selected_by_lot', '2025-07-06')]);
    expect(limitOf(drawnLate, 'cafta-dr.panel-chair-by-lot').resolution).toBe('late');
    // Agreed in time: no draw.
    expect(has(limitsOf([request, ev('ch', 'panel_chair_selected', '2025-06-27')]), 'cafta-dr.panel-chair-by-lot')).toBe(false);
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
    // A chair drawn by lot starts the 15 days too.
    const byLot = limitOf(limitsOf([ev('lot', 'panel_chair_selected_by_lot', '2025-07-03')]), 'cafta-dr.panelists');
    expect(byLot.date).toBe('2025-07-18');
  });

  ruleTest('CAFTA-DR Art. 20.9.1(d)', 'cafta-dr.panelists-by-lot', () => {
    const chair = ev('ch', 'panel_chair_selected', '2025-06-27');
    const one = ev('w1', 'panelist_appointed', '2025-07-03');
    const limit = limitOf(limitsOf([chair, one]), 'cafta-dr.panelists-by-lot');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.9.1(d)', date: '2025-07-15', resolution: 'pending' });
    expect(limit.counting).toMatchObject({ base: '2025-07-12', basis: 'limit', baseRule: 'cafta-dr.panelists' });
    const drawn = limitsOf([chair, one, ev('lot', 'panelist_selected_by_lot', '2025-07-14')]);
    expect(limitOf(drawn, 'cafta-dr.panelists-by-lot').resolution).toBe('met');
    expect(has(limitsOf([chair, one, ev('w2', 'panelist_appointed', '2025-07-10')]), 'cafta-dr.panelists-by-lot')).toBe(false);
  });

  ruleTest('CAFTA-DR Art. 20.9.2', 'cafta-dr.panelist-challenge', () => {
    const events = [ev('p1', 'panel_requested', '2025-06-16'), ev('x1', 'panelist_proposed', '2025-06-20'), ev('x2', 'panelist_proposed', '2025-06-25')];
    const limits = limitsOf(events).filter((limit) => limit.rule === 'cafta-dr.panelist-challenge');
    // One period for each individual proposed: "within 15 days after the individual has been proposed".
    expect(limits.map((limit) => [limit.from.eventId, limit.date, limit.article])).toEqual([
      ['x1', '2025-07-05', 'CAFTA-DR Art. 20.9.2'],
      ['x2', '2025-07-10', 'CAFTA-DR Art. 20.9.2'],
    ]);
  });

  ruleTest('CAFTA-DR Art. 20.10.4', 'cafta-dr.terms-of-reference', () => {
    const limit = limitOf(limitsOf([ev('p1', 'panel_requested', '2025-06-16')]), 'cafta-dr.terms-of-reference');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.10.4', kind: 'deadline', date: '2025-07-06', agreeable: true });
    expect(limit.counting).toEqual(counted('2025-06-16', 20));
  });

  ruleTest('CAFTA-DR Art. 20.13.4 (notice of delay)', 'cafta-dr.report-delay-notice', () => {
    const events = [ev('s1', 'initial_written_submission', '2025-08-01'), ev('s2', 'initial_written_submission', '2025-09-01')];
    const limit = limitOf(limitsOf(events), 'cafta-dr.report-delay-notice');
    // The complaining Party's submission is the first one filed.
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.13.4', kind: 'deadline', date: '2025-08-08', resolution: 'pending' });
    expect(limit.from.eventId).toBe('s1');
  });

  ruleTest('CAFTA-DR Art. 20.13.3', 'cafta-dr.initial-report', () => {
    const composed = ev('pc', 'panel_composed', '2025-07-10');
    const limit = limitOf(limitsOf([composed]), 'cafta-dr.initial-report');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.13.3', kind: 'deadline', date: '2025-11-07', days: 120, agreeable: true });
    // "unless the disputing Parties otherwise agree": a report on the agreed date is met, not late.
    const report = ev('ir', 'initial_report_issued', '2025-12-15');
    const agreed = limitOf(
      limitsOf([composed, report], { agreements: [{ rule: 'cafta-dr.initial-report', date: '2025-12-15', days: null, note: '' }] }),
      'cafta-dr.initial-report',
    );
    expect(agreed).toMatchObject({ date: '2025-12-15', resolution: 'met', agreed: { date: '2025-12-15', originalDate: '2025-11-07' } });
    expect(limitOf(limitsOf([composed, report]), 'cafta-dr.initial-report').resolution).toBe('late');
  });

  ruleTest('CAFTA-DR Art. 20.13.4 (outer limit)', 'cafta-dr.initial-report-outer', () => {
    const events = [ev('pc', 'panel_composed', '2025-07-10'), ev('ir', 'initial_report_issued', '2025-12-15')];
    const limit = limitOf(limitsOf(events), 'cafta-dr.initial-report-outer');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.13.4', date: '2026-01-06', days: 180, resolution: 'met' });
  });

  ruleTest('CAFTA-DR Art. 20.13.6', 'cafta-dr.initial-report-comments', () => {
    const initial = ev('ir', 'initial_report_issued', '2025-11-03');
    const limit = limitOf(limitsOf([initial]), 'cafta-dr.initial-report-comments');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.13.6', date: '2025-11-17', resolution: 'pending', agreeable: true });
    const commented = limitsOf([initial, ev('cm', 'initial_report_comments', '2025-11-14')]);
    expect(limitOf(commented, 'cafta-dr.initial-report-comments').resolution).toBe('met');
    const lateComments = limitsOf([initial, ev('cm', 'initial_report_comments', '2025-11-19')]);
    expect(limitOf(lateComments, 'cafta-dr.initial-report-comments').resolution).toBe('late');
    const overtaken = limitsOf([initial, ev('fr', 'final_report_issued', '2025-11-20')]);
    expect(limitOf(overtaken, 'cafta-dr.initial-report-comments').resolution).toBe('not_applicable');
  });

  ruleTest('CAFTA-DR Art. 20.14.1 (final report)', 'cafta-dr.final-report', () => {
    const events = [ev('ir', 'initial_report_issued', '2025-11-03'), FINAL];
    const limit = limitOf(limitsOf(events), 'cafta-dr.final-report');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.14.1', date: '2025-12-03', resolution: 'met', agreeable: true });
  });

  ruleTest('CAFTA-DR Art. 20.14.1 (publication)', 'cafta-dr.final-report-publication', () => {
    const limit = limitOf(limitsOf([FINAL]), 'cafta-dr.final-report-publication');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.14.1', date: '2025-12-16', days: 15, resolution: 'pending', agreeable: false });
  });

  ruleTest('CAFTA-DR Art. 20.16.1', 'cafta-dr.compensation', () => {
    // 1 Dec + 45 = 15 Jan; the duty to negotiate arises on 16 Jan.
    const limit = limitOf(limitsOf([FINAL], { claims: GOODS_BREACH }), 'cafta-dr.compensation');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.16.1', kind: 'opening', date: '2026-01-16', days: 45, agreeable: true });
    // Talks that start early by agreement are no fault.
    const early = limitsOf([FINAL, ev('cn', 'compensation_negotiations_started', '2026-01-05')], { claims: GOODS_BREACH });
    expect(limitOf(early, 'cafta-dr.compensation').resolution).toBe('met');
    // Art. 20.16.9: not where the panel found a breach of Art. 16.2.1(a) or 17.2.1(a).
    expect(has(limitsOf([FINAL], { claims: LABOR_BREACH }), 'cafta-dr.compensation')).toBe(false);
  });

  ruleTest('CAFTA-DR Art. 20.16.2(a)', 'cafta-dr.suspension-notice', () => {
    const limit = limitOf(limitsOf([FINAL], { claims: GOODS_BREACH }), 'cafta-dr.suspension-notice');
    // Compensation period begins 16 Jan; + 30 = 15 Feb; notice from 16 Feb (final report + 77).
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.16.2(a)', kind: 'opening', date: '2026-02-16', resolution: 'pending' });
    expect(limit.counting).toEqual({ base: '2026-01-16', basis: 'limit', baseRule: 'cafta-dr.compensation', days: 30, dayAfter: true });
    const met = limitsOf([FINAL, NOTICE], { claims: GOODS_BREACH });
    expect(limitOf(met, 'cafta-dr.suspension-notice').resolution).toBe('met');
    const early = limitsOf([FINAL, ev('sn', 'suspension_notified', '2026-02-10')], { claims: GOODS_BREACH });
    expect(limitOf(early, 'cafta-dr.suspension-notice')).toMatchObject({ resolution: 'premature', reason: 'before_opening' });
  });

  ruleTest('CAFTA-DR Art. 20.16.3 (request to reconvene)', 'cafta-dr.reconvene-request', () => {
    const limit = limitOf(limitsOf([FINAL, NOTICE], { claims: GOODS_BREACH }), 'cafta-dr.reconvene-request');
    // Across the end of a 28-day February: 23 Feb + 30 = 25 Mar.
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.16.3', kind: 'deadline', date: '2026-03-25', resolution: 'pending' });
    const requested = limitsOf([FINAL, NOTICE, ev('rr', 'panel_reconvene_requested', '2026-03-10')], { claims: GOODS_BREACH });
    expect(limitOf(requested, 'cafta-dr.reconvene-request').resolution).toBe('met');
  });

  ruleTest('CAFTA-DR Art. 20.16.3 (determination)', 'cafta-dr.reconvened-determination', () => {
    const events = [FINAL, NOTICE, ev('rr', 'panel_reconvene_requested', '2026-03-10'), ev('rc', 'panel_reconvened', '2026-04-01')];
    const one = run(events, { claims: GOODS_BREACH, reconveneGrounds: 'excessive_level' });
    // 1 Apr + 90 = 30 June; on both grounds + 120 = 30 July.
    expect(limitOf(one.limits, 'cafta-dr.reconvened-determination')).toMatchObject({ article: 'CAFTA-DR Art. 20.16.3', date: '2026-06-30', days: 90 });
    const both = limitsOf(events, { claims: GOODS_BREACH, reconveneGrounds: 'both' });
    expect(limitOf(both, 'cafta-dr.reconvened-determination')).toMatchObject({ date: '2026-07-30', days: 120 });
    const unknown = run(events, { claims: GOODS_BREACH });
    expect(limitOf(unknown.limits, 'cafta-dr.reconvened-determination').days).toBe(90);
    expect(codes(unknown.warnings)).toContain('reconvene_grounds_missing');
    expect(codes(one.warnings)).not.toContain('reconvene_grounds_missing');
  });

  ruleTest('CAFTA-DR Art. 20.16.6 (notice after the suspension notice)', 'cafta-dr.assessment-notice', () => {
    const limit = limitOf(limitsOf([FINAL, NOTICE], { claims: GOODS_BREACH }), 'cafta-dr.assessment-notice');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.16.6', kind: 'deadline', date: '2026-03-25' });
    const late = limitsOf([FINAL, NOTICE, ev('ma', 'monetary_assessment_notified', '2026-03-30')], { claims: GOODS_BREACH });
    expect(limitOf(late, 'cafta-dr.assessment-notice').resolution).toBe('late');
  });

  ruleTest('CAFTA-DR Art. 20.16.6 (notice after a determination)', 'cafta-dr.assessment-notice-after-determination', () => {
    const events = [FINAL, NOTICE, ev('rr', 'panel_reconvene_requested', '2026-03-10'), ev('rc', 'panel_reconvened', '2026-04-01'), ev('dt', 'reconvened_panel_determination', '2026-06-30')];
    const limits = limitsOf(events, { claims: GOODS_BREACH });
    expect(limitOf(limits, 'cafta-dr.assessment-notice-after-determination')).toMatchObject({ article: 'CAFTA-DR Art. 20.16.6', date: '2026-07-20' });
    // Once reconvened, the 30 days from the notice no longer govern.
    expect(limitOf(limits, 'cafta-dr.assessment-notice').resolution).toBe('not_applicable');
  });

  ruleTest('CAFTA-DR Art. 20.16.2 (suspension may begin)', 'cafta-dr.suspension-effect', () => {
    const plain = limitOf(limitsOf([FINAL, NOTICE], { claims: GOODS_BREACH }), 'cafta-dr.suspension-effect');
    expect(plain).toMatchObject({ article: 'CAFTA-DR Art. 20.16.2', kind: 'opening', date: '2026-03-25', resolution: 'pending' });
    expect(plain.counting).toEqual(counted('2026-02-23', 30));
    // "30 days after the later of" the notice and the reconvened panel's determination.
    const events = [FINAL, NOTICE, ev('rr', 'panel_reconvene_requested', '2026-03-10'), ev('rc', 'panel_reconvened', '2026-04-01')];
    const waiting = limitOf(limitsOf(events, { claims: GOODS_BREACH }), 'cafta-dr.suspension-effect');
    expect(waiting).toMatchObject({ resolution: 'not_applicable', reason: 'waiting_for_determination' });
    const suspendedWhileWaiting = limitsOf([...events, ev('bs', 'benefits_suspended', '2026-04-10')], { claims: GOODS_BREACH });
    expect(limitOf(suspendedWhileWaiting, 'cafta-dr.suspension-effect')).toMatchObject({ resolution: 'premature', reason: 'waiting_for_determination' });
    const determined = limitOf(
      limitsOf([...events, ev('dt', 'reconvened_panel_determination', '2026-06-30')], { claims: GOODS_BREACH }),
      'cafta-dr.suspension-effect',
    );
    expect(determined).toMatchObject({ date: '2026-07-30', resolution: 'pending' });
    expect(determined.counting).toEqual({ base: '2026-06-30', basis: 'later_of', baseRule: null, days: 30, dayAfter: false });
  });

  ruleTest('CAFTA-DR Art. 20.16.6 (consultations on the amount)', 'cafta-dr.assessment-consultations', () => {
    const limit = limitOf(limitsOf([FINAL, NOTICE, ev('ma', 'monetary_assessment_notified', '2026-03-20')], { claims: GOODS_BREACH }), 'cafta-dr.assessment-consultations');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.16.6', kind: 'deadline', date: '2026-03-30', resolution: 'pending' });
  });

  ruleTest('CAFTA-DR Art. 20.16.6 (amount agreed)', 'cafta-dr.assessment-amount', () => {
    const events = [FINAL, NOTICE, ev('ma', 'monetary_assessment_notified', '2026-03-20'), ev('ac', 'assessment_consultations_held', '2026-03-28')];
    const limits = limitsOf(events, { claims: GOODS_BREACH });
    expect(limitOf(limits, 'cafta-dr.assessment-amount')).toMatchObject({ article: 'CAFTA-DR Art. 20.16.6', date: '2026-04-27' });
    expect(limitOf(limits, 'cafta-dr.assessment-consultations').resolution).toBe('met');
  });

  ruleTest('CAFTA-DR Art. 20.16.7', 'cafta-dr.assessment-installments', () => {
    const notified = ev('ma', 'monetary_assessment_notified', '2026-03-20');
    // 20 Mar + 60 = 19 May.
    const limit = limitOf(limitsOf([FINAL, NOTICE, notified], { claims: GOODS_BREACH }), 'cafta-dr.assessment-installments');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.16.7', kind: 'deadline', date: '2026-05-19' });
    const paid = limitsOf([FINAL, NOTICE, notified, ev('pd', 'assessment_paid', '2026-05-15')], { claims: GOODS_BREACH });
    expect(limitOf(paid, 'cafta-dr.assessment-installments').resolution).toBe('met');
  });

  ruleTest('CAFTA-DR Art. 20.16.8', 'cafta-dr.suspension-on-nonpayment', () => {
    const notified = ev('ma', 'monetary_assessment_notified', '2026-03-20');
    const unpaid = limitOf(limitsOf([FINAL, NOTICE, notified], { claims: GOODS_BREACH }), 'cafta-dr.suspension-on-nonpayment');
    expect(unpaid).toMatchObject({ article: 'CAFTA-DR Art. 20.16.8', kind: 'opening', date: '2026-05-20', resolution: 'pending' });
    expect(unpaid.counting).toMatchObject({ base: '2026-05-19', basis: 'limit', baseRule: 'cafta-dr.assessment-installments', dayAfter: true });
    const suspended = limitsOf([FINAL, NOTICE, notified, ev('bs', 'benefits_suspended', '2026-05-25')], { claims: GOODS_BREACH });
    expect(limitOf(suspended, 'cafta-dr.suspension-on-nonpayment').resolution).toBe('met');
    expect(has(limitsOf([FINAL, NOTICE, notified, ev('pd', 'assessment_paid', '2026-05-15')], { claims: GOODS_BREACH }), 'cafta-dr.suspension-on-nonpayment')).toBe(false);
  });

  ruleTest('CAFTA-DR Art. 20.17.1(a)', 'cafta-dr.enforcement-assessment', () => {
    const limit = limitOf(limitsOf([FINAL], { claims: LABOR_BREACH }), 'cafta-dr.enforcement-assessment');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.17.1(a)', kind: 'opening', date: '2026-01-16', resolution: 'pending' });
    const early = limitsOf([FINAL, ev('rr', 'panel_reconvene_requested', '2026-01-10')], { claims: LABOR_BREACH });
    expect(limitOf(early, 'cafta-dr.enforcement-assessment').resolution).toBe('premature');
    // "Art. 17.2.1 (a)" is the same provision written another way.
    expect(has(limitsOf([FINAL], { claims: [{ provision: 'Art. 17.2.1 (a)', finding: 'non_conformity' }] }), 'cafta-dr.enforcement-assessment')).toBe(true);
    expect(has(limitsOf([FINAL], { claims: GOODS_BREACH }), 'cafta-dr.enforcement-assessment')).toBe(false);
  });

  ruleTest('CAFTA-DR Art. 20.17.2', 'cafta-dr.enforcement-assessment-amount', () => {
    const events = [FINAL, ev('rr', 'panel_reconvene_requested', '2026-01-20'), ev('rc', 'panel_reconvened', '2026-02-01')];
    // 1 Feb + 90 = 2 May (28-day February).
    const limit = limitOf(limitsOf(events, { claims: LABOR_BREACH }), 'cafta-dr.enforcement-assessment-amount');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.17.2', kind: 'deadline', date: '2026-05-02', days: 90 });
    // Art. 20.16.3's determination is not the rule here.
    expect(has(limitsOf(events, { claims: LABOR_BREACH }), 'cafta-dr.reconvened-determination')).toBe(false);
  });

  ruleTest('CAFTA-DR Art. 20.17.3', 'cafta-dr.enforcement-assessment-installments', () => {
    const events = [FINAL, ev('dm', 'assessment_payment_demanded', '2026-05-10')];
    const limit = limitOf(limitsOf(events, { claims: LABOR_BREACH }), 'cafta-dr.enforcement-assessment-installments');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.17.3', kind: 'deadline', date: '2026-07-09' });
  });

  ruleTest('CAFTA-DR Art. 20.18.1', 'cafta-dr.compliance-report', () => {
    const events = [ev('cr', 'compliance_review_requested', '2026-06-01'), ev('rp', 'compliance_report_issued', '2026-08-31')];
    const limit = limitOf(limitsOf(events), 'cafta-dr.compliance-report');
    // One day after 30 August: late, never "met".
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 20.18.1', date: '2026-08-30', days: 90, resolution: 'late' });
    expect(limit.metBy?.date).toBe('2026-08-31');
  });

  ruleTest('CAFTA-DR Art. 16.6.6', 'cafta-dr.labor-to-dispute', () => {
    // 15 Jan + 60 = 16 Mar; from 17 Mar.
    const events = [ev('l1', 'labor_consultations_requested', '2025-01-15'), ev('c1', 'consultations_requested', '2025-03-20')];
    const limit = limitOf(limitsOf(events, { kind: 'labor_consultation' }), 'cafta-dr.labor-to-dispute');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 16.6.6', kind: 'opening', date: '2025-03-17', resolution: 'met' });
    expect(limit.metBy?.eventId).toBe('c1');
  });

  ruleTest('CAFTA-DR Art. 17.10.6', 'cafta-dr.environment-to-dispute', () => {
    // Across 29 February 2024: 4 Jan + 60 = 4 Mar; from 5 Mar.
    const events = [ev('e1', 'environment_consultations_requested', '2024-01-04')];
    const limit = limitOf(limitsOf(events, { kind: 'environment_consultation' }), 'cafta-dr.environment-to-dispute');
    expect(limit).toMatchObject({ article: 'CAFTA-DR Art. 17.10.6', kind: 'opening', date: '2024-03-05' });
    expect(limit.counting).toEqual(counted('2024-01-04', 60, { dayAfter: true }));
    const viaCommission = limitsOf([...events, ev('m1', 'commission_meeting_requested', '2024-03-11')], { kind: 'environment_consultation' });
    expect(limitOf(viaCommission, 'cafta-dr.environment-to-dispute').metBy?.type).toBe('commission_meeting_requested');
  });

  it('has a test above for every CAFTA-DR dispute, labor and environment rule', () => {
    expect([...tested].sort()).toEqual(CAFTA_DR_RULES.map((rule) => rule.id).sort());
  });
});
