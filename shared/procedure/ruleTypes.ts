// The shape of one treaty time limit, written as data (rules/caftaDr.ts,
// rules/tpa.ts) and evaluated by engine.ts against a case's events.
import type { AgreementId } from '../domain/agreements';
import type { EventType } from '../domain/events';
import type { LimitKind, Localized } from '../domain/limits';

/**
 * An event the rule counts from or is met by. A bare type means "the latest
 * such event" when counting from it and "the first such event" when meeting
 * it; `nth` picks the nth occurrence instead, where the treaty counts from or
 * needs a particular one (e.g. "the second panelist", US–Peru TPA Art. 21.9.1(c)).
 */
export type EventMatch = EventType | Readonly<{ type: EventType; nth: number }>;

/** Which chapter a rule belongs to; each chapter has its own article numbers. */
export type RuleTrack = 'dispute' | 'labor' | 'environment';

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
 * Which disputes a rule covers. CAFTA-DR Art. 20.17 replaces Art. 20.16 for
 * disputes about Art. 16.2.1(a) or 17.2.1(a) (failure to enforce labor or
 * environmental laws), and Art. 20.16.9 says 20.16 does not apply to them.
 */
export type RuleScope = 'all' | 'enforcement_matters' | 'other_matters';

export type ProcedureRule = Readonly<{
  /** Stable id, "<agreement>.<step>", e.g. "cafta-dr.commission-request". */
  id: string;
  agreement: AgreementId;
  track: RuleTrack;
  title: Localized;
  /** Citation as in domain-facts §4–5, e.g. "CAFTA-DR Art. 20.5.1(a)". */
  article: string;
  kind: LimitKind;
  /** Calendar days ("days means calendar days": CAFTA-DR Art. 2.1, US–Peru TPA Art. 1.3, per the ToTA text). */
  days: number;
  from: EventMatch;
  /** Events that meet the limit; empty where no event type records the act. */
  metBy: readonly EventMatch[];
  /** Events after which the procedure has moved past the limit without meeting it. */
  stopsOn: readonly EventType[];
  /**
   * True for a period in which a Party *may* act (join, comment, agree on
   * other terms): letting it pass is not a failure, so once the date has gone
   * by unused the limit no longer applies instead of being overdue.
   */
  window: boolean;
  perishable: PerishableVariant;
  scope: RuleScope;
  /** What the date alone does not say: conditions, fallbacks, other periods. */
  note: Localized | null;
}>;

export function matchType(match: EventMatch): EventType {
  return typeof match === 'string' ? match : match.type;
}

export function matchNth(match: EventMatch): number | null {
  return typeof match === 'string' ? null : match.nth;
}

type RuleDefaults = 'stopsOn' | 'window' | 'perishable' | 'scope' | 'note';

/** A rule with the common defaults: no stop events, not a window, same for perishable goods, all disputes, no note. */
export function defineRule(
  rule: Omit<ProcedureRule, RuleDefaults> & Partial<Pick<ProcedureRule, RuleDefaults>>,
): ProcedureRule {
  return {
    stopsOn: [],
    window: false,
    perishable: { mode: 'same' },
    scope: 'all',
    note: null,
    ...rule,
  };
}
