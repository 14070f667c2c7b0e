// How a pending time limit reads on the dashboard: its words and its tone.
// How pressing it is comes from the one calculation in
// shared/procedure/status.ts (limitUrgency), the same scale the dashboard's
// counts and the case page use; this module only words it. A deadline becomes
// overdue when the date passes; an opening (a step may be taken from the date,
// e.g. requesting a Commission meeting under CAFTA-DR Art. 20.5.1) is never
// overdue — it opens; a target (a factual record made public "normally within
// 60 days", CAFTA-DR Art. 17.8.7 / TPA Art. 18.9.7) that passes is past its
// normal time, in a soft amber, not overdue.
import type { TimeLimitView } from '../../shared/domain/limits';
import { limitUrgency } from '../../shared/procedure/status';
import type { PluralBase } from '../shell/plural';

export type LimitTone = 'overdue' | 'today' | 'soon' | 'later' | 'open' | 'pastTarget';

export type LimitTiming = Readonly<
  { tone: LimitTone } & (
    | { text: 'dashboard.when.today' | 'dashboard.when.opensToday' | 'dashboard.when.normallyToday' }
    | { plural: PluralBase; count: number }
  )
>;

/** The days still to run, worded for the kind. */
function ahead(limit: Pick<TimeLimitView, 'kind' | 'daysLeft'>, tone: LimitTone): LimitTiming {
  switch (limit.kind) {
    case 'deadline':
      return { tone, plural: 'dashboard.when.left', count: limit.daysLeft };
    case 'target':
      return limit.daysLeft === 0 ? { tone, text: 'dashboard.when.normallyToday' } : { tone, plural: 'dashboard.when.normallyIn', count: limit.daysLeft };
    case 'opening':
      return { tone, plural: 'dashboard.when.opensIn', count: limit.daysLeft };
    default: {
      const unreachable: never = limit.kind;
      return unreachable;
    }
  }
}

/**
 * The badge of a limit still to be acted on, or null for one already settled
 * (met, taken too early or late, no longer applicable): deadlines.upcoming
 * lists pending limits only, and a settled limit has no time left to tell.
 */
export function limitTiming(limit: Pick<TimeLimitView, 'kind' | 'status' | 'daysLeft'>): LimitTiming | null {
  const urgency = limitUrgency(limit);
  switch (urgency) {
    case 'overdue':
      return { tone: 'overdue', plural: 'dashboard.when.overdue', count: -limit.daysLeft };
    case 'due_today':
      return { tone: 'today', text: 'dashboard.when.today' };
    case 'due_soon':
      return ahead(limit, 'soon');
    case 'upcoming':
      return ahead(limit, 'later');
    case 'open':
      return limit.daysLeft === 0
        ? { tone: 'open', text: 'dashboard.when.opensToday' }
        : { tone: 'open', plural: 'dashboard.when.openSince', count: -limit.daysLeft };
    case 'past_target':
      return { tone: 'pastTarget', plural: 'dashboard.when.pastTarget', count: -limit.daysLeft };
    case 'met':
    case 'flagged':
    case 'not_applicable':
      return null;
    default: {
      const unreachable: never = urgency;
      return unreachable;
    }
  }
}
