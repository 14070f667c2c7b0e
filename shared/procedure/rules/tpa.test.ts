// One test per US–Colombia and US–Peru TPA rule, run through the engine for
// each agreement, each naming its article (the defects of issue 5 in their TPA
// form are in tpa.issue5.test.ts). Expected dates are worked out by hand from
// the calendar, never with the code under test. Counting (issue 5 §1):
// "within N days of X" falls on X + N; a step allowed once the Parties "fail …
// within N days" opens on X + N + 1.
import { describe, expect, it } from 'vitest';
import { tpaRules } from './tpa';
import { AGREEMENTS, ASSESSMENT, BREACH, COMMISSION_REQUEST, COMPOSED, CONVENED, DETERMINATION, FINAL, FIRST_PANELIST, INITIAL, NOTICE, PANEL, RECONVENE_REQUEST, RECONVENED, REQUEST, SECOND_PANELIST, codes, counted, ev, refOf, tpaCase } from './tpaTesting';

describe.each(AGREEMENTS)('%s rules', (agreement, name) => {
  const { art, id, run, limitsOf, limitOf, has, remedyOf } = tpaCase(agreement, name);

  const tested = new Set<string>();
  function ruleTest(paragraph: string, step: string, body: () => void): void {
    tested.add(id(step));
    it(`${art(paragraph)}: ${id(step)}`, body);
  }

  describe('one test per rule', () => {
    ruleTest('21.5.1(a) and (b)', 'commission-request', () => {
      // 3 Mar + 60: 3 Mar + 28 = 31 Mar, + 30 = 30 Apr (58), + 2 = 2 May (60); opens the day after, 3 May.
      const general = limitOf(limitsOf([REQUEST]), 'commission-request');
      expect(general).toMatchObject({ article: art('21.5.1(a)'), kind: 'opening', date: '2025-05-03', days: 60, perishable: false, agreeable: true });
      expect(general.counting).toEqual(counted('2025-03-03', 60, { dayAfter: true }));
      expect(general.from).toEqual(refOf(REQUEST));
      expect(general.resolution).toBe('pending');
      // 3 Mar + 15 = 18 Mar; opens 19 Mar.
      const perishable = limitOf(limitsOf([REQUEST], { perishable: true }), 'commission-request');
      expect(perishable).toMatchObject({ article: art('21.5.1(b)'), date: '2025-03-19', days: 15, perishable: true });
      expect(perishable.counting).toEqual(counted('2025-03-03', 15, { dayAfter: true }));
      // The 60th day is still inside the period; the 61st is not.
      const lastDay = limitOf(limitsOf([REQUEST, ev('m1', 'commission_meeting_requested', '2025-05-02')]), 'commission-request');
      expect(lastDay).toMatchObject({ resolution: 'premature', reason: 'before_opening' });
      const dayAfter = limitOf(limitsOf([REQUEST, ev('m1', 'commission_meeting_requested', '2025-05-03')]), 'commission-request');
      expect(dayAfter).toMatchObject({ resolution: 'met', reason: null, metBy: { eventId: 'm1', type: 'commission_meeting_requested', date: '2025-05-03' } });
      const skipped = limitsOf([REQUEST, ev('p1', 'panel_requested', '2025-05-20')]);
      expect(limitOf(skipped, 'commission-request').resolution).toBe('not_applicable');
    });

    ruleTest('21.5.4', 'commission-convenes', () => {
      // 5 May + 10 = 15 May.
      const limit = limitOf(limitsOf([REQUEST, COMMISSION_REQUEST, CONVENED]), 'commission-convenes');
      expect(limit).toMatchObject({ article: art('21.5.4'), kind: 'deadline', date: '2025-05-15', days: 10, resolution: 'met', agreeable: false });
      expect(limit.counting).toEqual(counted('2025-05-05', 10));
      expect(limit.from).toEqual(refOf(COMMISSION_REQUEST));
      expect(limit.metBy).toEqual(refOf(CONVENED));
      const late = limitsOf([REQUEST, COMMISSION_REQUEST, ev('v1', 'commission_convened', '2025-05-19')]);
      expect(limitOf(late, 'commission-convenes')).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
      // Never convened, and a panel requested after the 10 days: missed.
      const missed = limitsOf([REQUEST, COMMISSION_REQUEST, PANEL]);
      expect(limitOf(missed, 'commission-convenes')).toMatchObject({ resolution: 'missed', reason: 'overtaken_after_deadline' });
      // A meeting only scheduled meets nothing until it is held (issue 5 §4).
      const scheduled = limitsOf([REQUEST, COMMISSION_REQUEST, { ...CONVENED, scheduled: true }]);
      expect(limitOf(scheduled, 'commission-convenes')).toMatchObject({ resolution: 'pending', metBy: null });
    });

    ruleTest('21.6.1(a)', 'panel-request-after-commission', () => {
      // 14 May + 30: 14 May + 17 = 31 May, + 13 = 13 Jun (30); opens 14 Jun.
      const limit = limitOf(limitsOf([REQUEST, COMMISSION_REQUEST, CONVENED]), 'panel-request-after-commission');
      expect(limit).toMatchObject({ article: art('21.6.1(a)'), kind: 'opening', date: '2025-06-14', days: 30, resolution: 'pending', agreeable: true });
      expect(limit.counting).toEqual(counted('2025-05-14', 30, { dayAfter: true }));
      expect(limit.from).toEqual(refOf(CONVENED));
      const met = limitOf(limitsOf([REQUEST, COMMISSION_REQUEST, CONVENED, PANEL]), 'panel-request-after-commission');
      expect(met).toMatchObject({ resolution: 'met', metBy: refOf(PANEL) });
      const early = limitsOf([REQUEST, COMMISSION_REQUEST, CONVENED, ev('p1', 'panel_requested', '2025-06-13')]);
      expect(limitOf(early, 'panel-request-after-commission')).toMatchObject({ resolution: 'premature', reason: 'before_opening' });
      // Consolidated proceedings: counted from the most recent meeting (Art.
      // 21.6.1(b)). 1 Jun + 30 = 1 Jul; opens 2 Jul.
      const consolidated = limitsOf([REQUEST, COMMISSION_REQUEST, CONVENED, ev('v2', 'commission_convened', '2025-06-01')]);
      expect(limitOf(consolidated, 'panel-request-after-commission')).toMatchObject({ date: '2025-07-02', from: { eventId: 'v2' } });
    });

    ruleTest('21.6.1(d) and (c)', 'panel-request-without-commission', () => {
      // 3 Mar + 75: 31 Mar (28), 30 Apr (58), 17 May (75); opens 18 May.
      const general = limitOf(limitsOf([REQUEST, COMMISSION_REQUEST]), 'panel-request-without-commission');
      expect(general).toMatchObject({ article: art('21.6.1(d)'), kind: 'opening', date: '2025-05-18', days: 75, perishable: false, resolution: 'pending', agreeable: true });
      expect(general.counting).toEqual(counted('2025-03-03', 75, { dayAfter: true }));
      expect(general.from).toEqual(refOf(REQUEST));
      // Perishable: 3 Mar + 30 = 2 Apr (31 Mar is + 28); opens 3 Apr.
      const perishableEvents = [REQUEST, ev('m1', 'commission_meeting_requested', '2025-03-20')];
      const perishable = limitOf(limitsOf(perishableEvents, { perishable: true }), 'panel-request-without-commission');
      expect(perishable).toMatchObject({ article: art('21.6.1(c)'), date: '2025-04-03', days: 30, perishable: true });
      const met = limitsOf([REQUEST, COMMISSION_REQUEST, ev('p1', 'panel_requested', '2025-05-20')]);
      expect(limitOf(met, 'panel-request-without-commission')).toMatchObject({ resolution: 'met', reason: null });
      // Only "if the Commission has not convened".
      const convened = limitsOf([REQUEST, COMMISSION_REQUEST, CONVENED]);
      expect(limitOf(convened, 'panel-request-without-commission').resolution).toBe('not_applicable');
    });

    ruleTest('21.9.1(b)', 'panelists', () => {
      // Wing panelists first, counted from the panel request: 16 Jun + 15 = 1 Jul (30 Jun is + 14).
      const pending = limitOf(limitsOf([PANEL, FIRST_PANELIST]), 'panelists');
      expect(pending).toMatchObject({ article: art('21.9.1(b)'), kind: 'deadline', date: '2025-07-01', days: 15, resolution: 'pending' });
      expect(pending.counting).toEqual(counted('2025-06-16', 15));
      expect(pending.from).toEqual(refOf(PANEL));
      const both = limitOf(limitsOf([PANEL, FIRST_PANELIST, SECOND_PANELIST]), 'panelists');
      expect(both).toMatchObject({ resolution: 'met', metBy: refOf(SECOND_PANELIST) });
      const late = limitOf(limitsOf([PANEL, FIRST_PANELIST, ev('w2', 'panelist_appointed', '2025-07-03')]), 'panelists');
      expect(late).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
      // A panelist drawn by lot ends the window without anyone failing.
      const drawn = limitOf(limitsOf([PANEL, FIRST_PANELIST, ev('l1', 'panelist_selected_by_lot', '2025-07-03')]), 'panelists');
      expect(drawn.resolution).toBe('not_applicable');
    });

    ruleTest('21.9.1(b) (draw by lot)', 'panelists-by-lot', () => {
      // "within 3 days after expiration of this 15-day period": 1 Jul + 3 = 4 Jul.
      const limit = limitOf(limitsOf([PANEL, FIRST_PANELIST]), 'panelists-by-lot');
      expect(limit).toMatchObject({ article: art('21.9.1(b)'), kind: 'deadline', date: '2025-07-04', days: 3, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2025-07-01', 3, { basis: 'limit', baseRule: id('panelists') }));
      expect(limit.from).toEqual(refOf(PANEL));
      const drawn = ev('l1', 'panelist_selected_by_lot', '2025-07-03');
      expect(limitOf(limitsOf([PANEL, FIRST_PANELIST, drawn]), 'panelists-by-lot')).toMatchObject({ resolution: 'met', metBy: refOf(drawn) });
      const lateDraw = limitsOf([PANEL, FIRST_PANELIST, ev('l1', 'panelist_selected_by_lot', '2025-07-07')]);
      expect(limitOf(lateDraw, 'panelists-by-lot')).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
      // Both panelists appointed in time: no draw.
      expect(has(limitsOf([PANEL, FIRST_PANELIST, SECOND_PANELIST]), 'panelists-by-lot')).toBe(false);
    });

    ruleTest('21.9.1(c)', 'panel-chair', () => {
      const events = [
        PANEL,
        FIRST_PANELIST,
        SECOND_PANELIST,
        // A later replacement does not restart the period: it runs from the second appointment.
        ev('w3', 'panelist_appointed', '2025-07-08'),
      ];
      // 30 Jun + 15 = 15 Jul.
      const limit = limitOf(limitsOf(events), 'panel-chair');
      expect(limit).toMatchObject({ article: art('21.9.1(c)'), kind: 'deadline', date: '2025-07-15', days: 15, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2025-06-30', 15));
      expect(limit.from).toEqual(refOf(SECOND_PANELIST));
      const agreed = limitOf(limitsOf([...events, ev('ch', 'panel_chair_selected', '2025-07-10')]), 'panel-chair');
      expect(agreed).toMatchObject({ resolution: 'met', metBy: { eventId: 'ch' } });
      // The second panelist may be one drawn by lot.
      const drawn = ev('l1', 'panelist_selected_by_lot', '2025-07-03');
      const afterDraw = limitOf(limitsOf([PANEL, FIRST_PANELIST, drawn]), 'panel-chair');
      // 3 Jul + 15 = 18 Jul.
      expect(afterDraw).toMatchObject({ date: '2025-07-18', from: refOf(drawn) });
      // No chair limit until two panelists are appointed or selected.
      expect(has(limitsOf([PANEL, FIRST_PANELIST]), 'panel-chair')).toBe(false);
    });

    ruleTest('21.9.1(c) (draw by lot)', 'panel-chair-by-lot', () => {
      // 15 Jul + 3 = 18 Jul.
      const events = [PANEL, FIRST_PANELIST, SECOND_PANELIST];
      const limit = limitOf(limitsOf(events), 'panel-chair-by-lot');
      expect(limit).toMatchObject({ article: art('21.9.1(c)'), kind: 'deadline', date: '2025-07-18', days: 3, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2025-07-15', 3, { basis: 'limit', baseRule: id('panel-chair') }));
      expect(limit.from).toEqual(refOf(SECOND_PANELIST));
      const drawn = limitOf(limitsOf([...events, ev('cl', 'panel_chair_selected_by_lot', '2025-07-17')]), 'panel-chair-by-lot');
      expect(drawn).toMatchObject({ resolution: 'met', metBy: { eventId: 'cl' } });
      const lateDraw = limitOf(limitsOf([...events, ev('cl', 'panel_chair_selected_by_lot', '2025-07-21')]), 'panel-chair-by-lot');
      expect(lateDraw).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
      // The chair agreed in time: no draw.
      expect(has(limitsOf([...events, ev('ch', 'panel_chair_selected', '2025-07-10')]), 'panel-chair-by-lot')).toBe(false);
    });

    ruleTest('21.10.4', 'terms-of-reference', () => {
      // 16 Jun + 20 = 6 Jul (30 Jun is + 14).
      const limit = limitOf(limitsOf([PANEL]), 'terms-of-reference');
      expect(limit).toMatchObject({ article: art('21.10.4'), kind: 'deadline', date: '2025-07-06', days: 20, resolution: 'pending', agreeable: true });
      expect(limit.counting).toEqual(counted('2025-06-16', 20));
      expect(limit.from).toEqual(refOf(PANEL));
      // The panel has reported under the standard terms: the window no longer applies.
      expect(limitOf(limitsOf([PANEL, COMPOSED, INITIAL]), 'terms-of-reference').resolution).toBe('not_applicable');
    });

    ruleTest('21.13.3', 'initial-report', () => {
      // 10 Jul + 120: 31 Jul (21), 31 Aug (52), 30 Sep (82), 31 Oct (113), 7 Nov (120).
      const limit = limitOf(limitsOf([COMPOSED]), 'initial-report');
      expect(limit).toMatchObject({ article: art('21.13.3'), kind: 'deadline', date: '2025-11-07', days: 120, resolution: 'pending', agreeable: true });
      expect(limit.counting).toEqual(counted('2025-07-10', 120));
      expect(limit.from).toEqual(refOf(COMPOSED));
      expect(limitOf(limitsOf([COMPOSED, INITIAL]), 'initial-report')).toMatchObject({ resolution: 'met', metBy: refOf(INITIAL) });
      const late = limitsOf([COMPOSED, ev('ir', 'initial_report_issued', '2025-11-10')]);
      expect(limitOf(late, 'initial-report')).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
      // No 180-day outer limit as in CAFTA-DR Art. 20.13.4.
      expect(limitsOf([COMPOSED]).map((l) => l.days)).not.toContain(180);
    });

    ruleTest('21.13.5', 'initial-report-comments', () => {
      // 3 Nov + 14 = 17 Nov.
      const comments = ev('cm', 'initial_report_comments', '2025-11-17');
      const limit = limitOf(limitsOf([INITIAL, comments]), 'initial-report-comments');
      expect(limit).toMatchObject({ article: art('21.13.5'), kind: 'deadline', date: '2025-11-17', days: 14, resolution: 'met', agreeable: true });
      expect(limit.counting).toEqual(counted('2025-11-03', 14));
      expect(limit.from).toEqual(refOf(INITIAL));
      const late = limitsOf([INITIAL, ev('cm', 'initial_report_comments', '2025-11-20')]);
      expect(limitOf(late, 'initial-report-comments')).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
      // No comments before the final report: a right not used, not a failure.
      expect(limitOf(limitsOf([INITIAL, FINAL]), 'initial-report-comments').resolution).toBe('not_applicable');
    });

    ruleTest('21.14.1 (final report)', 'final-report', () => {
      // 3 Nov + 30 = 3 Dec (30 Nov is + 27).
      const limit = limitOf(limitsOf([INITIAL]), 'final-report');
      expect(limit).toMatchObject({ article: art('21.14.1'), kind: 'deadline', date: '2025-12-03', days: 30, resolution: 'pending', agreeable: true });
      expect(limit.counting).toEqual(counted('2025-11-03', 30));
      expect(limit.from).toEqual(refOf(INITIAL));
      expect(limitOf(limitsOf([INITIAL, FINAL]), 'final-report')).toMatchObject({ resolution: 'met', metBy: refOf(FINAL) });
      const late = limitsOf([INITIAL, ev('fr', 'final_report_issued', '2025-12-05')]);
      expect(limitOf(late, 'final-report')).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
    });

    ruleTest('21.14.1 (publication)', 'final-report-publication', () => {
      // 1 Dec + 15 = 16 Dec.
      const limit = limitOf(limitsOf([FINAL, ev('pb', 'final_report_published', '2025-12-10')]), 'final-report-publication');
      expect(limit).toMatchObject({ article: art('21.14.1'), kind: 'deadline', date: '2025-12-16', days: 15, resolution: 'met', agreeable: false });
      expect(limit.counting).toEqual(counted('2025-12-01', 15));
      expect(limit.from).toEqual(refOf(FINAL));
      const late = limitsOf([FINAL, ev('pb', 'final_report_published', '2025-12-18')]);
      expect(limitOf(late, 'final-report-publication')).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
    });

    ruleTest('21.16.1', 'compensation', () => {
      // 1 Dec + 45: 31 Dec (30), 15 Jan (45); opens 16 Jan 2026.
      const limit = remedyOf([FINAL], 'compensation');
      expect(limit).toMatchObject({ article: art('21.16.1'), kind: 'opening', date: '2026-01-16', days: 45, resolution: 'pending', agreeable: true });
      expect(limit.counting).toEqual(counted('2025-12-01', 45, { dayAfter: true }));
      expect(limit.from).toEqual(refOf(FINAL));
      // Talks that start earlier by agreement are no fault.
      const early = remedyOf([FINAL, ev('cn', 'compensation_negotiations_started', '2026-01-10')], 'compensation');
      expect(early).toMatchObject({ resolution: 'met', reason: null });
      // Notice of suspension without compensation talks: the opening is overtaken.
      expect(remedyOf([FINAL, NOTICE], 'compensation').resolution).toBe('not_applicable');
    });

    ruleTest('21.16.2(a)', 'suspension-notice', () => {
      // "30 days after the period for developing such compensation has begun":
      // from the compensation opening, 16 Jan + 30 = 15 Feb; opens 16 Feb.
      const limit = remedyOf([FINAL], 'suspension-notice');
      expect(limit).toMatchObject({ article: art('21.16.2(a)'), kind: 'opening', date: '2026-02-16', days: 30, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2026-01-16', 30, { basis: 'limit', baseRule: id('compensation'), dayAfter: true }));
      expect(limit.from).toEqual(refOf(FINAL));
      const onTime = remedyOf([FINAL, ev('sn', 'suspension_notified', '2026-02-16')], 'suspension-notice');
      expect(onTime).toMatchObject({ resolution: 'met', metBy: { eventId: 'sn' } });
      const early = remedyOf([FINAL, ev('sn', 'suspension_notified', '2026-02-10')], 'suspension-notice');
      expect(early).toMatchObject({ resolution: 'premature', reason: 'before_opening' });
    });

    ruleTest('21.16.3 (request)', 'reconvene-request', () => {
      // 23 Feb + 30: 28 Feb (5), 25 Mar (30).
      const limit = remedyOf([FINAL, NOTICE], 'reconvene-request');
      expect(limit).toMatchObject({ article: art('21.16.3'), kind: 'deadline', date: '2026-03-25', days: 30, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2026-02-23', 30));
      expect(limit.from).toEqual(refOf(NOTICE));
      expect(remedyOf([FINAL, NOTICE, RECONVENE_REQUEST], 'reconvene-request')).toMatchObject({ resolution: 'met', metBy: refOf(RECONVENE_REQUEST) });
      const late = remedyOf([FINAL, NOTICE, ev('rq', 'panel_reconvene_requested', '2026-03-30')], 'reconvene-request');
      expect(late).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
    });

    ruleTest('21.16.3 (determination)', 'reconvened-determination', () => {
      // 20 Mar + 90: 31 Mar (11), 30 Apr (41), 31 May (72), 18 Jun (90).
      const events = [FINAL, NOTICE, RECONVENE_REQUEST, RECONVENED];
      const limit = remedyOf(events, 'reconvened-determination');
      expect(limit).toMatchObject({ article: art('21.16.3'), kind: 'deadline', date: '2026-06-18', days: 90, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2026-03-20', 90));
      expect(limit.from).toEqual(refOf(RECONVENED));
      expect(remedyOf([...events, DETERMINATION], 'reconvened-determination')).toMatchObject({ resolution: 'met', metBy: refOf(DETERMINATION) });
      const lateOnOneGround = [...events, ev('dt', 'reconvened_panel_determination', '2026-06-25')];
      expect(remedyOf(lateOnOneGround, 'reconvened-determination', { reconveneGrounds: 'excessive_level' })).toMatchObject({
        date: '2026-06-18',
        resolution: 'late',
        reason: 'after_deadline',
      });
      // Both (a) and (b): 120 days, 18 Jun + 30 = 18 Jul; the same determination is in time.
      const both = remedyOf(lateOnOneGround, 'reconvened-determination', { reconveneGrounds: 'both' });
      expect(both).toMatchObject({ date: '2026-07-18', days: 120, resolution: 'met' });
      expect(both.counting).toEqual(counted('2026-03-20', 120));
      // Grounds not recorded: 90 days shown, and the record says what is missing.
      expect(codes(run(events, { claims: BREACH }).warnings)).toContain('reconvene_grounds_missing');
      expect(codes(run(events, { claims: BREACH, reconveneGrounds: 'eliminated' }).warnings)).not.toContain('reconvene_grounds_missing');
    });

    ruleTest('21.16.6 (notice of intent to pay)', 'assessment-notice', () => {
      // 23 Feb + 30 = 25 Mar.
      const limit = remedyOf([FINAL, NOTICE, ASSESSMENT], 'assessment-notice');
      expect(limit).toMatchObject({ article: art('21.16.6'), kind: 'deadline', date: '2026-03-25', days: 30, resolution: 'met', metBy: refOf(ASSESSMENT) });
      expect(limit.counting).toEqual(counted('2026-02-23', 30));
      expect(limit.from).toEqual(refOf(NOTICE));
      const late = remedyOf([FINAL, NOTICE, ev('ma', 'monetary_assessment_notified', '2026-03-30')], 'assessment-notice');
      expect(late).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
      // Once the panel is reconvened the period runs from its determination instead.
      expect(remedyOf([FINAL, NOTICE, RECONVENE_REQUEST, RECONVENED], 'assessment-notice').resolution).toBe('not_applicable');
    });

    ruleTest('21.16.6 (notice after a determination)', 'assessment-notice-after-determination', () => {
      // 10 Jun + 20 = 30 Jun.
      const events = [FINAL, NOTICE, RECONVENE_REQUEST, RECONVENED, DETERMINATION];
      const limit = remedyOf(events, 'assessment-notice-after-determination');
      expect(limit).toMatchObject({ article: art('21.16.6'), kind: 'deadline', date: '2026-06-30', days: 20, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2026-06-10', 20));
      expect(limit.from).toEqual(refOf(DETERMINATION));
      const inTime = remedyOf([...events, ev('ma', 'monetary_assessment_notified', '2026-06-25')], 'assessment-notice-after-determination');
      expect(inTime).toMatchObject({ resolution: 'met', metBy: { eventId: 'ma' } });
      const late = remedyOf([...events, ev('ma', 'monetary_assessment_notified', '2026-07-02')], 'assessment-notice-after-determination');
      expect(late).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
    });

    ruleTest('21.16.2 (suspension)', 'suspension-effect', () => {
      // "30 days after" the notice: 23 Feb + 30 = 25 Mar (X + N: nothing must fail first).
      const limit = remedyOf([FINAL, NOTICE], 'suspension-effect');
      expect(limit).toMatchObject({ article: art('21.16.2'), kind: 'opening', date: '2026-03-25', days: 30, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2026-02-23', 30));
      expect(limit.from).toEqual(refOf(NOTICE));
      const onTime = remedyOf([FINAL, NOTICE, ev('bs', 'benefits_suspended', '2026-03-25')], 'suspension-effect');
      expect(onTime).toMatchObject({ resolution: 'met', metBy: { eventId: 'bs' } });
      const early = remedyOf([FINAL, NOTICE, ev('bs', 'benefits_suspended', '2026-03-20')], 'suspension-effect');
      expect(early).toMatchObject({ resolution: 'premature', reason: 'before_opening' });
    });

    ruleTest('21.16.6 (consultations)', 'assessment-consultations', () => {
      // "beginning no later than ten days after" the notice: 10 Mar + 10 = 20 Mar.
      const held = ev('ac', 'assessment_consultations_held', '2026-03-18');
      const limit = remedyOf([FINAL, NOTICE, ASSESSMENT, held], 'assessment-consultations');
      expect(limit).toMatchObject({ article: art('21.16.6'), kind: 'deadline', date: '2026-03-20', days: 10, resolution: 'met', metBy: refOf(held) });
      expect(limit.counting).toEqual(counted('2026-03-10', 10));
      expect(limit.from).toEqual(refOf(ASSESSMENT));
      const late = remedyOf([FINAL, NOTICE, ASSESSMENT, ev('ac', 'assessment_consultations_held', '2026-03-23')], 'assessment-consultations');
      expect(late).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
    });

    ruleTest('21.16.6 (amount)', 'assessment-amount', () => {
      // 30 days after consultations begin: 18 Mar + 13 = 31 Mar, + 17 = 17 Apr.
      const held = ev('ac', 'assessment_consultations_held', '2026-03-18');
      const events = [FINAL, NOTICE, ASSESSMENT, held];
      const limit = remedyOf(events, 'assessment-amount');
      expect(limit).toMatchObject({ article: art('21.16.6'), kind: 'deadline', date: '2026-04-17', days: 30, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2026-03-18', 30));
      expect(limit.from).toEqual(refOf(held));
      expect(remedyOf([...events, ev('aa', 'assessment_agreed', '2026-04-10')], 'assessment-amount')).toMatchObject({ resolution: 'met' });
      expect(remedyOf([...events, ev('aa', 'assessment_agreed', '2026-04-20')], 'assessment-amount')).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
    });

    ruleTest('21.16.7', 'assessment-installments', () => {
      // "beginning 60 days after" the notice: 10 Mar + 21 = 31 Mar, 30 Apr (51), 9 May (60).
      const limit = remedyOf([FINAL, NOTICE, ASSESSMENT], 'assessment-installments');
      expect(limit).toMatchObject({ article: art('21.16.7'), kind: 'deadline', date: '2026-05-09', days: 60, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2026-03-10', 60));
      expect(limit.from).toEqual(refOf(ASSESSMENT));
      const paid = remedyOf([FINAL, NOTICE, ASSESSMENT, ev('ap', 'assessment_paid', '2026-05-08')], 'assessment-installments');
      expect(paid).toMatchObject({ resolution: 'met', metBy: { eventId: 'ap' } });
      const late = remedyOf([FINAL, NOTICE, ASSESSMENT, ev('ap', 'assessment_paid', '2026-05-12')], 'assessment-installments');
      expect(late).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
    });

    ruleTest('21.16.8', 'suspension-on-nonpayment', () => {
      // Opens the day after the unpaid installment date: 9 May + 1 = 10 May.
      const events = [FINAL, NOTICE, ASSESSMENT];
      const limit = remedyOf(events, 'suspension-on-nonpayment');
      expect(limit).toMatchObject({ article: art('21.16.8'), kind: 'opening', date: '2026-05-10', days: 0, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2026-05-09', 0, { basis: 'limit', baseRule: id('assessment-installments'), dayAfter: true }));
      expect(limit.from).toEqual(refOf(ASSESSMENT));
      const suspended = remedyOf([...events, ev('bs', 'benefits_suspended', '2026-05-10')], 'suspension-on-nonpayment');
      expect(suspended).toMatchObject({ resolution: 'met', metBy: { eventId: 'bs' } });
      const early = remedyOf([...events, ev('bs', 'benefits_suspended', '2026-05-09')], 'suspension-on-nonpayment');
      expect(early).toMatchObject({ resolution: 'premature', reason: 'before_opening' });
      // Paid in time: no opening. Paid late, before any suspension: closed.
      expect(has(limitsOf([...events, ev('ap', 'assessment_paid', '2026-05-08')], { claims: BREACH }), 'suspension-on-nonpayment')).toBe(false);
      expect(remedyOf([...events, ev('ap', 'assessment_paid', '2026-05-12')], 'suspension-on-nonpayment').resolution).toBe('not_applicable');
    });

    ruleTest('21.17.1', 'compliance-report', () => {
      // 1 Jun + 90: 30 Jun (29), 31 Jul (60), 30 Aug (90).
      const request = ev('cr', 'compliance_review_requested', '2026-06-01');
      const limit = limitOf(limitsOf([request]), 'compliance-report');
      expect(limit).toMatchObject({ article: art('21.17.1'), kind: 'deadline', date: '2026-08-30', days: 90, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2026-06-01', 90));
      expect(limit.from).toEqual(refOf(request));
      expect(limitOf(limitsOf([request, ev('rp', 'compliance_report_issued', '2026-08-30')]), 'compliance-report').resolution).toBe('met');
      const late = limitsOf([request, ev('rp', 'compliance_report_issued', '2026-09-02')]);
      expect(limitOf(late, 'compliance-report')).toMatchObject({ resolution: 'late', reason: 'after_deadline' });
    });

    ruleTest('17.7.6', 'labor-to-dispute', () => {
      // 15 Jan + 60: 31 Jan (16), 28 Feb (44), 16 Mar (60); opens 17 Mar.
      const labor = ev('l1', 'labor_consultations_requested', '2025-01-15');
      const options = { kind: 'labor_consultation' } as const;
      const limit = limitOf(limitsOf([labor], options), 'labor-to-dispute');
      expect(limit).toMatchObject({ article: art('17.7.6'), kind: 'opening', date: '2025-03-17', days: 60, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2025-01-15', 60, { dayAfter: true }));
      expect(limit.from).toEqual(refOf(labor));
      // Chapter 21 consultations requested on day 10 of labor consultations: premature (Art. 17.7.6–7).
      const early = limitOf(limitsOf([labor, ev('c1', 'consultations_requested', '2025-01-25')], options), 'labor-to-dispute');
      expect(early).toMatchObject({ resolution: 'premature', reason: 'before_opening' });
      const onTime = limitOf(limitsOf([labor, ev('m1', 'commission_meeting_requested', '2025-03-17')], options), 'labor-to-dispute');
      expect(onTime).toMatchObject({ resolution: 'met', metBy: { eventId: 'm1' } });
    });

    ruleTest('18.12.6', 'environment-to-dispute', () => {
      // Dates of the 2019 PTPA environment matter (domain-facts §5.3). 4 Jan +
      // 60: 31 Jan (27), 28 Feb (55), 5 Mar (60); opens 6 Mar.
      const request = ev('e1', 'environment_consultations_requested', '2019-01-04');
      const options = { kind: 'environment_consultation' } as const;
      const events = [request, ev('ec', 'environment_council_convened', '2019-02-21')];
      const limit = limitOf(limitsOf(events, options), 'environment-to-dispute');
      expect(limit).toMatchObject({ article: art('18.12.6'), kind: 'opening', date: '2019-03-06', days: 60, resolution: 'pending' });
      expect(limit.counting).toEqual(counted('2019-01-04', 60, { dayAfter: true }));
      expect(limit.from).toEqual(refOf(request));
      const early = limitOf(limitsOf([...events, ev('m1', 'commission_meeting_requested', '2019-03-05')], options), 'environment-to-dispute');
      expect(early).toMatchObject({ resolution: 'premature', reason: 'before_opening' });
      const onTime = limitOf(limitsOf([...events, ev('c1', 'consultations_requested', '2019-03-06')], options), 'environment-to-dispute');
      expect(onTime.resolution).toBe('met');
    });

    it(`has a test above for every ${name} rule`, () => {
      expect([...tested].sort()).toEqual(tpaRules(agreement).map((rule) => rule.id).sort());
    });
  });

});
