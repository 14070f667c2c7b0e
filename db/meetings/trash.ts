// Removed meetings as the Trash lists them (db/trash/sources.ts): through the
// partial index of removed meetings (migration 110). What a meeting holds goes
// and comes back with it (meetings.restore), so only the meeting is listed.
import type Database from 'better-sqlite3';
import type { RemovedRow, TrashKeyset } from '../trash/sources';
import { statement } from '../statements';

export function removedMeetings(db: Database.Database, before: TrashKeyset, limit: number): readonly RemovedRow<'meeting'>[] {
  return statement(
    db,
    `SELECT 'meeting' AS type, id, deleted_at AS removedAt, agreement, body, number, starts_on AS startsOn, 0 AS caseRemoved
       FROM meetings WHERE deleted_at IS NOT NULL AND (deleted_at, id) < (?, ?)
      ORDER BY deleted_at DESC, id DESC LIMIT ?`,
  )
    .all(before.removedAt, before.id, limit)
    .map((row) => ({ ...(row as Omit<RemovedRow<'meeting'>, 'caseRemoved'>), caseRemoved: false }));
}
