// How a computed time limit is shown: its colour tone, its badge and the words
// for its status. How pressing a limit is comes from the one calculation in
// shared/procedure/status.ts (limitUrgency); this module only turns it into
// classes and words. A deadline that has passed is overdue; an opening whose
// date has passed is open ("May be requested from"), never a failure. A step
// taken too early, too late or not at all (premature, late, missed) is a
// warning in its own tone and never looks met (issue 5 §1); a "normally
// within" target that has passed is a soft amber, not red (CAFTA-DR Art. 17.8.7).
import type { Locale } from '../../shared/history/domain';
import { AGREEMENT_IDS } from '../../shared/domain/agreements';
import { translate, type MessageKey } from '../../shared/i18n/catalog';
import type { TimeLimitView } from '../../shared/domain/limits';
import { calendarDaysBetween } from '../../shared/procedure/calendar';
import { limitUrgency } from '../../shared/procedure/status';

/** Identifies one limit on the page: the same rule may run from several events (e.g. two panel requests). */
export function limitKey(limit: Pick<TimeLimitView, 'rule' | 'from'>): string {
  return `${limit.rule}@${limit.from.eventId}`;
}

// Articles compare as numbers part by part ("Art. 20.9" before "Art. 20.10"),
// not as text, which put 20.10 first.
const ARTICLE_ORDER = new Intl.Collator('en', { numeric: true });

/**
 * The order in which a case's limits are numbered, in the table and on the
 * timeline alike: by date, then by article in numeric order, then by rule and
 * by the event counted from, so the numbers do not move between renders.
 */
export function compareLimits(a: Pick<TimeLimitView, 'date' | 'article' | 'rule' | 'from'>, b: Pick<TimeLimitView, 'date' | 'article' | 'rule' | 'from'>): number {
  return (
    a.date.localeCompare(b.date) ||
    ARTICLE_ORDER.compare(a.article, b.article) ||
    a.rule.localeCompare(b.rule) ||
    a.from.date.localeCompare(b.from.date) ||
    a.from.eventId.localeCompare(b.from.eventId)
  );
}

export type LimitTone = 'overdue' | 'dueSoon' | 'upcoming' | 'open' | 'met' | 'flagged' | 'pastTarget' | 'notApplicable';

/** Every tone, in the order the timeline's key lists them. */
export const LIMIT_TONES: readonly LimitTone[] = ['overdue', 'flagged', 'dueSoon', 'pastTarget', 'upcoming', 'open', 'met', 'notApplicable'];

/** The colour class of a limit (tone-…): due today and due soon share the amber. */
export function limitTone(limit: Pick<TimeLimitView, 'kind' | 'status' | 'daysLeft'>): LimitTone {
  const urgency = limitUrgency(limit);
  switch (urgency) {
    case 'overdue':
    case 'upcoming':
    case 'open':
    case 'met':
    case 'flagged':
      return urgency;
    case 'due_today':
    case 'due_soon':
      return 'dueSoon';
    case 'past_target':
      return 'pastTarget';
    case 'not_applicable':
      return 'notApplicable';
    default: {
      const unreachable: never = urgency;
      return unreachable;
    }
  }
}

export type StatusWords = Readonly<{ key: MessageKey; params: Readonly<Record<string, string | number>> }>;

function days(n: number, one: MessageKey, other: MessageKey): StatusWords {
  return { key: n === 1 ? one : other, params: { n } };
}

/** The days still to run, worded for the kind: "Due in 5 days", "Normally within 5 days", "Available in 5 days". */
function daysAhead(limit: Pick<TimeLimitView, 'kind' | 'daysLeft'>): StatusWords {
  const n = limit.daysLeft;
  switch (limit.kind) {
    case 'deadline':
      return days(n, 'timeline.status.dueIn.one', 'timeline.status.dueIn.other');
    case 'target':
      return n === 0 ? { key: 'timeline.status.normallyToday', params: {} } : days(n, 'timeline.status.normallyIn.one', 'timeline.status.normallyIn.other');
    case 'opening':
      return days(n, 'timeline.status.opensIn.one', 'timeline.status.opensIn.other');
    default: {
      const unreachable: never = limit.kind;
      return unreachable;
    }
  }
}

