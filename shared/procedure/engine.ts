// The deadline engine: from a case's events, its stage, every treaty time
// limit that applies (each with its article, counting and resolution) and
// what is wrong with the record itself. Pure: no today, no database. What
// depends on today (status, days left, steps dated ahead) is in status.ts and
// warnings.ts.
import type { AgreementId } from '../domain/agreements';
import type { CaseKind, CaseStatus, Claim, ReconveneGrounds } from '../cases/domain';
import { isCalendarDate } from '../domain/dates';
import type { EventType } from '../events/domain';
import type { CaseWarning, Counting, EventRef, LimitReason, LimitResolution, TimeLimit } from '../domain/limits';
import type { Stage } from '../domain/stages';
import { addCalendarDays, addCalendarMonths } from './calendar';
import { remedyFacts, type RemedyFacts } from './remedies';
import { rulesFor } from './rules/registry';
import { isEventMatch, matchNth, matchTypes, type AwaitedStep, type EventMatch, type ProcedureRule } from './ruleTypes';
import { deriveStage } from './stage';
import { recordWarnings } from './recordWarnings';

export type ProcedureEvent = Readonly<{ id: string; type: EventType; date: string; scheduled?: boolean }>;

/**
 * A period the disputing Parties agreed for one rule: a date, or a number of
 * days instead of the treaty's. It holds for the period counted from
 * `fromEventId` only: a new request starts a new period, and the agreement
 * then no longer applies (a warning says so).
 */
export type LimitAgreement = Readonly<{ rule: string; date: string | null; days: number | null; note: string; fromEventId?: string | null }>;

export type ProcedureInput = Readonly<{
  agreement: AgreementId;
  kind: CaseKind;
  perishable: boolean;
  status: CaseStatus;
  events: readonly ProcedureEvent[];
  claims?: readonly Claim[];
  reconveneGrounds?: ReconveneGrounds | null;
  agreements?: readonly LimitAgreement[];
}>;

export type ProcedureResult = Readonly<{ stage: Stage; limits: readonly TimeLimit[]; warnings: readonly CaseWarning[] }>;

/** Statuses in which the matter has ended, so nothing is pending any more. */
const ENDED: ReadonlySet<CaseStatus> = new Set<CaseStatus>(['resolved', 'withdrawn', 'closed']);

/**
 * An agreed resolution ends every period that was running when it was
 * reached (Art. 20.15 / 21.15). Periods counted from later events (e.g. a
 * suspension notice because the resolution was not observed, Art.
 * 20.16.2(b) / 21.16.2(b)) still run.
 */
const ENDS_EVERY_PERIOD: EventType = 'resolution_agreed';

export function computeProcedure(input: ProcedureInput): ProcedureResult {
  // Dates are compared as strings below, which is only sound for real YYYY-MM-DD dates.
  const invalid = input.events.find((event) => !isCalendarDate(event.date));
  if (invalid !== undefined) throw new RangeError(`Event ${invalid.id} has no valid date: "${invalid.date}"`);
  // A scheduled step has not happened: it starts, meets and moves nothing.
  // Input may come in any order; the sort is stable, so events on the same
  // day keep the order in which they were recorded.
  const events = input.events.filter((event) => event.scheduled !== true).sort((a, b) => a.date.localeCompare(b.date));
  const stage = deriveStage(input.kind, input.status, events);
  const context: RuleContext = {
    input,
    events,
    remedies: remedyFacts(input.agreement, input.claims ?? []),
    byStep: new Map(),
    usedAgreements: new Set(),
  };
  const limits: TimeLimit[] = [];
  const pendingConditions: ProcedureRule[] = [];
  // In declaration order: a rule counted from another limit comes after it (registry test).
  for (const rule of rulesFor(input.agreement)) {
    if (!ruleApplies(rule, input, context.remedies)) continue;
    for (const limit of evaluateRule(rule, context, pendingConditions)) {
      const ended = ENDED.has(input.status) && limit.resolution === 'pending';
      const final = ended ? { ...limit, resolution: 'not_applicable' as const } : limit;
      if (!context.byStep.has(rule.id)) context.byStep.set(rule.id, final);
      limits.push(final);
    }
  }
  limits.sort((a, b) => a.date.localeCompare(b.date));
  const warnings = recordWarnings({
    agreement: input.agreement,
    kind: input.kind,
    events,
    limits,
    pendingConditions,
    remedies: context.remedies,
    reconveneGrounds: input.reconveneGrounds ?? null,
  });
  const stale = (input.agreements ?? []).filter((agreement) => !context.usedAgreements.has(agreement));
  return { stage, limits, warnings: [...warnings, ...stale.map(staleWarning)] };
}

