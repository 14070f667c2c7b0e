// How a computed time limit is shown: its colour tone and the words for its
// status. A deadline that has passed is overdue; an opening whose date has
// passed is open ("May be requested from"), never a failure. Openings used to
// arrive as overdue/due_today before the engine had an 'open' status; both read the same.
import type { Locale } from '../../shared/domain/audit';
import { AGREEMENT_IDS } from '../../shared/domain/agreements';
import { translate, type MessageKey } from '../../shared/i18n/catalog';
import type { TimeLimitView } from '../../shared/domain/limits';
import { isDueSoon } from '../../shared/procedure/status';

/** Identifies one limit on the page: the same rule may run from several events (e.g. two panel requests). */
export function limitKey(limit: Pick<TimeLimitView, 'rule' | 'from'>): string {
  return `${limit.rule}@${limit.from.eventId}`;
}

export type LimitTone = 'overdue' | 'dueSoon' | 'upcoming' | 'open' | 'met' | 'notApplicable';

export function limitTone(limit: TimeLimitView): LimitTone {
  switch (limit.status) {
    case 'met':
      return 'met';
    case 'not_applicable':
      return 'notApplicable';
    case 'open':
      return 'open';
    case 'overdue':
      return limit.kind === 'deadline' ? 'overdue' : 'open';
    case 'due_today':
      return limit.kind === 'deadline' ? 'dueSoon' : 'open';
    case 'upcoming':
      return isDueSoon(limit) ? 'dueSoon' : 'upcoming';
    default: {
      const unreachable: never = limit.status;
      return unreachable;
    }
  }
}

export type StatusWords = Readonly<{ key: MessageKey; params: Readonly<Record<string, string | number>> }>;

function days(n: number, one: MessageKey, other: MessageKey): StatusWords {
  return { key: n === 1 ? one : other, params: { n } };
}

/** "Due in 5 days", "3 days overdue", "Open since 12 days", "Met", … */
export function limitStatusWords(limit: Pick<TimeLimitView, 'kind' | 'status' | 'daysLeft'>): StatusWords {
  const n = Math.abs(limit.daysLeft);
  switch (limit.status) {
    case 'met':
      return { key: 'timeline.status.met', params: {} };
    case 'not_applicable':
      return { key: 'limit.status.not_applicable', params: {} };
    case 'open':
      return n === 0 ? { key: 'timeline.status.opensToday', params: {} } : days(n, 'timeline.status.openSince.one', 'timeline.status.openSince.other');
    case 'due_today':
      return { key: limit.kind === 'deadline' ? 'timeline.status.dueToday' : 'timeline.status.opensToday', params: {} };
    case 'overdue':
      return limit.kind === 'deadline'
        ? days(n, 'timeline.status.overdue.one', 'timeline.status.overdue.other')
        : days(n, 'timeline.status.openSince.one', 'timeline.status.openSince.other');
    case 'upcoming':
      return limit.kind === 'deadline'
        ? days(n, 'timeline.status.dueIn.one', 'timeline.status.dueIn.other')
        : days(n, 'timeline.status.opensIn.one', 'timeline.status.opensIn.other');
    default: {
      const unreachable: never = limit.status;
      return unreachable;
    }
  }
}

/** The short status label for a badge: Overdue, Due soon, Upcoming, Open now, Met, No longer applicable. */
export function toneKey(tone: LimitTone): MessageKey {
  switch (tone) {
    case 'overdue':
      return 'limit.status.overdue';
    case 'dueSoon':
      return 'timeline.tone.dueSoon';
    case 'upcoming':
      return 'limit.status.upcoming';
    case 'open':
      return 'limit.status.open';
    case 'met':
      return 'limit.status.met';
    case 'notApplicable':
      return 'limit.status.not_applicable';
    default: {
      const unreachable: never = tone;
      return unreachable;
    }
  }
}

/**
 * The engine writes counting as "2025-03-03 + 60 days"; shown to the official
 * with the date in their format and the unit in their language.
 */
export function countingParts(counting: string): Readonly<{ date: string; days: number }> | null {
  const match = /^(\d{4}-\d{2}-\d{2}) \+ (\d+) days?$/.exec(counting.trim());
  if (match?.[1] === undefined || match[2] === undefined) return null;
  return { date: match[1], days: Number(match[2]) };
}

/**
 * The engine cites articles with the English short name of the agreement
 * ("US–Peru TPA Art. 18.12.6"); the Spanish screen shows the Spanish one
 * ("APC Perú–EE. UU. Art. 18.12.6"), as everywhere else in the UI.
 */
export function localCitation(article: string, locale: Locale): string {
  if (locale === 'en') return article;
  for (const id of AGREEMENT_IDS) {
    const english = translate('en', `agreement.${id}`);
    if (article.startsWith(`${english} `)) return `${translate(locale, `agreement.${id}`)}${article.slice(english.length)}`;
  }
  return article;
}