/**
 * "Due in 5 days", "3 days overdue", "Opened 12 days ago", "Met", or for a
 * flagged or inapplicable limit the one-line reason ("Taken before the treaty
 * allowed it.").
 */
export function limitStatusWords(limit: Pick<TimeLimitView, 'kind' | 'status' | 'daysLeft' | 'reason'>): StatusWords {
  const n = Math.abs(limit.daysLeft);
  const urgency = limitUrgency(limit);
  switch (urgency) {
    case 'met':
      return { key: 'timeline.status.met', params: {} };
    case 'flagged':
      return { key: limit.reason !== null ? `limit.reason.${limit.reason}` : `limit.status.${limit.status}`, params: {} };
    case 'not_applicable':
      return { key: limit.reason !== null ? `limit.reason.${limit.reason}` : 'limit.status.not_applicable', params: {} };
    case 'past_target':
      return days(n, 'timeline.status.pastTarget.one', 'timeline.status.pastTarget.other');
    case 'open':
      return n === 0 ? { key: 'timeline.status.opensToday', params: {} } : days(n, 'timeline.status.openSince.one', 'timeline.status.openSince.other');
    case 'overdue':
      return days(n, 'timeline.status.overdue.one', 'timeline.status.overdue.other');
    case 'due_today':
      return { key: 'timeline.status.dueToday', params: {} };
    case 'due_soon':
    case 'upcoming':
      return daysAhead(limit);
    default: {
      const unreachable: never = urgency;
      return unreachable;
    }
  }
}

/**
 * How far from the treaty's date a flagged step was taken: "42 days early",
 * "15 days late". Null where the date is not the fault (a missing condition)
 * or no event met the limit.
 */
export function offsetWords(limit: Pick<TimeLimitView, 'status' | 'reason' | 'date' | 'metBy'>): StatusWords | null {
  if (limit.metBy === null) return null;
  if (limit.status === 'premature' && limit.reason !== 'condition_missing') {
    const n = calendarDaysBetween(limit.metBy.date, limit.date);
    return n > 0 ? days(n, 'limit.early.one', 'limit.early.other') : null;
  }
  if (limit.status === 'late') {
    const n = calendarDaysBetween(limit.date, limit.metBy.date);
    return n > 0 ? days(n, 'limit.lateBy.one', 'limit.lateBy.other') : null;
  }
  return null;
}

/** The short label for a tone, as in the timeline's key: Overdue, Due soon, Upcoming, Open now, Met, … */
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
    case 'flagged':
      return 'timeline.tone.flagged';
    case 'pastTarget':
      return 'limit.status.past_target';
    case 'notApplicable':
      return 'limit.status.not_applicable';
    default: {
      const unreachable: never = tone;
      return unreachable;
    }
  }
}

/**
 * The badge of one limit: the tone's label, except that a flagged limit says
 * which fault it is (Premature, Late, Missed) and a limit set aside for a
 * reason says so (Barred, On hold) rather than "No longer applicable".
 */
export function badgeKey(limit: Pick<TimeLimitView, 'kind' | 'status' | 'daysLeft' | 'reason'>): MessageKey {
  switch (limit.status) {
    case 'premature':
    case 'late':
    case 'missed':
      return `limit.status.${limit.status}`;
    case 'not_applicable':
      if (limit.reason === 'barred_by_assessment') return 'limit.badge.barred';
      if (limit.reason === 'waiting_for_determination') return 'limit.badge.waiting';
      if (limit.reason === 'installments_unverified') return 'limit.badge.check';
      return 'limit.status.not_applicable';
    default:
      return toneKey(limitTone(limit));
  }
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
