// The shape of one treaty time limit, written as data (rules/caftaDr.ts,
// rules/tpa.ts, rules/submissions.ts) and evaluated by engine.ts against a
// case's events.
import type { AgreementId } from '../domain/agreements';
import type { EventType } from '../events/domain';
import type { LimitKind, Localized } from '../domain/limits';

/**
 * An event the rule counts from or is met by. A bare type means "the latest
 * such event" when counting from it and "the first such event" when meeting
 * it; `nth` picks the nth occurrence of any of the types instead, where the
 * treaty counts from or needs a particular one (e.g. "the second panelist",
 * whether appointed or selected by lot, US–Peru TPA Art. 21.9.1(c)).
 */
export type EventMatch = EventType | Readonly<{ type: EventType | readonly EventType[]; nth: number }>;

/**
 * What a rule counts from:
 * - an event (EventMatch);
 * - `laterOf`: the later of the latest of each listed event that exists
 *   ("30 days after the later of the notice or the panel's determination",
 *   Art. 20.16.2 / 21.16.2);
 * - `limit`: the date of another limit of the same agreement (its step), as
 *   the draw by lot "within three days" after a 15-day period (Art.
 *   20.9.1(b)). With `onlyIfUnmet` the rule applies only when that limit was
 *   not met in time.
 */
export type RuleBase =
  | EventMatch
  | Readonly<{ laterOf: readonly EventType[]; awaits?: AwaitedStep }>
  | Readonly<{ limit: string; onlyIfUnmet: boolean }>;

/**
 * A step whose result the base must wait for: while the limit `limit` was met
 * in time (a timely request to reconvene the panel, Art. 20.16.3) and no
 * `result` event has followed, the later date is not known yet.
 */
export type AwaitedStep = Readonly<{ limit: string; result: EventType }>;

/** Which chapter a rule belongs to; each chapter has its own article numbers. */
export type RuleTrack = 'dispute' | 'labor' | 'environment' | 'submission';

/**
 * How perishable goods (HS Ch. 1–24) change a rule:
 * - 'same': the rule does not depend on it;
 * - 'only': the rule exists only for perishable goods (e.g. CAFTA-DR Art. 20.4.4);
 * - 'replaces': a shorter period under its own article replaces the general one.
 */
export type PerishableVariant =
  | Readonly<{ mode: 'same' }>
  | Readonly<{ mode: 'only' }>
  | Readonly<{ mode: 'replaces'; days: number; article: string }>;

/**
 * Which disputes a rule covers, from the panel's findings on the provisions
 * claimed (shared/procedure/remedies.ts): CAFTA-DR Art. 20.17 applies where the
 * panel found a breach of Art. 16.2.1(a) or 17.2.1(a), and Art. 20.16 does not
 * (Art. 20.16.9); Art. 20.16 / 21.16 applies where it found another breach.
 */
export type RuleScope = 'all' | 'enforcement_breach' | 'other_breach';

/** A condition the treaty sets for using an opening: one of these events recorded on or before the step. */
export type RuleCondition = Readonly<{
  anyOf: readonly EventType[];
  /**
   * The condition must be met in the current round: on or after the latest
   * event of this type where one exists (a Commission request made before the
   * consultations were requested is not one "in accordance with Article 20.5").
   */
  since: EventType | null;
  /** Where the treaty sets the condition, e.g. "CAFTA-DR Art. 20.6.1". */
  article: string;
  /** What the case page says while the condition is missing and the step not taken. */
  until: Localized;
}>;

/** A longer period that an event within the first one brings in (exceptional circumstances, Art. 17.7.5). */
export type RuleExtension = Readonly<{ by: EventType; days: number }>;

/** A variant of the period chosen by a field of the case (the grounds of a reconvened panel, Art. 20.16.3). */
export type GroundsVariant = Readonly<{ both: number; unknown: number }>;

