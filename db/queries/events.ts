// Case events: the dated steps of a case from which shared/procedure derives
// its stage and time limits.
import type Database from 'better-sqlite3';
import type { CaseEvent, EventType } from '../../shared/domain/events';
import { statement } from '../statements';

const EVENT_COLUMNS = 'id, case_id AS caseId, type, date, text, created_at AS createdAt, updated_at AS updatedAt';

/** In date order; events of one day in the order they were recorded. */
export function readEvents(db: Database.Database, caseId: string): CaseEvent[] {
  return statement(db, `SELECT ${EVENT_COLUMNS} FROM case_events WHERE case_id = ? ORDER BY date, created_at, rowid`).all(caseId) as CaseEvent[];
}

export function readEvent(db: Database.Database, id: string): CaseEvent | null {
  return (statement(db, `SELECT ${EVENT_COLUMNS} FROM case_events WHERE id = ?`).get(id) as CaseEvent | undefined) ?? null;
}

export function insertEvent(db: Database.Database, event: CaseEvent): void {
  statement(
    db,
    `INSERT INTO case_events (id, case_id, type, date, text, created_at, updated_at)
     VALUES (@id, @caseId, @type, @date, @text, @createdAt, @updatedAt)`,
  ).run(event);
}

export function updateEvent(
  db: Database.Database,
  id: string,
  fields: Readonly<{ type: EventType; date: string; text: string; updatedAt: string }>,
): void {
  statement(db, 'UPDATE case_events SET type = @type, date = @date, text = @text, updated_at = @updatedAt WHERE id = @id').run({
    id,
    ...fields,
  });
}

export function deleteEvent(db: Database.Database, id: string): void {
  statement(db, 'DELETE FROM case_events WHERE id = ?').run(id);
}