function staleWarning(agreement: LimitAgreement): CaseWarning {
  return {
    code: 'agreement_stale',
    rule: agreement.rule,
    message: `The period agreed for ${agreement.rule} was for a request no longer counted from (a new request, or a step removed): record it again if it still holds`,
  };
}

type RuleContext = Readonly<{
  input: ProcedureInput;
  /** Held (not scheduled) events, oldest first. */
  events: readonly ProcedureEvent[];
  remedies: RemedyFacts;
  /** The first limit computed for each rule id, for rules counted from another limit. */
  byStep: Map<string, TimeLimit>;
  /** Agreements that applied to a limit; the others are stale. */
  usedAgreements: Set<LimitAgreement>;
}>;

function ruleApplies(rule: ProcedureRule, input: ProcedureInput, remedies: RemedyFacts): boolean {
  if (rule.perishable.mode === 'only' && !input.perishable) return false;
  switch (rule.scope) {
    case 'all':
      return true;
    case 'enforcement_breach':
      return remedies.enforcementBreach;
    case 'other_breach':
      return remedies.otherBreach;
    default: {
      const unreachable: never = rule.scope;
      throw new Error(`Unknown rule scope: ${String(unreachable)}`);
    }
  }
}

function ref(event: ProcedureEvent): EventRef {
  return { eventId: event.id, type: event.type, date: event.date };
}

function ofTypes(match: EventMatch, events: readonly ProcedureEvent[]): ProcedureEvent[] {
  const types = matchTypes(match);
  return events.filter((event) => types.includes(event.type));
}

/** The first event among `later` that satisfies a match (its nth occurrence where given). */
function findMeeting(match: EventMatch, later: readonly ProcedureEvent[]): ProcedureEvent | null {
  return ofTypes(match, later)[(matchNth(match) ?? 1) - 1] ?? null;
}

function earliest(candidates: readonly (ProcedureEvent | null)[]): ProcedureEvent | null {
  let best: ProcedureEvent | null = null;
  for (const candidate of candidates) {
    if (candidate !== null && (best === null || candidate.date < best.date)) best = candidate;
  }
  return best;
}

type Base = Readonly<{ from: ProcedureEvent; date: string; counting: Pick<Counting, 'basis' | 'baseRule'>; awaiting: boolean }>;

/**
 * What a rule counts from. Where the same event type occurs more than once we
 * count from the latest: a new request (for consultations, a Commission
 * meeting, a panel) restarts its periods, and with consolidated proceedings
 * the panel-request period runs from the Commission's most recent meeting
 * (Art. 20.6.1(b) / 21.6.1(b)). A rule that names the nth occurrence counts
 * from that one; a rule counted from each event gets one limit per event.
 */
function basesOf(rule: ProcedureRule, context: RuleContext): Base[] {
  const { events } = context;
  const base = rule.from;
  if (isEventMatch(base)) {
    const found = ofTypes(base, events);
    const nth = matchNth(base);
    const picked = rule.fromEach ? found : [nth === null ? found.at(-1) : found[nth - 1]];
    return picked
      .filter((event): event is ProcedureEvent => event !== undefined)
      .map((event) => ({ from: event, date: event.date, counting: { basis: 'event', baseRule: null }, awaiting: false }));
  }
  if ('laterOf' in base) {
    const latest = base.laterOf
      .map((type) => events.filter((event) => event.type === type).at(-1))
      .filter((event): event is ProcedureEvent => event !== undefined);
    const from = latest.reduce<ProcedureEvent | null>((best, event) => (best === null || event.date >= best.date ? event : best), null);
    if (from === null) return [];
    return [{ from, date: from.date, counting: { basis: latest.length > 1 ? 'later_of' : 'event', baseRule: null }, awaiting: awaits(rule, base.awaits, context) }];
  }
  const step = `${rule.agreement}.${base.limit}`;
  const limit = context.byStep.get(step);
  if (limit === undefined) return [];
  if (base.onlyIfUnmet && limit.resolution === 'met') return [];
  const from = events.find((event) => event.id === limit.from.eventId);
  if (from === undefined) return [];
  return [{ from, date: limit.date, counting: { basis: 'limit', baseRule: step }, awaiting: false }];
}

