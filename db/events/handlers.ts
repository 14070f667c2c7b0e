// events.add / update / remove. Every change recomputes the case's stage and
// time limits in the same transaction, so the stored limits never lag.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import { eventTypesFor, type CaseEvent, type EventType } from '../../shared/events/domain';
import { commitChange } from '../changes';
import { touchCase } from '../cases/queries';
import { insertEvent, readEvent, setEventRemoved, updateEvent } from './queries';
import { refreshCaseProcedure } from '../procedure/queries';
import { statement } from '../statements';
import type { CaseKind } from '../../shared/cases/domain';
import { invalidFields, notFound, type HandlerContext, type Handlers } from '../handlerTypes';

type EventHandlers = Pick<Handlers, 'events.add' | 'events.update' | 'events.remove' | 'events.restore'>;

export const eventHandlers: EventHandlers = {
  'events.add': (input, context) => addEvent(context, input),
  'events.update': changeEvent,
  'events.remove': removeEvent,
  'events.restore': restoreEvent,
};

/** Shared by events.add and demo.load. */
export function addEvent(context: HandlerContext, input: ParsedInput<'events.add'>): CaseEvent {
  const { db, at } = context;
  const kind = caseKind(db, input.caseId);
  if (kind === null) throw notFound('case', input.caseId);
  checkTypeFits(kind, input.type);
  const event: CaseEvent = { id: randomUUID(), ...input, version: 1, createdAt: at, updatedAt: at };
  return mustHave(
    commitChange(context, {
      action: 'create',
      subject: { type: 'event', id: event.id },
      parent: { type: 'case', id: event.caseId },
      before: null,
      write: () => {
        insertEvent(db, event);
        afterEventChange(db, event.caseId, at);
      },
      read: () => readEvent(db, event.id),
    }),
    event.id,
  );
}

function changeEvent(input: ParsedInput<'events.update'>, context: HandlerContext): CaseEvent {
  const { db, at } = context;
  const stored = readEvent(db, input.id);
  if (stored === null) throw notFound('event', input.id);
  const fields = {
    type: input.type ?? stored.type,
    date: input.date ?? stored.date,
    text: input.text ?? stored.text,
    scheduled: input.scheduled ?? stored.scheduled,
  };
  if (fields.type !== stored.type) checkTypeFits(caseKind(db, stored.caseId) ?? 'dispute', fields.type);
  if (
    fields.type === stored.type &&
    fields.date === stored.date &&
    fields.text === stored.text &&
    fields.scheduled === stored.scheduled
  )
    return stored;
  return mustHave(
    commitChange(context, {
      action: 'update',
      subject: { type: 'event', id: stored.id },
      parent: { type: 'case', id: stored.caseId },
      before: stored,
      write: () => {
        updateEvent(db, stored.id, fields);
        afterEventChange(db, stored.caseId, at);
      },
      read: () => readEvent(db, stored.id),
    }),
    stored.id,
  );
}

function removeEvent({ id }: ParsedInput<'events.remove'>, context: HandlerContext): { id: string } {
  const { db, at } = context;
  const stored = readEvent(db, id);
  if (stored === null) throw notFound('event', id);
  commitChange(context, {
    action: 'remove',
    subject: { type: 'event', id },
    parent: { type: 'case', id: stored.caseId },
    before: stored,
    write: () => {
      setEventRemoved(db, id, at);
      afterEventChange(db, stored.caseId, at);
    },
    read: () => null,
  });
  return { id };
}

function restoreEvent({ id }: ParsedInput<'events.restore'>, context: HandlerContext): CaseEvent {
  const { db, at } = context;
  const stored = readEvent(db, id, true);
  if (stored === null) throw notFound('event', id);
  // Its case may have gone to the Trash since: restore the case first.
  if (caseKind(db, stored.caseId) === null) throw notFound('case', stored.caseId);
  return mustHave(
    commitChange(context, {
      action: 'restore',
      subject: { type: 'event', id },
      parent: { type: 'case', id: stored.caseId },
      before: null,
      write: () => {
        setEventRemoved(db, id, null);
        afterEventChange(db, stored.caseId, at);
      },
      read: () => readEvent(db, id),
    }),
    id,
  );
}

function mustHave(event: CaseEvent | null, id: string): CaseEvent {
  if (event === null) throw new Error(`Event ${id} vanished inside its own transaction`);
  return event;
}

function caseKind(db: Database.Database, caseId: string): CaseKind | null {
  return (statement(db, 'SELECT kind FROM cases WHERE id = ? AND deleted_at IS NULL').pluck().get(caseId) as CaseKind | undefined) ?? null;
}

/** A submission to the environmental secretariat has its own steps; a dispute has none of them (and the reverse). */
function checkTypeFits(kind: CaseKind, type: EventType): void {
  if (!eventTypesFor(kind).includes(type)) {
    throw invalidFields({ type: 'step_not_of_kind' });
  }
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
