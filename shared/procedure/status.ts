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

/** True for a pending deadline due today or within DUE_SOON_DAYS. */
export function isDueSoon(view: TimeLimitView): boolean {
  if (view.kind !== 'deadline') return false;
  return view.status === 'due_today' || (view.status === 'upcoming' && view.daysLeft <= DUE_SOON_DAYS);
}
