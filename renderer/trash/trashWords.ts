// How a removed record is named in the Trash, in the Undo notice after a
// removal, and once it is restored: a case by its reference and title, an
// event by its type and date and the case it belongs to, a meeting by its
// body, number and first day.
import type { CaseEvent } from '../../shared/events/domain';
import { UNKNOWN_ACTOR } from '../../shared/history/domain';
import type { TrashItem } from '../../shared/trash/api';
import type { LocaleTools } from '../i18n/LocaleContext';
import { bodyName } from '../meetings/meetingWords';
import { routeHref } from '../routing/routes';

export type WordTools = Pick<LocaleTools, 't' | 'formatDate' | 'locale'>;

export type ItemWords = Readonly<{
  /** "Case" / "Event". */
  kind: string;
  /** The reference of a case; the type and date of an event. */
  name: string;
  /** The title of a case; for an event, the case it belongs to. */
  detail: string;
  /** The Restore button's accessible name: which record it brings back. */
  restoreLabel: string;
  /** Said once it is back. */
  restored: string;
}>;

/** Where a restored record is seen again, and the link's words. */
export type RestoredLink = Readonly<{ href: string; text: string }>;

type EventNaming = Readonly<{ type: CaseEvent['type']; date: string }>;

type MeetingNaming = Readonly<{ agreement: Extract<TrashItem, { type: 'meeting' }>['agreement']; body: string; number: number | null; startsOn: string }>;

function meetingWords(tools: WordTools, item: MeetingNaming): Readonly<{ meeting: string; date: string }> {
  const body = bodyName(item.agreement, item.body, tools.locale);
  const meeting = item.number === null ? body : tools.t('meetings.heading.numbered', { n: item.number, body });
  return { meeting, date: tools.formatDate(item.startsOn) };
}

function eventWords({ t, formatDate }: WordTools, event: EventNaming): Readonly<{ event: string; date: string }> {
  return { event: t(`event.${event.type}`), date: formatDate(event.date) };
}

export function itemWords(tools: WordTools, item: TrashItem): ItemWords {
  const { t } = tools;
  switch (item.type) {
    case 'case': {
      const { reference } = item;
      return {
        kind: t('trash.type.case'),
        name: reference,
        detail: item.title,
        restoreLabel: t('trash.restore.case.aria', { reference }),
        restored: t('trash.restored.case', { reference }),
      };
    }
    case 'event': {
      const { reference } = item;
      const { event, date } = eventWords(tools, { type: item.eventType, date: item.eventDate });
      return {
        kind: t('trash.type.event'),
        name: `${event}, ${date}`,
        detail: t('trash.eventOf', { reference, title: item.title }),
        restoreLabel: t('trash.restore.event.aria', { event, date, reference }),
        restored: t('trash.restored.event', { event, date, reference }),
      };
    }
    case 'meeting': {
      const { meeting, date } = meetingWords(tools, item);
      return {
        kind: t('trash.type.meeting'),
        name: meeting,
        detail: `${t(`agreement.${item.agreement}`)}, ${date}`,
        restoreLabel: t('trash.restore.meeting.aria', { meeting, date }),
        restored: t('trash.restored.meeting', { meeting, date }),
      };
    }
    default: {
      const unknown: never = item;
      return unknown;
    }
  }
}

/** After a restore: the case (of a case or an event) or the meeting, to open. */
export function restoredLink({ t }: Pick<WordTools, 't'>, item: TrashItem): RestoredLink {
  switch (item.type) {
    case 'case':
    case 'event':
      return { href: routeHref({ name: 'case', id: item.caseId }), text: t('trash.openCase', { reference: item.reference }) };
    case 'meeting':
      return { href: routeHref({ name: 'meeting', id: item.id }), text: t('trash.openMeeting') };
    default: {
      const unknown: never = item;
      return unknown;
    }
  }
}

/** The Undo notice's words after a case was removed, and after it is back. */
export function caseRemovedWords({ t }: WordTools, reference: string): Readonly<{ said: string; undone: string }> {
  return { said: t('undo.case.removed', { reference }), undone: t('trash.restored.case', { reference }) };
}

/** The Undo notice's words after an event was removed, and after it is back. */
export function eventRemovedWords(tools: WordTools, event: EventNaming): Readonly<{ said: string; undone: string }> {
  const words = eventWords(tools, event);
  return { said: tools.t('undo.event.removed', words), undone: tools.t('undo.event.restored', words) };
}

/** The Undo notice after a meeting was removed from its page, and once it is back. */
export function meetingRemovedWords(tools: WordTools, meeting: MeetingNaming): Readonly<{ said: string; undone: string }> {
  const words = meetingWords(tools, meeting);
  return { said: tools.t('undo.meeting.removed', words), undone: tools.t('trash.restored.meeting', words) };
}

/** Who removed it: the name given in Settings, or "Unknown user" where none was given (or, for rows removed before the history said so, none is known). */
export function removedByName({ t }: Pick<WordTools, 't'>, removedBy: string): string {
  return removedBy === '' || removedBy === UNKNOWN_ACTOR ? t('history.unknownActor') : removedBy;
}
