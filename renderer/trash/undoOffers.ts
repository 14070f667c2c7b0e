// What the Undo notice offers after a removal (renderer/shell/UndoNotice.tsx):
// the restore command, the words, and where the focus goes once the record is
// back. One function per kind of record that can be removed.
import type { CaseEvent } from '../../shared/events/domain';
import { call } from '../api/client';
import { focusWhenShown } from '../forms/focus';
import { parseRoute } from '../routing/routes';
import { navigate } from '../routing/useRoute';
import type { UndoOffer } from '../shell/UndoNotice';
import { caseRemovedWords, eventRemovedWords, meetingRemovedWords } from './trashWords';

/** A case removed from its page; the app is on the cases list by then. */
export function caseUndo(removed: Readonly<{ id: string; reference: string }>): UndoOffer {
  return {
    said: (tools) => caseRemovedWords(tools, removed.reference).said,
    undone: (tools) => caseRemovedWords(tools, removed.reference).undone,
    undo: () => call('cases.restore', { id: removed.id }),
    // Undo takes the official back to where they were: the case's own page.
    afterUndo: () => {
      navigate({ name: 'case', id: removed.id });
      focusWhenShown('h1.case-title');
      return true;
    },
    // Closed without undoing: the focus goes to the main area (the default), on the cases list the app went to.
  };
}

/** A meeting removed from its page; the app is on the meetings list by then. */
export function meetingUndo(removed: Parameters<typeof meetingRemovedWords>[1] & Readonly<{ id: string }>): UndoOffer {
  return {
    said: (tools) => meetingRemovedWords(tools, removed).said,
    undone: (tools) => meetingRemovedWords(tools, removed).undone,
    undo: () => call('meetings.restore', { id: removed.id }),
    afterUndo: () => {
      navigate({ name: 'meeting', id: removed.id });
      focusWhenShown('h1.meeting-title');
      return true;
    },
  };
}

/** An event removed on its case's page. */
export function eventUndo(event: Readonly<Pick<CaseEvent, 'id' | 'caseId' | 'type' | 'date'>>): UndoOffer {
  const onItsCase = () => {
    const route = parseRoute(window.location.hash);
    return route.name === 'case' && route.id === event.caseId;
  };
  return {
    said: (tools) => eventRemovedWords(tools, event).said,
    undone: (tools) => eventRemovedWords(tools, event).undone,
    undo: () => call('events.restore', { id: event.id }),
    afterUndo: () => {
      if (!onItsCase()) return false;
      focusWhenShown(`li[data-event-id="${CSS.escape(event.id)}"]`);
      return true;
    },
    // Where the focus went after a removal before there was an Undo: the list's heading.
    returnFocus: () => (onItsCase() ? document.getElementById('events-heading') : document.querySelector<HTMLElement>('main'))?.focus(),
  };
}
