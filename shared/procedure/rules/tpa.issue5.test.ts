// The defects of issue 5 in their TPA form, and remedies that follow the
// panel's findings (issue 5 §4), for each agreement. Expected dates are worked
// out by hand from the calendar, never with the code under test.
import { describe, expect, it } from 'vitest';
import type { LimitAgreement } from '../engine';
import { tpaRules } from './tpa';
import { AGREEMENTS, ASSESSMENT, BREACH, COMMISSION_REQUEST, COMPOSED, DETERMINATION, FINAL, FIRST_PANELIST, NOTICE, PANEL, RECONVENE_REQUEST, RECONVENED, REMEDY_STEPS, REQUEST, SECOND_PANELIST, codes, counted, ev, refOf, tpaCase } from './tpaTesting';

describe.each(AGREEMENTS)('%s rules', (agreement, name) => {
  const { art, id, run, limitsOf, limitOf, has, remedyOf } = tpaCase(agreement, name);

  describe('issue 5 defects', () => {
    it(`${art('21.5.1')}: a Commission meeting requested on day 19 of consultations is premature, not met`, () => {
      const events = [ev('c1', 'consultations_requested', '2026-10-01'), ev('m1', 'commission_meeting_requested', '2026-10-20')];
      const result = run(events);
      // 1 Oct + 60: 31 Oct (30), 30 Nov (60); opens 1 Dec.
      expect(limitOf(result.limits, 'commission-request')).toMatchObject({
        date: '2026-12-01',
        resolution: 'premature',
        reason: 'before_opening',
        metBy: { eventId: 'm1', type: 'commission_meeting_requested', date: '2026-10-20' },
      });
      expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'premature', eventId: 'm1', rule: id('commission-request'), article: art('21.5.1(a)') }));
    });

    it(`${art('21.6.1')}: no panel may be requested until a Commission meeting is requested; one recorded is premature`, () => {
      const waiting = run([REQUEST]);
      expect(has(waiting.limits, 'panel-request-without-commission')).toBe(false);
      expect(waiting.warnings).toContainEqual(
        expect.objectContaining({ code: 'condition_pending', rule: id('panel-request-without-commission'), article: art('21.6.1') }),
      );
      const requested = run([REQUEST, ev('p1', 'panel_requested', '2025-05-20')]);
      // Day 78 is after the 75 days: only the missing Commission request makes it premature.
      expect(limitOf(requested.limits, 'panel-request-without-commission')).toMatchObject({
        date: '2025-05-18',
        resolution: 'premature',
        reason: 'condition_missing',
        metBy: { eventId: 'p1' },
      });
      expect(requested.warnings).toContainEqual(expect.objectContaining({ code: 'premature', eventId: 'p1', rule: id('panel-request-without-commission') }));
      expect(codes(requested.warnings)).not.toContain('condition_pending');
      // A Commission request after the panel request does not cure it.
      const cured = run([REQUEST, ev('p1', 'panel_requested', '2025-05-20'), ev('m1', 'commission_meeting_requested', '2025-05-22')]);
      expect(limitOf(cured.limits, 'panel-request-without-commission')).toMatchObject({ resolution: 'premature', reason: 'condition_missing' });
      // With the Commission request, the condition is no longer pending.
      expect(codes(run([REQUEST, COMMISSION_REQUEST]).warnings)).not.toContain('condition_pending');
    });

    it(`${art('21.6.1(d)')}: a panel requested on day 20 of consultations, after a Commission request, is premature`, () => {
      // 3 Mar + 20 = 23 Mar; the opening is 18 May.
      const events = [REQUEST, ev('m1', 'commission_meeting_requested', '2025-03-10'), ev('p1', 'panel_requested', '2025-03-23')];
      expect(limitOf(limitsOf(events), 'panel-request-without-commission')).toMatchObject({
        date: '2025-05-18',
        resolution: 'premature',
        reason: 'before_opening',
      });
    });

    it(`${art('21.9.1(c)')}: a chair due by 5 Dec and a panel composed on 20 Dec is late, not met`, () => {
      // Second panelist 20 Nov + 15 = 5 Dec; the draw by lot 5 Dec + 3 = 8 Dec.
      const events = [
        ev('p1', 'panel_requested', '2025-11-05'),
        ev('w1', 'panelist_appointed', '2025-11-10'),
        ev('w2', 'panelist_appointed', '2025-11-20'),
        ev('pc', 'panel_composed', '2025-12-20'),
      ];
      const result = run(events);
      expect(limitOf(result.limits, 'panel-chair')).toMatchObject({ date: '2025-12-05', resolution: 'late', reason: 'after_deadline', metBy: { eventId: 'pc' } });
      expect(limitOf(result.limits, 'panel-chair-by-lot')).toMatchObject({ date: '2025-12-08', resolution: 'late' });
      expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'late', eventId: 'pc', rule: id('panel-chair') }));
      // The chair agreed after its 15 days is late too.
      const agreedLate = limitsOf([...events.slice(0, 3), ev('ch', 'panel_chair_selected', '2025-12-07')]);
      expect(limitOf(agreedLate, 'panel-chair')).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
    });

    it(`${art('21.9.1(b) and (c)')}: the draws by lot "within 3 days after expiration of this 15-day period" are computed`, () => {
      const noAppointment = limitsOf([PANEL]);
      // 16 Jun + 15 = 1 Jul, + 3 = 4 Jul.
      expect(limitOf(noAppointment, 'panelists-by-lot')).toMatchObject({ article: art('21.9.1(b)'), date: '2025-07-04', resolution: 'pending' });
      // 30 Jun + 15 = 15 Jul, + 3 = 18 Jul.
      const noChair = limitsOf([PANEL, FIRST_PANELIST, SECOND_PANELIST]);
      expect(limitOf(noChair, 'panel-chair-by-lot')).toMatchObject({ article: art('21.9.1(c)'), date: '2025-07-18', resolution: 'pending' });
    });

    it(`${art('21.16.2(a)')}: stalled compensation talks do not hide the suspension-notice opening`, () => {
      // Final report + 46 (compensation) + 31 = final report + 77: 1 Dec + 77 =
      // 31 Dec (30), 31 Jan (61), 16 Feb (77).
      const never = remedyOf([FINAL], 'suspension-notice');
      expect(never.date).toBe('2026-02-16');
      const stalled = remedyOf([FINAL, ev('cn', 'compensation_negotiations_started', '2026-02-05')], 'suspension-notice');
      expect(stalled).toMatchObject({ date: '2026-02-16', counting: { base: '2026-01-16', basis: 'limit', baseRule: id('compensation') } });
      // A notice on 16 Feb is in time even though talks began only on 5 Feb.
      const notice = remedyOf([FINAL, ev('cn', 'compensation_negotiations_started', '2026-02-05'), ev('sn', 'suspension_notified', '2026-02-16')], 'suspension-notice');
      expect(notice.resolution).toBe('met');
    });

    it(`${art('21.16.2')}: suspension may begin 30 days after the later of the notice and the reconvened panel's determination`, () => {
      const events = [FINAL, NOTICE, RECONVENE_REQUEST, RECONVENED, DETERMINATION];
      // Determination 10 Jun + 30 = 10 Jul, later than notice 23 Feb + 30 = 25 Mar.
      const limit = remedyOf(events, 'suspension-effect');
      expect(limit).toMatchObject({ date: '2026-07-10', resolution: 'pending', from: refOf(DETERMINATION) });
      expect(limit.counting).toEqual(counted('2026-06-10', 30, { basis: 'later_of' }));
      // Suspending 30 days after the notice, before the determination + 30, is premature.
      const early = remedyOf([...events, ev('bs', 'benefits_suspended', '2026-07-01')], 'suspension-effect');
      expect(early).toMatchObject({ resolution: 'premature', reason: 'before_opening' });
      expect(remedyOf([...events, ev('bs', 'benefits_suspended', '2026-07-10')], 'suspension-effect').resolution).toBe('met');
    });

    it(`${art('21.16.2')}: while a request to reconvene awaits the determination, suspension is not open`, () => {
      const awaiting = [FINAL, NOTICE, RECONVENE_REQUEST];
      expect(remedyOf(awaiting, 'suspension-effect')).toMatchObject({
        date: '2026-03-25',
        resolution: 'not_applicable',
        reason: 'waiting_for_determination',
      });
      expect(remedyOf([...awaiting, RECONVENED], 'suspension-effect')).toMatchObject({ resolution: 'not_applicable', reason: 'waiting_for_determination' });
      const suspended = remedyOf([...awaiting, ev('bs', 'benefits_suspended', '2026-04-01')], 'suspension-effect');
      expect(suspended).toMatchObject({ resolution: 'premature', reason: 'waiting_for_determination', metBy: { eventId: 'bs' } });
    });

    it(`${art('21.16.6')}: a timely notice to pay a monetary assessment bars suspension; a late one does not`, () => {
      const barred = run([FINAL, NOTICE, ASSESSMENT], { claims: BREACH });
      expect(limitOf(barred.limits, 'suspension-effect')).toMatchObject({ date: '2026-03-25', resolution: 'not_applicable', reason: 'barred_by_assessment' });
      const suspended = run([FINAL, NOTICE, ASSESSMENT, ev('bs', 'benefits_suspended', '2026-03-26')], { claims: BREACH });
      expect(limitOf(suspended.limits, 'suspension-effect')).toMatchObject({ resolution: 'premature', reason: 'barred_by_assessment' });
      expect(suspended.warnings).toContainEqual(expect.objectContaining({ code: 'premature', eventId: 'bs', rule: id('suspension-effect') }));
      // Notice on day 35 (23 Feb + 35 = 30 Mar): late, and suspension is not barred.
      const lateNotice = ev('ma', 'monetary_assessment_notified', '2026-03-30');
      const late = limitsOf([FINAL, NOTICE, lateNotice], { claims: BREACH });
      expect(limitOf(late, 'assessment-notice')).toMatchObject({ date: '2026-03-25', resolution: 'late', reason: 'after_deadline' });
      expect(limitOf(late, 'suspension-effect')).toMatchObject({ resolution: 'pending', reason: null });
      const suspendedAfterLate = limitsOf([FINAL, NOTICE, lateNotice, ev('bs', 'benefits_suspended', '2026-04-01')], { claims: BREACH });
      expect(limitOf(suspendedAfterLate, 'suspension-effect').resolution).toBe('met');
      // Reconvened: a notice within 20 days of the determination bars it too.
      const reconvened = [FINAL, NOTICE, RECONVENE_REQUEST, RECONVENED, DETERMINATION, ev('ma', 'monetary_assessment_notified', '2026-06-25')];
      expect(remedyOf(reconvened, 'suspension-effect')).toMatchObject({ date: '2026-07-10', resolution: 'not_applicable', reason: 'barred_by_assessment' });
    });

    it(`${art('21.13.3')}, ${art('21.5.1(c)')}: an agreed period moves the limit and keeps the treaty date beside it`, () => {
      // Art. 21.13.3 "unless the disputing Parties otherwise agree": agreed date.
      const agreedDate: LimitAgreement = { rule: id('initial-report'), date: '2025-12-15', days: null, note: 'Agreed at the organizational meeting' };
      const lateReport = [COMPOSED, ev('ir', 'initial_report_issued', '2025-12-10')];
      const report = limitOf(limitsOf(lateReport, { agreements: [agreedDate] }), 'initial-report');
      expect(report).toMatchObject({
        date: '2025-12-15',
        resolution: 'met',
        agreed: { date: '2025-12-15', originalDate: '2025-11-07', note: 'Agreed at the organizational meeting' },
      });
      expect(limitOf(limitsOf(lateReport), 'initial-report')).toMatchObject({ date: '2025-11-07', resolution: 'late', agreed: null });
      // Art. 21.5.1(c) agreed as a number of days, counted like the treaty's
      // own period: 3 Mar + 30 = 2 Apr; opens 3 Apr.
      const agreedDays: LimitAgreement = { rule: id('commission-request'), date: null, days: 30, note: '' };
      const commission = limitOf(limitsOf([REQUEST, ev('m1', 'commission_meeting_requested', '2025-04-05')], { agreements: [agreedDays] }), 'commission-request');
      expect(commission).toMatchObject({ date: '2025-04-03', resolution: 'met', agreed: { date: '2025-04-03', originalDate: '2025-05-03', note: '' } });
      // Art. 21.5.4 allows no other period: an agreement is ignored.
      const refused: LimitAgreement = { rule: id('commission-convenes'), date: '2025-06-30', days: null, note: '' };
      const convenes = limitOf(limitsOf([REQUEST, COMMISSION_REQUEST], { agreements: [refused] }), 'commission-convenes');
      expect(convenes).toMatchObject({ date: '2025-05-15', agreed: null, agreeable: false });
    });

    it(`has no third-Party rules: ${art('21.4.3')} and ${art('21.6.3')} cannot operate between two Parties`, () => {
      const rules = tpaRules(agreement);
      expect(rules.map((rule) => rule.article).filter((article) => /21\.(4\.3|6\.3|11)\b/.test(article))).toEqual([]);
      const steps = limitsOf([REQUEST, COMMISSION_REQUEST, PANEL]).map((limit) => limit.rule);
      expect(steps).not.toContain(id('third-party-consultations'));
      expect(steps).not.toContain(id('join-as-complainant'));
    });
  });

  describe('remedies follow the findings (issue 5 §4)', () => {
    const THROUGH_REMEDIES = [
      FINAL,
      NOTICE,
      RECONVENE_REQUEST,
      RECONVENED,
      DETERMINATION,
      ev('ma', 'monetary_assessment_notified', '2026-06-25'),
      ev('ac', 'assessment_consultations_held', '2026-07-01'),
    ];

    it('the Art. 21.16 rules are exactly those that need a breach found', () => {
      const scoped = tpaRules(agreement).filter((rule) => rule.scope === 'other_breach');
      expect(scoped.map((rule) => rule.id).sort()).toEqual(REMEDY_STEPS.map(id));
      expect(tpaRules(agreement).some((rule) => rule.scope === 'enforcement_breach')).toBe(false);
    });

    it('with no findings recorded after the final report: no remedy limit, and a findings_missing warning', () => {
      const result = run(THROUGH_REMEDIES);
      expect(result.limits.filter((limit) => REMEDY_STEPS.map(id).includes(limit.rule))).toEqual([]);
      expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'findings_missing' }));
      // Still pending: no warning yet, no limit.
      const pending = run(THROUGH_REMEDIES, { claims: [{ provision: 'Art. 2.2', finding: 'pending' }] });
      expect(has(pending.limits, 'compensation')).toBe(false);
      expect(codes(pending.warnings)).toContain('findings_missing');
    });

    it('with conformity found: no remedy limit, no warning', () => {
      const result = run(THROUGH_REMEDIES, { claims: [{ provision: 'Art. 2.2', finding: 'conformity' }] });
      expect(result.limits.filter((limit) => REMEDY_STEPS.map(id).includes(limit.rule))).toEqual([]);
      expect(codes(result.warnings)).not.toContain('findings_missing');
    });

    it('any provision found breached brings Art. 21.16, labor and environment ones included (no Art. 20.17 in the TPAs)', () => {
      for (const provision of ['Art. 2.2', '17.2.1(a)', 'Art. 18.3.1']) {
        const result = run([FINAL], { claims: [{ provision, finding: 'non_conformity' }] });
        expect(limitOf(result.limits, 'compensation')).toMatchObject({ article: art('21.16.1'), date: '2026-01-16' });
        expect(codes(result.warnings)).not.toContain('findings_missing');
      }
      const all = run(THROUGH_REMEDIES, { claims: BREACH, reconveneGrounds: 'excessive_level' }).limits.map((limit) => limit.rule);
      expect(REMEDY_STEPS.filter((step) => !all.includes(id(step)))).toEqual([]);
    });
  });
});