/**
 * True while a step the base depends on was taken in time and its result has
 * not come: a late request to reconvene the panel holds nothing up (Art.
 * 20.16.3 / 21.16.3 "within 30 days").
 */
function awaits(rule: ProcedureRule, awaited: AwaitedStep | undefined, context: RuleContext): boolean {
  if (awaited === undefined) return false;
  const step = context.byStep.get(`${rule.agreement}.${awaited.limit}`);
  if (step?.resolution !== 'met' || step.metBy === null) return false;
  const since = step.metBy.date;
  return !context.events.some((event) => event.type === awaited.result && event.date >= since);
}

function evaluateRule(rule: ProcedureRule, context: RuleContext, pendingConditions: ProcedureRule[]): TimeLimit[] {
  return basesOf(rule, context).flatMap((base) => {
    const limit = evaluateBase(rule, base, context);
    if (limit === null) pendingConditions.push(rule);
    return limit === null ? [] : [limit];
  });
}

/** The limit one base gives; null where the treaty's condition for the step is missing and the step was not taken. */
function evaluateBase(rule: ProcedureRule, base: Base, context: RuleContext): TimeLimit | null {
  const { input, events } = context;
  const replaced = input.perishable && rule.perishable.mode === 'replaces' ? rule.perishable : null;
  // Only what happens on or after the counted-from event can meet or end the
  // limit; a step taken in an earlier round does not.
  const later = events.filter((event) => event !== base.from && event.date >= base.from.date);
  const metFloor = rule.metSince === null ? null : (events.filter((event) => event.type === rule.metSince).at(-1) ?? null);
  const candidates = metFloor === null ? later : events.filter((event) => event !== base.from && event.date >= metFloor.date);

  let days = replaced?.days ?? rule.days;
  if (rule.grounds !== null) days = input.reconveneGrounds === 'both' ? rule.grounds.both : rule.grounds.unknown;
  const treatyDate = (n: number) => addCalendarDays(base.date, n + (rule.dayAfter ? 1 : 0));
  let extended = false;
  if (rule.extension !== null) {
    const deadline = treatyDate(days);
    const extension = rule.extension;
    if (later.some((event) => event.type === extension.by && event.date <= deadline)) {
      days = extension.days;
      extended = true;
    }
  }
  const originalDate = treatyDate(days);
  const agreement = rule.agreeable
    ? input.agreements?.find((entry) => entry.rule === rule.id && (entry.fromEventId == null || entry.fromEventId === base.from.id))
    : undefined;
  if (agreement !== undefined) context.usedAgreements.add(agreement);
  const agreedDate = agreement === undefined ? null : (agreement.date ?? treatyDate(agreement.days ?? days));
  const date = agreedDate ?? originalDate;

  const met = earliest(rule.metBy.map((match) => findMeeting(match, candidates)));
  const stop = earliest([
    later.find((event) => event.type === ENDS_EVERY_PERIOD) ?? null,
    ...rule.stopsOn.map((match) => findMeeting(match, later)),
  ]);
  const condition = rule.condition;
  const roundStart = condition?.since == null ? null : (events.filter((event) => event.type === condition.since).at(-1)?.date ?? null);
  const conditionHeld = (by: string | null) =>
    condition === null ||
    events.some(
      (event) =>
        condition.anyOf.includes(event.type) && (by === null || event.date <= by) && (roundStart === null || event.date >= roundStart),
    );
  const limitOfStep = (step: string) => context.byStep.get(`${rule.agreement}.${step}`);
  const bar = rule.barredBy.map(limitOfStep).find((limit) => limit?.resolution === 'met');
  const lifted =
    met !== null &&
    rule.liftedBy.some((step) => {
      const other = limitOfStep(step);
      return other?.resolution === 'met' && other.metBy?.eventId === met.id;
    });
  const permittedEarly = (by: string) =>
    rule.alsoPermittedBy.some((step) => {
      const other = limitOfStep(step);
      return other !== undefined && other.date <= by;
    });

  let resolution: LimitResolution = 'pending';
  let reason: LimitReason | null = null;
  let metBy: EventRef | null = null;
  // A step recorded on the same day as the event that overtakes the limit
  // still counts as meeting it, unless the rule says a same-day stop excludes it.
  const inTimeForStop = (event: ProcedureEvent) => stop === null || event.date < stop.date || (event.date === stop.date && !rule.stopsSameDay);
  if (met !== null && inTimeForStop(met)) {
    metBy = ref(met);
    const barred = bar !== undefined && (bar.metBy?.date ?? '') <= met.date;
    const unverifiable = rule.unverifiableAfter === null ? undefined : limitOfStep(rule.unverifiableAfter);
    // A bar lifted by another rule (non-payment) leaves this limit to that rule.
    if (barred && lifted) [resolution, reason] = ['not_applicable', 'barred_by_assessment'];
    // The next quarterly installment falls due three months after the first (Art. 20.16.7 / 21.16.7).
    else if (barred && unverifiable?.resolution === 'met' && met.date > addCalendarMonths(unverifiable.date, 3))
      [resolution, reason] = ['not_applicable', 'installments_unverified'];
    else
      [resolution, reason] = judgeMet(rule, met, date, {
        barred,
        awaiting: base.awaiting,
        conditionHeld: conditionHeld(met.date),
        tooEarly: rule.notBeforeBase && met.date <= base.date,
        permittedEarly: permittedEarly(met.date),
      });
  } else if (bar !== undefined) {
    [resolution, reason] = ['not_applicable', 'barred_by_assessment'];
  } else if (base.awaiting) {
    [resolution, reason] = ['not_applicable', 'waiting_for_determination'];
  } else if (stop !== null) {
    // A deadline that had already passed when the procedure moved on stays
    // visible as missed (a perishable-goods limit must not be hidden).
    if (rule.kind === 'deadline' && !rule.window && stop.date > date) [resolution, reason] = ['missed', 'overtaken_after_deadline'];
    else resolution = 'not_applicable';
  } else if (!conditionHeld(null)) {
    return null;
  }

  const counting: Counting = { base: base.date, ...base.counting, days, dayAfter: rule.dayAfter };
  return {
    rule: rule.id,
    kind: rule.kind,
    title: rule.title,
    article: replaced?.article ?? rule.article,
    date,
    days,
    from: ref(base.from),
    counting,
    resolution,
    reason,
    metBy,
    perishable: replaced !== null || (input.perishable && rule.perishable.mode === 'only'),
    extended,
    agreed: agreedDate === null ? null : { date: agreedDate, days: agreement?.days ?? null, originalDate, note: agreement?.note ?? '' },
    agreeable: rule.agreeable,
  };
}

type MetFacts = Readonly<{
  barred: boolean;
  awaiting: boolean;
  conditionHeld: boolean;
  /** Taken before the period it follows had expired (notBeforeBase). */
  tooEarly: boolean;
  /** Another route the treaty gives had opened by the step's date (alsoPermittedBy). */
  permittedEarly: boolean;
}>;

/** Met, premature or late: never "met" for a step the treaty would call premature, late or not permitted. */
function judgeMet(
  rule: ProcedureRule,
  met: ProcedureEvent,
  date: string,
  facts: MetFacts,
): readonly [LimitResolution, LimitReason | null] {
  if (facts.barred) return ['premature', 'barred_by_assessment'];
  if (facts.awaiting) return ['premature', 'waiting_for_determination'];
  if (!facts.conditionHeld) return ['premature', 'condition_missing'];
  if (facts.tooEarly) return ['premature', 'before_opening'];
  if (rule.kind === 'opening' && met.date < date && !rule.earlyAllowed && !facts.permittedEarly) return ['premature', 'before_opening'];
  if (rule.kind === 'deadline' && met.date > date) return ['late', 'after_deadline'];
  return ['met', null];
}
