// How a pending time limit reads on the dashboard: its words and its urgency.
// A deadline (something must happen by the date) becomes overdue when the date
// passes; an opening (a step may be taken from the date, e.g. requesting a
// Commission meeting under CAFTA-DR Art. 20.5.1) is never overdue — it opens;
// a target (a factual record made public "normally within 60 days", CAFTA-DR
// Art. 17.8.7 / TPA Art. 18.9.7) that passes is past its normal time, in a
// soft amber, not overdue.
import type { LimitKind } from '../../shared/domain/limits';
import type { PluralBase } from '../shell/plural';

export type LimitTone = 'overdue' | 'today' | 'soon' | 'later' | 'open' | 'pastTarget';

export type LimitTiming = Readonly<
  { tone: LimitTone } & (
    | { text: 'dashboard.when.today' | 'dashboard.when.opensToday' | 'dashboard.when.normallyToday' }
    | { plural: PluralBase; count: number }
  )
>;

export function limitTiming(kind: LimitKind, daysLeft: number, dueSoonDays: number): LimitTiming {
  switch (kind) {
    case 'deadline':
      if (daysLeft < 0) return { tone: 'overdue', plural: 'dashboard.when.overdue', count: -daysLeft };
      if (daysLeft === 0) return { tone: 'today', text: 'dashboard.when.today' };
      return { tone: daysLeft <= dueSoonDays ? 'soon' : 'later', plural: 'dashboard.when.left', count: daysLeft };
    case 'opening':
      if (daysLeft < 0) return { tone: 'open', plural: 'dashboard.when.openSince', count: -daysLeft };
      if (daysLeft === 0) return { tone: 'open', text: 'dashboard.when.opensToday' };
      return { tone: 'later', plural: 'dashboard.when.opensIn', count: daysLeft };
    case 'target':
      if (daysLeft < 0) return { tone: 'pastTarget', plural: 'dashboard.when.pastTarget', count: -daysLeft };
      if (daysLeft === 0) return { tone: 'soon', text: 'dashboard.when.normallyToday' };
      return { tone: daysLeft <= dueSoonDays ? 'soon' : 'later', plural: 'dashboard.when.normallyIn', count: daysLeft };
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
