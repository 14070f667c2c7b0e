// CAFTA-DR: where one treaty route meets another — a Commission request
// after labor consultations (Art. 20.5.2), the draw by lot against the period
// it follows (Art. 20.9.1), and suspension for non-payment despite an
// assessment notice (Art. 20.16.6 and 20.16.8). Dates worked out by hand.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../cases/domain';
import type { EventType } from '../../events/domain';
import type { TimeLimit } from '../../domain/limits';
import { computeProcedure, type ProcedureEvent, type ProcedureInput, type ProcedureResult } from '../engine';

function ev(id: string, type: EventType, date: string): ProcedureEvent {
  return { id, type, date };
}

function run(events: readonly ProcedureEvent[], claims: readonly Claim[] = [], extra: Partial<ProcedureInput> = {}): ProcedureResult {
  return computeProcedure({ agreement: 'cafta-dr', kind: 'dispute', perishable: false, status: 'open', events, claims, ...extra });
}

const GOODS_BREACH: readonly Claim[] = [{ provision: '3.3.2', finding: 'non_conformity' }];

function limitOf(result: ProcedureResult, rule: string): TimeLimit {
  const found = result.limits.find((limit) => limit.rule === `cafta-dr.${rule}`);
  if (found === undefined) throw new Error(`No limit for ${rule}`);
  return found;
}

