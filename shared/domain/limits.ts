import type { EventType } from './events';

/** A deadline must happen by its date; an opening may be used from its date. */
export type LimitKind = 'deadline' | 'opening';

/**
 * Facts about a limit that do not depend on today: still pending, met by an
 * event, or overtaken (the procedure moved on another way).
 */
export type LimitResolution = 'pending' | 'met' | 'not_applicable';

/**
 * What the user sees: resolution combined with today's date. 'open' is an
 * opening whose date has come (the step may now be taken) — never "overdue",
 * since nobody is late when a Party has not yet used a right.
 */
export type LimitStatus = 'upcoming' | 'due_today' | 'overdue' | 'open' | 'met' | 'not_applicable';

export type Localized = Readonly<{ en: string; es: string }>;

export type TimeLimit = Readonly<{
  /** Rule id, stable across versions, e.g. "cafta-dr.commission-request". */
  rule: string;
  kind: LimitKind;
  title: Localized;
  /** Treaty citation, e.g. "CAFTA-DR Art. 20.5.1". */
  article: string;
  /** YYYY-MM-DD. */
  date: string;
  days: number;
  from: Readonly<{ eventId: string; type: EventType; date: string }>;
  /** "2025-03-03 + 60 days" */
  counting: string;
  resolution: LimitResolution;
  /** The event that met the limit, when resolution is "met". */
  metBy: Readonly<{ eventId: string; type: EventType; date: string }> | null;
  /** True where the perishable-goods (HS 1–24) limit replaced the general one. */
  perishable: boolean;
}>;

export type TimeLimitView = TimeLimit & Readonly<{ status: LimitStatus; daysLeft: number }>;