export type ProcedureRule = Readonly<{
  /** Stable id, "<agreement>.<step>", e.g. "cafta-dr.commission-request". */
  id: string;
  agreement: AgreementId;
  track: RuleTrack;
  title: Localized;
  /** Citation as in domain-facts §4–5b, e.g. "CAFTA-DR Art. 20.5.1(a)". */
  article: string;
  kind: LimitKind;
  /** Calendar days ("days means calendar days": CAFTA-DR Art. 2.1, US–Peru TPA Art. 1.3, per the ToTA text). */
  days: number;
  /**
   * The counting convention: true where the step is allowed once the Parties
   * "fail … within N days" — it opens on the day after the period ends (base +
   * days + 1). False where the treaty says "within N days" or "N days after"
   * (base + days).
   */
  dayAfter: boolean;
  from: RuleBase;
  /** One limit for each event counted from, not just the latest (each proposed panelist, Art. 20.9.2). */
  fromEach: boolean;
  /** Events that meet the limit; empty where no event type records the act. */
  metBy: readonly EventMatch[];
  /** Events after which the procedure has moved past the limit without meeting it (the nth of a type where given). */
  stopsOn: readonly EventMatch[];
  /**
   * True where a stop event on the same day as the step also excludes it: a
   * panel requested on the day the Commission convened is not one made "if
   * the Commission has not convened" (Art. 20.6.1(d)).
   */
  stopsSameDay: boolean;
  /**
   * Where to look for the step that meets the limit, when earlier than the
   * counted-from event: a notice to pay an assessment given after the notice
   * of suspension but before the reconvened panel's determination is in time
   * for Art. 20.16.6's 20 days after it.
   */
  metSince: EventType | null;
  /**
   * True for a period in which a Party *may* act (join, comment, agree on
   * other terms): letting it pass is not a failure, so once the date has gone
   * by unused the limit no longer applies instead of being overdue.
   */
  window: boolean;
  /** True where meeting an opening before its date is no fault (compensation talks may start early by agreement). */
  earlyAllowed: boolean;
  /**
   * True where the step may not be taken until the period it follows has
   * expired: a draw by lot "within 3 days after expiration of this 15-day
   * period" (TPA Art. 21.9.1(b)) made on or before the base date is premature.
   */
  notBeforeBase: boolean;
  /**
   * Rules whose opening also permits this step: a Commission meeting may be
   * requested after labor or environmental consultations (CAFTA-DR Art.
   * 20.5.2, 16.6.6, 17.10.6; TPA Art. 21.5.2, 17.7.6, 18.12.6), not only 60
   * days after Chapter 20/21 consultations. The step is in time if any of
   * these limits had opened by its date.
   */
  alsoPermittedBy: readonly string[];
  perishable: PerishableVariant;
  scope: RuleScope;
  condition: RuleCondition | null;
  extension: RuleExtension | null;
  grounds: GroundsVariant | null;
  /** True where the article lets the disputing Parties agree another period (limits.agree). */
  agreeable: boolean;
  /** Rules whose limit, met in time, bars this step (a timely monetary-assessment notice, Art. 20.16.6). */
  barredBy: readonly string[];
  /** Rules whose limit, met by the same event, lifts that bar (suspension for non-payment of the assessment, Art. 20.16.8). */
  liftedBy: readonly string[];
  /**
   * A rule after whose date the bar can no longer be judged from the record:
   * the first installment of the assessment was paid, and the app does not
   * follow later quarterly installments (Art. 20.16.7), any of which unpaid
   * lifts the bar (Art. 20.16.8). A step once the next quarter has come (three
   * months after it) is left to the user to check.
   */
  unverifiableAfter: string | null;
  /** What the date alone does not say: conditions, fallbacks, other periods. */
  note: Localized | null;
}>;

export function matchTypes(match: EventMatch): readonly EventType[] {
  if (typeof match === 'string') return [match];
  return typeof match.type === 'string' ? [match.type] : match.type;
}

export function matchNth(match: EventMatch): number | null {
  return typeof match === 'string' ? null : match.nth;
}

export function isEventMatch(base: RuleBase): base is EventMatch {
  return typeof base === 'string' || 'type' in base;
}

type RuleDefaults =
  | 'dayAfter'
  | 'fromEach'
  | 'stopsOn'
  | 'stopsSameDay'
  | 'metSince'
  | 'window'
  | 'earlyAllowed'
  | 'notBeforeBase'
  | 'alsoPermittedBy'
  | 'perishable'
  | 'scope'
  | 'condition'
  | 'extension'
  | 'grounds'
  | 'agreeable'
  | 'barredBy'
  | 'liftedBy'
  | 'unverifiableAfter'
  | 'note';

/** A rule with the common defaults: counted X + N, no stop events, not a window, same for perishable goods, all disputes, no condition, no note. */
export function defineRule(
  rule: Omit<ProcedureRule, RuleDefaults> & Partial<Pick<ProcedureRule, RuleDefaults>>,
): ProcedureRule {
  return {
    dayAfter: false,
    fromEach: false,
    stopsOn: [],
    stopsSameDay: false,
    metSince: null,
    window: false,
    earlyAllowed: false,
    notBeforeBase: false,
    alsoPermittedBy: [],
    perishable: { mode: 'same' },
    scope: 'all',
    condition: null,
    extension: null,
    grounds: null,
    agreeable: false,
    barredBy: [],
    liftedBy: [],
    unverifiableAfter: null,
    note: null,
    ...rule,
  };
}
