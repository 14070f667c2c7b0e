// Case events: the dated steps of a case from which shared/procedure derives
// its stage and time limits.
import type Database from 'better-sqlite3';
import type { CaseEvent, EventType } from '../../shared/events/domain';
import { statement } from '../statements';

const EVENT_COLUMNS = 'id, case_id AS caseId, type, date, text, scheduled, version, created_at AS createdAt, updated_at AS updatedAt';

type StoredEvent = Omit<CaseEvent, 'scheduled'> & { scheduled: 0 | 1 };

function fromRow(row: StoredEvent): CaseEvent {
  return { ...row, scheduled: row.scheduled === 1 };
}

/** In date order; events of one day in the order they were recorded. */
export function readEvents(db: Database.Database, caseId: string): CaseEvent[] {
  const rows = statement(db, `SELECT ${EVENT_COLUMNS} FROM case_events WHERE case_id = ? AND deleted_at IS NULL ORDER BY date, created_at, rowid`).all(caseId) as StoredEvent[];
  return rows.map(fromRow);
}

/** A live event; with `removed`, an event in the Trash instead. */
export function readEvent(db: Database.Database, id: string, removed = false): CaseEvent | null {
  const where = removed ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL';
  const row = statement(db, `SELECT ${EVENT_COLUMNS} FROM case_events WHERE id = ? AND ${where}`).get(id) as StoredEvent | undefined;
  return row === undefined ? null : fromRow(row);
}

export function insertEvent(db: Database.Database, event: CaseEvent): void {
  statement(
    db,
    `INSERT INTO case_events (id, case_id, type, date, text, scheduled, version, created_at, updated_at)
     VALUES (@id, @caseId, @type, @date, @text, @scheduled, @version, @createdAt, @updatedAt)`,
  ).run({ ...event, scheduled: event.scheduled ? 1 : 0 });
}

export function updateEvent(
  db: Database.Database,
  id: string,
  fields: Readonly<{ type: EventType; date: string; text: string; scheduled: boolean }>,
): void {
  // The write path (db/changes.ts) stamps the version and updated_at.
  statement(db, 'UPDATE case_events SET type = @type, date = @date, text = @text, scheduled = @scheduled WHERE id = @id').run({
    id,
    ...fields,
    scheduled: fields.scheduled ? 1 : 0,
  });
}

/** Moves an event to the Trash (a date) or back (null). */
export function setEventRemoved(db: Database.Database, id: string, removedAt: string | null): void {
  statement(db, 'UPDATE case_events SET deleted_at = ? WHERE id = ?').run(removedAt, id);
}
