import type { EventType } from '../events/domain';

/**
 * A deadline must happen by its date; an opening may be used from its date; a
 * target is what the treaty says "normally" happens by a date (CAFTA-DR Art.
 * 17.8.7; TPA Art. 18.9.7), never a hard deadline.
 */
export type LimitKind = 'deadline' | 'opening' | 'target';

/**
 * Facts about a limit that do not depend on today:
 * - pending: not yet met;
 * - met: met in time;
 * - premature: an opening used before its date, or without a condition the
 *   treaty sets (a panel requested without a Commission request, Art. 20.6.1);
 * - late: a deadline met after its date;
 * - missed: a deadline that passed unmet before the procedure moved on another
 *   way (it stays visible, issue 5 §1);
 * - not_applicable: overtaken, barred or ended without anyone failing.
 */
export type LimitResolution = 'pending' | 'met' | 'premature' | 'late' | 'missed' | 'not_applicable';

/**
 * What the user sees: resolution combined with today's date. 'open' is an
 * opening whose date has come (the step may now be taken) — never "overdue",
 * since nobody is late when a Party has not yet used a right. 'premature' and
 * 'late' are never shown as met. 'past_target' is a target date that has passed.
 */
export type LimitStatus =
  | 'upcoming'
  | 'due_today'
  | 'overdue'
  | 'open'
  | 'met'
  | 'premature'
  | 'late'
  | 'missed'
  | 'past_target'
  | 'not_applicable';

/** Why a limit is premature, late, missed or not applicable; the UI words each code. */
export const LIMIT_REASONS = [
  'before_opening',
  'condition_missing',
  'after_deadline',
  'overtaken_after_deadline',
  'barred_by_assessment',
  'waiting_for_determination',
  'installments_unverified',
] as const;
export type LimitReason = (typeof LIMIT_REASONS)[number];

export type Localized = Readonly<{ en: string; es: string }>;

export type EventRef = Readonly<{ eventId: string; type: EventType; date: string }>;

/**
 * How the date was counted, so the screen can say it in words: "2026-10-01 +
 * 60 days; opens the day after" or "later of notice and determination".
 *
 * The one counting convention (shown in the app's help): a deadline "within N
 * days of X" falls on X + N; a step allowed once the Parties "fail … within N
 * days" opens on the day after that period ends, X + N + 1 (dayAfter).
 */
export type Counting = Readonly<{
  /** The date counted from (YYYY-MM-DD). */
  base: string;
  /** What the base is: an event's date, the later of several events, or the date of another limit. */
  basis: 'event' | 'later_of' | 'limit';
  /** The rule whose date is the base, where basis is 'limit'. */
  baseRule: string | null;
  days: number;
  dayAfter: boolean;
}>;

/**
 * A date the disputing Parties agreed instead of the treaty's ("or such other
 * period as the Parties agree"): recorded as a date, or as a number of days
 * (`days`) from which the date was counted like the treaty's own period.
 */
export type AgreedPeriod = Readonly<{ date: string; days: number | null; originalDate: string; note: string }>;

export type TimeLimit = Readonly<{
  /** Rule id, stable across versions, e.g. "cafta-dr.commission-request". */
  rule: string;
  kind: LimitKind;
  title: Localized;
  /** Treaty citation, e.g. "CAFTA-DR Art. 20.5.1". */
  article: string;
  /** YYYY-MM-DD: the agreed date where the Parties agreed one. */
  date: string;
  days: number;
  from: EventRef;
  counting: Counting;
  resolution: LimitResolution;
  /** Why the resolution is premature, late, missed or not applicable, where the engine knows. */
  reason: LimitReason | null;
  /** The event that met the limit (in time, early or late). */
  metBy: EventRef | null;
  /** True where the perishable-goods (HS 1–24) limit replaced the general one. */
  perishable: boolean;
  /** True where an event extended the period (e.g. exceptional circumstances, Art. 17.7.5). */
  extended: boolean;
  agreed: AgreedPeriod | null;
  /** True where the treaty lets the Parties agree another period (limits.agree). */
  agreeable: boolean;
}>;

export type TimeLimitView = TimeLimit & Readonly<{ status: LimitStatus; daysLeft: number }>;

/** What is wrong with, or missing from, the record of a case; the UI words each code. */
export const WARNING_CODES = [
  'future_event',
  'scheduled_passed',
  'out_of_order',
  'prior_step_missing',
  'premature',
  'late',
  'missed',
  'condition_pending',
  'findings_missing',
  'reconvene_grounds_missing',
  'check_installments',
  'remedy_without_breach',
  'agreement_stale',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export type CaseWarning = Readonly<{
  code: WarningCode;
  eventId?: string;
  rule?: string;
  article?: string;
  /** Values the message needs (event types, dates), in the codes' own terms. */
  params?: Readonly<Record<string, string>>;
  /** English, for API users; the UI words the code in the user's language. */
  message: string;
}>;
