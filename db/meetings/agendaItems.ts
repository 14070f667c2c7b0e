// agendaItems.add / update / remove / move: a meeting's agenda in order, each
// item with its own minutes and, optionally, the case it is about.
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import type { AgendaItem } from '../../shared/meetings/domain';
import type { HandlerContext, Handlers } from '../handlerTypes';
import { statement } from '../statements';
import { syncConvened } from './convened';
import { nextPosition, readRecords } from './queries';
import { changeRecord, checkCaseLink, createRecord, liveMeeting, liveRecord, merged, removeRecord, unchanged } from './records';

const AGENDA_FIELDS = ['title', 'minutes', 'caseId'] as const;

type AgendaHandlers = Pick<Handlers, 'agendaItems.add' | 'agendaItems.update' | 'agendaItems.remove' | 'agendaItems.move'>;

export const agendaItemHandlers: AgendaHandlers = {
  'agendaItems.add': addAgendaItem,
  'agendaItems.update': changeAgendaItem,
  'agendaItems.remove': removeAgendaItem,
  'agendaItems.move': moveAgendaItem,
};

export function addAgendaItem(input: ParsedInput<'agendaItems.add'>, context: HandlerContext): AgendaItem {
  const { db, at } = context;
  const meeting = liveMeeting(db, input.meetingId);
  checkCaseLink(db, meeting, input.caseId);
  const position = nextPosition(db, 'agenda_item', meeting.id);
  const item = createRecord(context, 'agenda_item', meeting.id, (id) =>
    statement(
      db,
      `INSERT INTO agenda_items (id, meeting_id, position, title, minutes, case_id, created_at, updated_at, version)
       VALUES (@id, @meetingId, @position, @title, @minutes, @caseId, @at, @at, 1)`,
    ).run({ id, meetingId: meeting.id, position, title: input.title, minutes: input.minutes, caseId: input.caseId, at }),
  );
  if (item.caseId !== null) syncConvened(context, meeting.id);
  return item;
}

function changeAgendaItem(input: ParsedInput<'agendaItems.update'>, context: HandlerContext): AgendaItem {
  const { db } = context;
  const stored = liveRecord(db, 'agenda_item', input.id);
  const next = merged(stored, input, AGENDA_FIELDS);
  if (next.caseId !== stored.caseId) checkCaseLink(db, liveMeeting(db, stored.meetingId), next.caseId);
  if (unchanged(stored, next, AGENDA_FIELDS)) return stored;
  const changed = changeRecord(context, 'agenda_item', stored, {
    write: () => statement(db, 'UPDATE agenda_items SET title = ?, minutes = ?, case_id = ? WHERE id = ?').run(next.title, next.minutes, next.caseId, stored.id),
  });
  if (next.caseId !== stored.caseId) syncConvened(context, stored.meetingId);
  return changed;
}

function removeAgendaItem({ id }: ParsedInput<'agendaItems.remove'>, context: HandlerContext): { id: string } {
  const stored = liveRecord(context.db, 'agenda_item', id);
  const removed = removeRecord(context, 'agenda_item', stored, () => renumber(context.db, stored.meetingId, null, 0));
  if (stored.caseId !== null) syncConvened(context, stored.meetingId);
  return removed;
}

/**
 * One change of the agenda's order, recorded on the item moved (its position
 * before and after); the items it passes shift by one place inside the same
 * write, keeping positions 0, 1, 2, … in agenda order.
 */
function moveAgendaItem({ id, position }: ParsedInput<'agendaItems.move'>, context: HandlerContext): AgendaItem[] {
  const { db } = context;
  const stored = liveRecord(db, 'agenda_item', id);
  const count = readRecords(db, 'agenda_item', stored.meetingId).length;
  const target = Math.min(position, count - 1);
  if (target !== stored.position) {
    changeRecord(context, 'agenda_item', stored, { write: () => renumber(db, stored.meetingId, stored.id, target) });
  }
  return readRecords(db, 'agenda_item', stored.meetingId);
}

/** Positions 0…n-1 in agenda order, with `moved` (if any) put at `target`. */
function renumber(db: Database.Database, meetingId: string, moved: string | null, target: number): void {
  const others = readRecords(db, 'agenda_item', meetingId)
    .map((item) => item.id)
    .filter((itemId) => itemId !== moved);
  const order = moved === null ? others : [...others.slice(0, target), moved, ...others.slice(target)];
  const set = statement(db, 'UPDATE agenda_items SET position = ? WHERE id = ?');
  order.forEach((itemId, index) => set.run(index, itemId));
}
