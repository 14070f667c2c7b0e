// A time limit as the official sees it today: status and days left.
import type { LimitStatus, TimeLimit, TimeLimitView } from '../domain/limits';
import type { MessageKey } from '../i18n/catalog';
import { calendarDaysBetween } from './calendar';
import { findRule } from './rules/registry';

/** The UI warns when an upcoming deadline is this close. */
export const DUE_SOON_DAYS = 7;

/**
 * Status and daysLeft (limit date minus today, in calendar days; negative once
 * passed). An opening whose date has come is 'open': the step may now be
 * taken. A window in which a Party
 * may act (join, comment, agree on other terms) that passes unused is
 * 'not_applicable', not overdue: nobody failed to do anything.
 */
export function limitView(limit: TimeLimit, today: string): TimeLimitView {
  const daysLeft = calendarDaysBetween(today, limit.date);
  return { ...limit, status: limitStatus(limit, daysLeft), daysLeft };
}

function limitStatus(limit: TimeLimit, daysLeft: number): LimitStatus {
  switch (limit.resolution) {
    case 'met':
      return 'met';
    case 'not_applicable':
      return 'not_applicable';
    case 'pending':
      if (daysLeft > 0) return 'upcoming';
      if (limit.kind === 'opening') return 'open';
      if (daysLeft === 0) return 'due_today';
      return isWindow(limit) ? 'not_applicable' : 'overdue';
    default: {
      const unreachable: never = limit.resolution;
      throw new Error(`Unknown limit resolution: ${String(unreachable)}`);
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

/** The i18n key for a view's status. */
export function statusMessageKey(view: TimeLimitView): MessageKey {
  switch (view.status) {
    case 'upcoming':
      return 'limit.status.upcoming';
    case 'due_today':
      return 'limit.status.due_today';
    case 'overdue':
      return 'limit.status.overdue';
    case 'open':
      return 'limit.status.open';
    case 'met':
      return 'limit.status.met';
    case 'not_applicable':
      return 'limit.status.not_applicable';
    default: {
      const unreachable: never = view.status;
      throw new Error(`Unknown limit status: ${String(unreachable)}`);
    }
  }
}
