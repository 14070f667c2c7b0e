// A time limit as the official sees it today: status and days left.
import type { LimitStatus, TimeLimit, TimeLimitView } from '../domain/limits';
import { calendarDaysBetween } from './calendar';
import { findRule } from './rules/registry';

/** The UI warns when an upcoming deadline is this close. */
export const DUE_SOON_DAYS = 7;

/**
 * Status and daysLeft (limit date minus today, in calendar days; negative once
 * passed). An opening whose date has come is 'open': the step may now be
 * taken. A window in which a Party may act (join, comment, agree on other
 * terms) that passes unused is 'not_applicable', not overdue: nobody failed to
 * do anything. A limit "met" by an event dated after today is not met yet:
 * the step has not happened (cases.get warns about the date).
 */
export function limitView(limit: TimeLimit, today: string): TimeLimitView {
  const daysLeft = calendarDaysBetween(today, limit.date);
  const notYet = limit.metBy !== null && limit.metBy.date > today;
  return { ...limit, status: notYet ? pendingStatus(limit, daysLeft) : limitStatus(limit, daysLeft), daysLeft };
}

function limitStatus(limit: TimeLimit, daysLeft: number): LimitStatus {
  switch (limit.resolution) {
    case 'met':
    case 'premature':
    case 'late':
    case 'missed':
    case 'not_applicable':
      return limit.resolution;
    case 'pending':
      return pendingStatus(limit, daysLeft);
    default: {
      const unreachable: never = limit.resolution;
      throw new Error(`Unknown limit resolution: ${String(unreachable)}`);
    }
  }
}

function pendingStatus(limit: TimeLimit, daysLeft: number): LimitStatus {
  if (daysLeft > 0) return 'upcoming';
  switch (limit.kind) {
    case 'opening':
      return 'open';
    case 'target':
      return daysLeft === 0 ? 'due_today' : 'past_target';
    case 'deadline':
      if (daysLeft === 0) return 'due_today';
      return isWindow(limit) ? 'not_applicable' : 'overdue';
    default: {
      const unreachable: never = limit.kind;
      throw new Error(`Unknown limit kind: ${String(unreachable)}`);
    }
  }
}

/**
 * True where the limit is a period in which a Party *may* act (its rule's
 * `window`): once the date has passed unused it no longer applies. Lists that
 * pick the "next" pending limit can use this to skip closed windows.
 */
export function isWindow(limit: Pick<TimeLimit, 'rule'>): boolean {
  return findRule(limit.rule)?.window === true;
}

/**
 * How pressing a limit is today: the one scale on which the case page, its
 * timeline and the dashboard colour, key and count limits (issue 6 §1 folded
 * three copies of it into this one). The dashboard's counts in SQL
 * (db/deadlines/queries.ts) follow the same scale, with due_today counted
 * among the due soon.
 * - overdue: a deadline whose date has passed unmet;
 * - due_today: a deadline whose date is today;
 * - due_soon: a deadline within DUE_SOON_DAYS, or a target ("normally within",
 *   CAFTA-DR Art. 17.8.7) due today or within DUE_SOON_DAYS — a target is
 *   never pressed harder than that, since missing it is no breach;
 * - upcoming: anything later, and an opening still to come (nobody must act
 *   by an opening's date, so it is never due soon);
 * - open: an opening whose date has come;
 * - past_target: a target whose date has passed;
 * - met; flagged (taken too early, too late or not at all: premature, late,
 *   missed — never shown as met, issue 5 §1); not_applicable.
 */
export type Urgency = 'overdue' | 'due_today' | 'due_soon' | 'upcoming' | 'open' | 'past_target' | 'met' | 'flagged' | 'not_applicable';

export function limitUrgency(view: Pick<TimeLimitView, 'kind' | 'status' | 'daysLeft'>): Urgency {
  switch (view.status) {
    case 'met':
    case 'overdue':
    case 'open':
    case 'past_target':
    case 'not_applicable':
      return view.status;
    case 'premature':
    case 'late':
    case 'missed':
      return 'flagged';
    case 'due_today':
      // Only deadlines and targets are ever due today: an opening's date makes it open.
      return view.kind === 'target' ? 'due_soon' : 'due_today';
    case 'upcoming':
      return view.kind !== 'opening' && view.daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'upcoming';
    default: {
      const unreachable: never = view.status;
      throw new Error(`Unknown limit status: ${String(unreachable)}`);
    }
  }
}
