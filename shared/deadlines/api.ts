// The dashboard's treaty time limits across open cases.
import { z } from 'zod';
import { query } from '../api/method';
import type { AgreementId } from '../domain/agreements';
import type { TimeLimitView } from '../domain/limits';

// Bounded (issue 6 §2): the `limit` most urgent limits come back, the rest
// only as counts, so the answer and the screen stay small however many match.
export const deadlinesUpcomingInput = z
  .object({
    withinDays: z.int().min(0).max(366).default(30),
    limit: z.int().min(1).max(200).default(50),
  })
  .strict();

export type UpcomingLimit = Readonly<{
  caseId: string;
  reference: string;
  title: string;
  agreement: AgreementId;
  limit: TimeLimitView;
}>;

/**
 * How many pending limits of open cases fall due by the horizon, by how they
 * read today (shared/procedure/status.ts). They partition `total`: every limit
 * is in exactly one of overdue, dueSoon, open, pastTarget and later. A window
 * that passed unused has lapsed and is in none of them.
 */
export type UpcomingCounts = Readonly<{
  total: number;
  /** Deadlines whose date has passed. */
  overdue: number;
  /** Deadlines and targets due today or within DUE_SOON_DAYS. */
  dueSoon: number;
  /** Openings whose date has come: the step may be taken now. */
  open: number;
  /** Targets ("normally within") whose date has passed. */
  pastTarget: number;
  /** Everything else up to the horizon. */
  later: number;
}>;

export type UpcomingLimits = Readonly<{
  today: string;
  /** The `limit` most urgent: in date order (overdue first), then by case reference. */
  items: readonly UpcomingLimit[];
  counts: UpcomingCounts;
  /** True when more limits match than `items` holds (counts.total > items.length). */
  truncated: boolean;
}>;

export const deadlinesApi = {
  'deadlines.upcoming': query<UpcomingLimits>()(deadlinesUpcomingInput),
} as const;