describe('CAFTA-DR treaty routes', () => {
  it('Art. 20.5.2 and 16.6.6: a Commission meeting requested after 60 days of labor consultations is in time', () => {
    // Labor consultations 15 Jan + 60 = 16 Mar: Chapter 20 steps from 17 Mar.
    const result = run([
      ev('l1', 'labor_consultations_requested', '2025-01-15'),
      ev('c1', 'consultations_requested', '2025-03-17'),
      ev('m1', 'commission_meeting_requested', '2025-03-20'),
    ]);
    // The Art. 20.5.1 route from the Chapter 20 request would open only on 17 May.
    expect(limitOf(result, 'commission-request')).toMatchObject({ date: '2025-05-17', resolution: 'met', reason: null });
    expect(result.warnings.filter((warning) => warning.code === 'premature')).toEqual([]);
    // Before the labor route had opened, the same request is premature.
    const early = run([
      ev('l1', 'labor_consultations_requested', '2025-01-15'),
      ev('c1', 'consultations_requested', '2025-03-10'),
      ev('m1', 'commission_meeting_requested', '2025-03-12'),
    ]);
    expect(limitOf(early, 'commission-request').resolution).toBe('premature');
  });

  it('Art. 20.9.1(b): a chair drawn by lot while the Parties still had time to agree is premature', () => {
    // Panel requested 16 June: the Parties may agree until 1 July.
    const result = run([ev('p1', 'panel_requested', '2025-06-16'), ev('lot', 'panel_chair_selected_by_lot', '2025-06-25')]);
    expect(limitOf(result, 'panel-chair-by-lot')).toMatchObject({ date: '2025-07-04', resolution: 'premature', reason: 'before_opening' });
    const onTheDay = run([ev('p1', 'panel_requested', '2025-06-16'), ev('lot', 'panel_chair_selected_by_lot', '2025-07-02')]);
    expect(limitOf(onTheDay, 'panel-chair-by-lot').resolution).toBe('met');
  });

  it('Art. 20.9.1(d): a second panelist appointed late leaves no draw pending', () => {
    const result = run([
      ev('ch', 'panel_chair_selected', '2025-06-27'),
      ev('w1', 'panelist_appointed', '2025-07-03'),
      ev('w2', 'panelist_appointed', '2025-07-14'),
    ]);
    expect(limitOf(result, 'panelists')).toMatchObject({ date: '2025-07-12', resolution: 'late' });
    expect(limitOf(result, 'panelists-by-lot')).toMatchObject({ date: '2025-07-15', resolution: 'not_applicable' });
  });

  it('Art. 20.16.8: suspension for non-payment is not flagged under the bar of Art. 20.16.6', () => {
    const claims: readonly Claim[] = [{ provision: '3.3.2', finding: 'non_conformity' }];
    const events = [
      ev('fr', 'final_report_issued', '2025-12-01'),
      ev('sn', 'suspension_notified', '2026-02-23'),
      ev('ma', 'monetary_assessment_notified', '2026-03-20'),
      // The first installment was due on 19 May and is not recorded as paid.
      ev('bs', 'benefits_suspended', '2026-05-25'),
    ];
    const result = run(events, claims);
    expect(limitOf(result, 'suspension-on-nonpayment')).toMatchObject({ date: '2026-05-20', resolution: 'met' });
    expect(limitOf(result, 'suspension-effect')).toMatchObject({ resolution: 'not_applicable', reason: 'barred_by_assessment' });
    expect(result.warnings.filter((warning) => warning.code === 'premature')).toEqual([]);
  });

  it('Art. 20.16.6: a notice to pay given while the panel was reconvened, before its determination, bars suspension', () => {
    const result = run(
      [
        ev('fr', 'final_report_issued', '2027-01-01'),
        ev('sn', 'suspension_notified', '2027-03-20'),
        ev('rr', 'panel_reconvene_requested', '2027-03-30'),
        ev('rc', 'panel_reconvened', '2027-04-09'),
        ev('ma', 'monetary_assessment_notified', '2027-04-14'),
        ev('pd', 'assessment_paid', '2027-06-10'),
        ev('dt', 'reconvened_panel_determination', '2027-07-08'),
        // The first installment (due 13 June) was paid; the next falls due in September.
        ev('bs', 'benefits_suspended', '2027-08-10'),
      ],
      GOODS_BREACH,
    );
    expect(limitOf(result, 'assessment-notice-after-determination')).toMatchObject({ date: '2027-07-28', resolution: 'met' });
    expect(limitOf(result, 'suspension-effect')).toMatchObject({ resolution: 'premature', reason: 'barred_by_assessment' });
  });

  it('Art. 20.6.1: a Commission request made before the consultations were requested does not allow a panel', () => {
    const result = run([
      ev('m0', 'commission_meeting_requested', '2026-09-15'),
      ev('c1', 'consultations_requested', '2026-10-01'),
      ev('p1', 'panel_requested', '2026-12-16'),
    ]);
    expect(limitOf(result, 'panel-request-without-commission')).toMatchObject({ resolution: 'premature', reason: 'condition_missing' });
  });

  it('Art. 20.6.1(d): a panel requested on the day the Commission convened is not one "if the Commission has not convened"', () => {
    const result = run([
      ev('c1', 'consultations_requested', '2026-01-01'),
      ev('m1', 'commission_meeting_requested', '2026-03-10'),
      ev('v1', 'commission_convened', '2026-03-20'),
      ev('p1', 'panel_requested', '2026-03-20'),
    ]);
    expect(limitOf(result, 'panel-request-without-commission').resolution).toBe('not_applicable');
    // 20 Mar + 30 = 19 Apr: from 20 Apr.
    expect(limitOf(result, 'panel-request-after-commission')).toMatchObject({ date: '2026-04-20', resolution: 'premature' });
  });

  it('Art. 20.16.3: a request to reconvene made after its 30 days does not hold up suspension', () => {
    const result = run(
      [
        ev('fr', 'final_report_issued', '2027-01-01'),
        ev('sn', 'suspension_notified', '2027-03-20'),
        ev('rr', 'panel_reconvene_requested', '2027-05-30'),
        ev('bs', 'benefits_suspended', '2027-06-10'),
      ],
      GOODS_BREACH,
    );
    expect(limitOf(result, 'reconvene-request').resolution).toBe('late');
    expect(limitOf(result, 'suspension-effect')).toMatchObject({ date: '2027-04-19', resolution: 'met' });
  });

  it('Art. 20.16.8: suspension after the first installment was paid is left to the official to check, not called premature', () => {
    const result = run(
      [
        ev('fr', 'final_report_issued', '2025-12-01'),
        ev('sn', 'suspension_notified', '2026-02-23'),
        ev('ma', 'monetary_assessment_notified', '2026-03-20'),
        ev('pd', 'assessment_paid', '2026-05-18'),
        ev('bs', 'benefits_suspended', '2026-12-01'),
      ],
      GOODS_BREACH,
    );
    expect(limitOf(result, 'suspension-effect')).toMatchObject({ resolution: 'not_applicable', reason: 'installments_unverified' });
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'check_installments', eventId: 'bs' }));
    expect(result.warnings.filter((warning) => warning.code === 'premature')).toEqual([]);
  });

  it('Art. 20.16.9: "Art. 16.2.1 a)" is Art. 16.2.1(a), so Art. 20.17 applies, not 20.16', () => {
    const result = run([ev('fr', 'final_report_issued', '2025-12-01')], [{ provision: 'Art. 16.2.1 a)', finding: 'non_conformity' }]);
    expect(result.limits.some((limit) => limit.rule === 'cafta-dr.enforcement-assessment')).toBe(true);
    expect(result.limits.some((limit) => limit.rule === 'cafta-dr.compensation')).toBe(false);
  });

  it('Art. 20.15.2: a suspension where the panel found no non-conformity is flagged', () => {
    const result = run(
      [ev('fr', 'final_report_issued', '2025-12-01'), ev('sn', 'suspension_notified', '2025-12-05')],
      [{ provision: '3.3.2', finding: 'conformity' }],
    );
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'remedy_without_breach', eventId: 'sn' }));
  });

  it('an agreed period holds for the request it was agreed for; a new request makes it stale', () => {
    const agreements = [{ rule: 'cafta-dr.commission-request', date: '2026-10-20', days: null, note: '', fromEventId: 'c1' }];
    const first = run([ev('c1', 'consultations_requested', '2026-10-01')], [], { agreements });
    expect(limitOf(first, 'commission-request').agreed?.date).toBe('2026-10-20');
    const again = run(
      [ev('c1', 'consultations_requested', '2026-10-01'), ev('c2', 'consultations_requested', '2027-01-01'), ev('m1', 'commission_meeting_requested', '2027-01-05')],
      [],
      { agreements },
    );
    // 1 Jan + 60 = 2 Mar: from 3 Mar; the request of 5 Jan is premature.
    expect(limitOf(again, 'commission-request')).toMatchObject({ date: '2027-03-03', agreed: null, resolution: 'premature' });
    expect(again.warnings).toContainEqual(expect.objectContaining({ code: 'agreement_stale', rule: 'cafta-dr.commission-request' }));
  });
});
