// The defects of issue 5 in their CAFTA-DR form — steps taken too early,
// too late or missed, periods the Parties agreed — and remedies that follow
// the panel's findings (issue 5 §4). Expected dates are worked out by hand
// from the calendar, never with the code under test.
import { describe, expect, it } from 'vitest';
import { COMMISSION_REQUEST, FINAL, GOODS_BREACH, NOTICE, REQUEST, codes, ev, has, limitOf, limitsOf, run } from './caftaDrTesting';

describe('CAFTA-DR rules: issue 5 defects and remedies by findings', () => {
  it('CAFTA-DR Art. 20.4.4: a missed perishable-goods limit stays visible after a later step', () => {
    const result = run([REQUEST, ev('m1', 'commission_meeting_requested', '2025-03-25')], { perishable: true });
    expect(limitOf(result.limits, 'cafta-dr.consultations-perishable')).toMatchObject({
      date: '2025-03-18',
      resolution: 'missed',
      reason: 'overtaken_after_deadline',
    });
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'missed', rule: 'cafta-dr.consultations-perishable', article: 'CAFTA-DR Art. 20.4.4' }));
  });

  it('CAFTA-DR Art. 20.5.1: a Commission meeting requested on day 19 is premature, not met (issue 5 example)', () => {
    const events = [ev('c1', 'consultations_requested', '2026-10-01'), ev('m1', 'commission_meeting_requested', '2026-10-20')];
    const result = run(events);
    // 1 Oct + 60 = 30 Nov; the request may be made from 1 Dec.
    expect(limitOf(result.limits, 'cafta-dr.commission-request')).toMatchObject({
      date: '2026-12-01',
      resolution: 'premature',
      reason: 'before_opening',
      metBy: { eventId: 'm1', type: 'commission_meeting_requested', date: '2026-10-20' },
    });
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'premature', eventId: 'm1', article: 'CAFTA-DR Art. 20.5.1(a)' }));
    // The day the period ends is still inside it; the day after is not.
    const lastDay = limitsOf([events[0]!, ev('m1', 'commission_meeting_requested', '2026-11-30')]);
    expect(limitOf(lastDay, 'cafta-dr.commission-request').resolution).toBe('premature');
    const dayAfter = limitsOf([events[0]!, ev('m1', 'commission_meeting_requested', '2026-12-01')]);
    expect(limitOf(dayAfter, 'cafta-dr.commission-request').resolution).toBe('met');
  });

  it('CAFTA-DR Art. 20.5.1(c): an earlier date the consulting Parties agreed makes the same request met', () => {
    const events = [ev('c1', 'consultations_requested', '2026-10-01'), ev('m1', 'commission_meeting_requested', '2026-10-20')];
    const agreed = limitOf(
      limitsOf(events, { agreements: [{ rule: 'cafta-dr.commission-request', date: '2026-10-15', days: null, note: 'Exchange of letters' }] }),
      'cafta-dr.commission-request',
    );
    expect(agreed).toMatchObject({ date: '2026-10-15', resolution: 'met', agreed: { date: '2026-10-15', originalDate: '2026-12-01', note: 'Exchange of letters' } });
    // Agreed as a number of days, counted like the treaty's own period (the day after 30 days).
    const inDays = limitOf(
      limitsOf(events, { agreements: [{ rule: 'cafta-dr.commission-request', date: null, days: 30, note: '' }] }),
      'cafta-dr.commission-request',
    );
    expect(inDays).toMatchObject({ date: '2026-11-01', days: 60, agreed: { date: '2026-11-01', days: 30, originalDate: '2026-12-01' } });
    // A rule whose article allows no other period ignores an agreement.
    const refused = limitOf(
      limitsOf([REQUEST, COMMISSION_REQUEST], { agreements: [{ rule: 'cafta-dr.commission-convenes', date: '2025-06-30', days: null, note: '' }] }),
      'cafta-dr.commission-convenes',
    );
    expect(refused).toMatchObject({ date: '2025-05-15', agreed: null, agreeable: false });
  });

  it('CAFTA-DR Art. 20.6.1: without a Commission request no panel can be requested, and one recorded is premature', () => {
    const waiting = run([REQUEST]);
    expect(has(waiting.limits, 'cafta-dr.panel-request-without-commission')).toBe(false);
    expect(waiting.warnings).toContainEqual(expect.objectContaining({ code: 'condition_pending', article: 'CAFTA-DR Art. 20.6.1' }));
    const requested = run([REQUEST, ev('p1', 'panel_requested', '2025-06-01')]);
    expect(limitOf(requested.limits, 'cafta-dr.panel-request-without-commission')).toMatchObject({
      date: '2025-05-18',
      resolution: 'premature',
      reason: 'condition_missing',
    });
    expect(requested.warnings).toContainEqual(expect.objectContaining({ code: 'premature', eventId: 'p1' }));
    expect(codes(requested.warnings)).not.toContain('condition_pending');
  });

  it('CAFTA-DR Art. 20.6.1(d): a panel requested on day 20 of consultations is premature', () => {
    const events = [REQUEST, ev('m1', 'commission_meeting_requested', '2025-03-10'), ev('p1', 'panel_requested', '2025-03-23')];
    expect(limitOf(limitsOf(events), 'cafta-dr.panel-request-without-commission')).toMatchObject({
      resolution: 'premature',
      reason: 'before_opening',
    });
  });

  it('CAFTA-DR Art. 20.9.1(b): "chair agreed by 5 Dec" is late, not met, when the panel is composed on 20 Dec', () => {
    const events = [ev('p1', 'panel_requested', '2026-11-20'), ev('pc', 'panel_composed', '2026-12-20')];
    expect(limitOf(limitsOf(events), 'cafta-dr.panel-chair')).toMatchObject({ date: '2026-12-05', resolution: 'late', reason: 'after_deadline' });
  });

  it('Art. 20.15–20.17: no remedy limit until the findings are recorded, and none where no breach was found', () => {
    const unknown = run([FINAL]);
    expect(unknown.limits.some((limit) => /compensation|enforcement-assessment/.test(limit.rule))).toBe(false);
    expect(unknown.warnings).toContainEqual(expect.objectContaining({ code: 'findings_missing' }));
    const cleared = run([FINAL], { claims: [{ provision: '16.2.1(a)', finding: 'conformity' }] });
    expect(cleared.limits.some((limit) => /compensation|enforcement-assessment/.test(limit.rule))).toBe(false);
    expect(codes(cleared.warnings)).not.toContain('findings_missing');
    // Which consultations a case went through no longer decides the remedy.
    const viaLabor = limitsOf([ev('l1', 'labor_consultations_requested', '2025-01-15'), FINAL], { claims: GOODS_BREACH });
    expect(has(viaLabor, 'cafta-dr.compensation')).toBe(true);
    expect(has(viaLabor, 'cafta-dr.enforcement-assessment')).toBe(false);
  });

  it('CAFTA-DR Art. 20.16.2: a respondent who stalls the compensation talks does not move the opening', () => {
    const stalled = limitsOf([FINAL, ev('cn', 'compensation_negotiations_started', '2026-03-20')], { claims: GOODS_BREACH });
    expect(limitOf(stalled, 'cafta-dr.suspension-notice').date).toBe('2026-02-16');
  });

  it('CAFTA-DR Art. 20.16.6: a timely notice to pay a monetary assessment bars suspension', () => {
    const barred = run([FINAL, NOTICE, ev('ma', 'monetary_assessment_notified', '2026-03-20')], { claims: GOODS_BREACH });
    expect(limitOf(barred.limits, 'cafta-dr.suspension-effect')).toMatchObject({ resolution: 'not_applicable', reason: 'barred_by_assessment' });
    const suspended = run([FINAL, NOTICE, ev('ma', 'monetary_assessment_notified', '2026-03-20'), ev('bs', 'benefits_suspended', '2026-03-26')], {
      claims: GOODS_BREACH,
    });
    expect(limitOf(suspended.limits, 'cafta-dr.suspension-effect')).toMatchObject({ resolution: 'premature', reason: 'barred_by_assessment' });
    expect(suspended.warnings).toContainEqual(expect.objectContaining({ code: 'premature', eventId: 'bs' }));
    // A notice given after the 30 days does not bar it.
    const late = limitsOf([FINAL, NOTICE, ev('ma', 'monetary_assessment_notified', '2026-03-30'), ev('bs', 'benefits_suspended', '2026-04-02')], {
      claims: GOODS_BREACH,
    });
    expect(limitOf(late, 'cafta-dr.suspension-effect').resolution).toBe('met');
  });

  it('CAFTA-DR Art. 16.6.6 and 16.6.8: Chapter 20 consultations on day 10 of labor consultations are premature', () => {
    const events = [ev('l1', 'labor_consultations_requested', '2025-01-15'), ev('c1', 'consultations_requested', '2025-01-25')];
    expect(limitOf(limitsOf(events), 'cafta-dr.labor-to-dispute')).toMatchObject({ resolution: 'premature', reason: 'before_opening' });
  });
});
