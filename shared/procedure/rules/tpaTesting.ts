// What the TPA rule tests share: event and counting builders, the cases they
// start from, and per agreement a way to run the engine and find a limit.
import type { CaseKind, Claim, ReconveneGrounds } from '../../cases/domain';
import type { EventType } from '../../events/domain';
import type { CaseWarning, Counting, EventRef, TimeLimit } from '../../domain/limits';
import { computeProcedure, type LimitAgreement, type ProcedureEvent, type ProcedureResult } from '../engine';
import type { TpaAgreement } from './tpa';

export function ev(id: string, type: EventType, date: string): ProcedureEvent {
  return { id, type, date };
}

export function refOf(event: ProcedureEvent): EventRef {
  return { eventId: event.id, type: event.type, date: event.date };
}

export function counted(base: string, days: number, extra: Partial<Counting> = {}): Counting {
  return { base, basis: 'event', baseRule: null, days, dayAfter: false, ...extra };
}

export function codes(warnings: readonly CaseWarning[]): string[] {
  return warnings.map((warning) => warning.code);
}

export type Options = Readonly<{
  kind?: CaseKind;
  perishable?: boolean;
  claims?: readonly Claim[];
  reconveneGrounds?: ReconveneGrounds | null;
  agreements?: readonly LimitAgreement[];
}>;

export const AGREEMENTS: readonly (readonly [TpaAgreement, string])[] = [
  ['us-peru-tpa', 'US–Peru TPA'],
  ['us-colombia-tpa', 'US–Colombia TPA'],
];

/** The panel found a breach of a goods provision: Art. 21.16 applies. */
export const BREACH: readonly Claim[] = [{ provision: 'Art. 2.2', finding: 'non_conformity' }];

/** The remedy rules of Art. 21.16 (scope 'other_breach'). */
export const REMEDY_STEPS = [
  'assessment-amount',
  'assessment-consultations',
  'assessment-installments',
  'assessment-notice',
  'assessment-notice-after-determination',
  'compensation',
  'reconvene-request',
  'reconvened-determination',
  'suspension-effect',
  'suspension-notice',
  'suspension-on-nonpayment',
];

export const REQUEST = ev('c1', 'consultations_requested', '2025-03-03');
export const COMMISSION_REQUEST = ev('m1', 'commission_meeting_requested', '2025-05-05');
export const CONVENED = ev('v1', 'commission_convened', '2025-05-14');
export const PANEL = ev('p1', 'panel_requested', '2025-06-16');
export const FIRST_PANELIST = ev('w1', 'panelist_appointed', '2025-06-20');
export const SECOND_PANELIST = ev('w2', 'panelist_appointed', '2025-06-30');
export const COMPOSED = ev('pc', 'panel_composed', '2025-07-10');
export const INITIAL = ev('ir', 'initial_report_issued', '2025-11-03');
export const FINAL = ev('fr', 'final_report_issued', '2025-12-01');
export const NOTICE = ev('sn', 'suspension_notified', '2026-02-23');
export const RECONVENE_REQUEST = ev('rq', 'panel_reconvene_requested', '2026-03-10');
export const RECONVENED = ev('rc', 'panel_reconvened', '2026-03-20');
export const DETERMINATION = ev('dt', 'reconvened_panel_determination', '2026-06-10');
export const ASSESSMENT = ev('ma', 'monetary_assessment_notified', '2026-03-10');


/** Runs the engine for one agreement; names its articles and rule ids. */
export function tpaCase(agreement: TpaAgreement, name: string) {
  const art = (paragraph: string): string => `${name} Art. ${paragraph}`;
  const id = (step: string): string => `${agreement}.${step}`;

  function run(events: readonly ProcedureEvent[], options: Options = {}): ProcedureResult {
    return computeProcedure({
      agreement,
      kind: options.kind ?? 'dispute',
      perishable: options.perishable ?? false,
      status: 'open',
      events,
      claims: options.claims ?? [],
      reconveneGrounds: options.reconveneGrounds ?? null,
      agreements: options.agreements ?? [],
    });
  }

  function limitsOf(events: readonly ProcedureEvent[], options: Options = {}): readonly TimeLimit[] {
    return run(events, options).limits;
  }

  function limitOf(limits: readonly TimeLimit[], step: string): TimeLimit {
    const found = limits.find((limit) => limit.rule === id(step));
    if (found === undefined) throw new Error(`No limit for ${id(step)} in ${limits.map((limit) => limit.rule).join(', ')}`);
    return found;
  }

  function has(limits: readonly TimeLimit[], step: string): boolean {
    return limits.some((limit) => limit.rule === id(step));
  }

  /** A remedy limit, computed with a breach found (Art. 21.16 applies). */
  function remedyOf(events: readonly ProcedureEvent[], step: string, options: Options = {}): TimeLimit {
    return limitOf(limitsOf(events, { claims: BREACH, ...options }), step);
  }

  return { art, id, run, limitsOf, limitOf, has, remedyOf };
}
