// The deadline engine: from a case's events, its stage and every treaty time
// limit that applies, each with its article, counting and resolution.
import type { AgreementId } from '../domain/agreements';
import type { CaseKind, CaseStatus } from '../domain/cases';
import type { EventType } from '../domain/events';
import type { LimitResolution, TimeLimit } from '../domain/limits';
import type { Stage } from '../domain/stages';
import { isCalendarDate } from '../domain/dates';
import { addCalendarDays } from './calendar';
import { rulesFor } from './rules/registry';
import { matchNth, matchType, type EventMatch, type ProcedureRule } from './ruleTypes';
import { deriveStage } from './stage';

export type ProcedureEvent = Readonly<{ id: string; type: EventType; date: string }>;
export type ProcedureInput = Readonly<{
  agreement: AgreementId;
  kind: CaseKind;
  perishable: boolean;
  status: CaseStatus;
  events: readonly ProcedureEvent[];
}>;
export type ProcedureResult = Readonly<{ stage: Stage; limits: readonly TimeLimit[] }>;

type EventRef = TimeLimit['from'];

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
  // Input may come in any order. Array.prototype.sort is stable, so events on
  // the same day keep the order in which they were recorded.
  const events = [...input.events].sort((a, b) => a.date.localeCompare(b.date));
  const stage = deriveStage(input.kind, input.status, events);
  const ended = ENDED.has(input.status);
  const limits = rulesFor(input.agreement)
    .filter((rule) => ruleApplies(rule, input))
    .flatMap((rule) => {
      const limit = evaluateRule(rule, input.perishable, events);
      if (limit === null) return [];
      return [ended && limit.resolution === 'pending' ? { ...limit, resolution: 'not_applicable' as const } : limit];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  return { stage, limits };
}

/**
 * CAFTA-DR only: a case that came through the labor or environment track can
 * only concern Art. 16.2.1(a) or 17.2.1(a) (Art. 16.6.7, 17.10.7), so Art.
 * 20.17 applies to it instead of Art. 20.16 (Art. 20.16.9). That holds both
 * for a case recorded as labor or environment consultations and for a dispute
 * whose record shows it came through those consultations (as US v. Guatemala
 * did); any other dispute is treated as an ordinary matter.
 */
function isEnforcementMatter(input: ProcedureInput): boolean {
  if (input.kind === 'labor_consultation' || input.kind === 'environment_consultation') return true;
  return input.events.some(
    (event) => event.type === 'labor_consultations_requested' || event.type === 'environment_consultations_requested',
  );
}

function ruleApplies(rule: ProcedureRule, input: ProcedureInput): boolean {
  if (rule.perishable.mode === 'only' && !input.perishable) return false;
  switch (rule.scope) {
    case 'all':
      return true;
    case 'enforcement_matters':
      return isEnforcementMatter(input);
    case 'other_matters':
      return !isEnforcementMatter(input);
    default: {
      const unreachable: never = rule.scope;
      throw new Error(`Unknown rule scope: ${String(unreachable)}`);
    }
  }
}

function ref(event: ProcedureEvent): EventRef {
  return { eventId: event.id, type: event.type, date: event.date };
}

/**
 * The event a rule counts from. Where the same event type occurs more than
 * once we count from the latest: a new request (for consultations, a
 * Commission meeting, a panel) restarts its periods, and with consolidated
 * proceedings the panel-request period runs from the Commission's most
 * recent meeting (Art. 20.6.1(b) / 21.6.1(b)). A rule that names the nth
 * occurrence counts from that one instead.
 */
function findFrom(match: EventMatch, events: readonly ProcedureEvent[]): ProcedureEvent | null {
  const type = matchType(match);
  const ofType = events.filter((event) => event.type === type);
  const nth = matchNth(match);
  return (nth === null ? ofType.at(-1) : ofType[nth - 1]) ?? null;
}

/** The first event among `later` that satisfies a match (its nth occurrence where given). */
function findMeeting(match: EventMatch, later: readonly ProcedureEvent[]): ProcedureEvent | null {
  const type = matchType(match);
  const ofType = later.filter((event) => event.type === type);
  return ofType[(matchNth(match) ?? 1) - 1] ?? null;
}

function earliest(candidates: readonly (ProcedureEvent | null)[]): ProcedureEvent | null {
  let best: ProcedureEvent | null = null;
  for (const candidate of candidates) {
    if (candidate !== null && (best === null || candidate.date < best.date)) best = candidate;
  }
  return best;
}

function evaluateRule(rule: ProcedureRule, perishable: boolean, events: readonly ProcedureEvent[]): TimeLimit | null {
  const from = findFrom(rule.from, events);
  if (from === null) return null;
  const replaced = perishable && rule.perishable.mode === 'replaces' ? rule.perishable : null;
  const days = replaced?.days ?? rule.days;
  const article = replaced?.article ?? rule.article;

  // Only what happens on or after the counted-from event can meet or end the
  // limit; a step taken in an earlier round does not.
  const later = events.filter((event) => event !== from && event.date >= from.date);
  const met = earliest(rule.metBy.map((match) => findMeeting(match, later)));
  const stop = later.find((event) => event.type === ENDS_EVERY_PERIOD || rule.stopsOn.includes(event.type)) ?? null;

  let resolution: LimitResolution = 'pending';
  let metBy: EventRef | null = null;
  // A step recorded on the same day as the event that overtakes the limit
  // still counts as meeting it.
  if (met !== null && (stop === null || met.date <= stop.date)) {
    resolution = 'met';
    metBy = ref(met);
  } else if (stop !== null) {
    resolution = 'not_applicable';
  }

  return {
    rule: rule.id,
    kind: rule.kind,
    title: rule.title,
    article,
    date: addCalendarDays(from.date, days),
    days,
    from: ref(from),
    counting: `${from.date} + ${days} days`,
    resolution,
    metBy,
    perishable: replaced !== null || (perishable && rule.perishable.mode === 'only'),
  };
}
