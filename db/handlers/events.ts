// events.add / update / remove. Every change recomputes the case's stage and
// time limits in the same transaction, so the stored limits never lag.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import type { CaseEvent } from '../../shared/domain/events';
import { writeAudit } from '../queries/audit';
import { caseExists, touchCase } from '../queries/cases';
import { deleteEvent, insertEvent, readEvent, updateEvent } from '../queries/events';
import { refreshCaseProcedure } from '../queries/procedure';
import { notFound, type HandlerContext, type Handlers } from './types';

type EventHandlers = Pick<Handlers, 'events.add' | 'events.update' | 'events.remove'>;

export const eventHandlers: EventHandlers = {
  'events.add': (input, context) => addEvent(context, input),
  'events.update': changeEvent,
  'events.remove': removeEvent,
};

/** Shared by events.add and demo.load. */
export function addEvent({ db, at }: HandlerContext, input: ParsedInput<'events.add'>): CaseEvent {
  if (!caseExists(db, input.caseId)) throw notFound('case', input.caseId);
  const event: CaseEvent = { id: randomUUID(), ...input, createdAt: at, updatedAt: at };
  insertEvent(db, event);
  afterEventChange(db, input.caseId, at);
  writeAudit(db, { at, action: 'create', entity: 'event', entityId: event.id, caseId: event.caseId, before: null, after: event });
  return event;
}

function changeEvent(input: ParsedInput<'events.update'>, { db, at }: HandlerContext): CaseEvent {
  const stored = readEvent(db, input.id);
  if (stored === null) throw notFound('event', input.id);
  const fields = {
    type: input.type ?? stored.type,
    date: input.date ?? stored.date,
    text: input.text ?? stored.text,
  };
  if (fields.type === stored.type && fields.date === stored.date && fields.text === stored.text) return stored;
  updateEvent(db, stored.id, { ...fields, updatedAt: at });
  afterEventChange(db, stored.caseId, at);
  const event: CaseEvent = { ...stored, ...fields, updatedAt: at };
  writeAudit(db, { at, action: 'update', entity: 'event', entityId: event.id, caseId: event.caseId, before: stored, after: event });
  return event;
}

function removeEvent({ id }: ParsedInput<'events.remove'>, { db, at }: HandlerContext): { id: string } {
  const stored = readEvent(db, id);
  if (stored === null) throw notFound('event', id);
  deleteEvent(db, id);
  afterEventChange(db, stored.caseId, at);
  writeAudit(db, { at, action: 'remove', entity: 'event', entityId: id, caseId: stored.caseId, before: stored, after: null });
  return { id };
}

/**
 * A new step changes where the case stands, so it counts as activity on the
 * case (updatedAt, the default sort of the cases table). The case's version
 * is left alone: it guards the case's own fields against concurrent edits,
 * and recording an event must not make an open case form stale.
 */
function afterEventChange(db: Database.Database, caseId: string, at: string): void {
  touchCase(db, caseId, at);
  refreshCaseProcedure(db, caseId);
}
