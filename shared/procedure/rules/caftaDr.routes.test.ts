// CAFTA-DR: where one treaty route meets another — a Commission request
// after labor consultations (Art. 20.5.2), the draw by lot against the period
// it follows (Art. 20.9.1), and suspension for non-payment despite an
// assessment notice (Art. 20.16.6 and 20.16.8). Dates worked out by hand.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../domain/cases';
import type { EventType } from '../../domain/events';
import type { TimeLimit } from '../../domain/limits';
import { computeProcedure, type ProcedureEvent, type ProcedureResult } from '../engine';

function ev(id: string, type: EventType, date: string): ProcedureEvent {
  return { id, type, date };
}

function run(events: readonly ProcedureEvent[], claims: readonly Claim[] = []): ProcedureResult {
  return computeProcedure({ agreement: 'cafta-dr', kind: 'dispute', perishable: false, status: 'open', events, claims });
}

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
});
