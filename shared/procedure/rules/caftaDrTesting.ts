// What the CAFTA-DR rule tests share: event and counting builders, the
// engine run for a CAFTA-DR case, and the steps they start from.
import type { CaseKind, Claim, ReconveneGrounds } from '../../cases/domain';
import type { EventType } from '../../events/domain';
import type { CaseWarning, Counting, TimeLimit } from '../../domain/limits';
import { computeProcedure, type LimitAgreement, type ProcedureEvent } from '../engine';

export function ev(id: string, type: EventType, date: string): ProcedureEvent {
  return { id, type, date };
}

export type Options = Readonly<{
  kind?: CaseKind;
  perishable?: boolean;
  claims?: readonly Claim[];
  reconveneGrounds?: ReconveneGrounds | null;
  agreements?: readonly LimitAgreement[];
}>;

export function run(events: readonly ProcedureEvent[], options: Options = {}) {
  return computeProcedure({
    agreement: 'cafta-dr',
    kind: options.kind ?? 'dispute',
    perishable: options.perishable ?? false,
    status: 'open',
    events,
    claims: options.claims ?? [],
    reconveneGrounds: options.reconveneGrounds ?? null,
    agreements: options.agreements ?? [],
  });
}

export function limitsOf(events: readonly ProcedureEvent[], options: Options = {}): readonly TimeLimit[] {
  return run(events, options).limits;
}

export function limitOf(limits: readonly TimeLimit[], rule: string): TimeLimit {
  const found = limits.find((limit) => limit.rule === rule);
  if (found === undefined) throw new Error(`No limit for ${rule} in ${limits.map((limit) => limit.rule).join(', ')}`);
  return found;
}

export function has(limits: readonly TimeLimit[], rule: string): boolean {
  return limits.some((limit) => limit.rule === rule);
}

export function counted(base: string, days: number, extra: Partial<Counting> = {}): Counting {
  return { base, basis: 'event', baseRule: null, days, dayAfter: false, ...extra };
}

export function codes(warnings: readonly CaseWarning[]): string[] {
  return warnings.map((warning) => warning.code);
}

export const REQUEST = ev('c1', 'consultations_requested', '2025-03-03');
export const COMMISSION_REQUEST = ev('m1', 'commission_meeting_requested', '2025-05-05');
/** The panel found a breach of a goods provision: Art. 20.16 applies. */
export const GOODS_BREACH: readonly Claim[] = [{ provision: 'Art. 3.3.2', finding: 'non_conformity' }];
/** The panel found a breach of Art. 16.2.1(a): Art. 20.17 applies, not 20.16 (Art. 20.16.9). */
export const LABOR_BREACH: readonly Claim[] = [{ provision: '16.2.1(a)', finding: 'non_conformity' }];
export const FINAL = ev('fr', 'final_report_issued', '2025-12-01');
export const NOTICE = ev('sn', 'suspension_notified', '2026-02-23');
