// The Trash's registry: how each kind of record lists its removed rows. A
// kind's listing answers, newest removal first, at most `limit` of its rows
// removed before the keyset `before`, read through its partial index of
// removed rows; trash.list merges the kinds' pages by removal time. Cases and
// events are listed here (migrations 60 and 80); a kind with its own feature
// folder keeps its listing there (db/meetings/trash.ts) and is named below.
import type Database from 'better-sqlite3';
import type { TrashItem, TrashType } from '../../shared/trash/api';
import { removedMeetings } from '../meetings/trash';
import { statement } from '../statements';

/** The position after which a page starts: rows removed earlier, or at the same instant with a smaller id. */
export type TrashKeyset = Readonly<{ removedAt: string; id: string }>;

/** A removed row as its kind lists it; trash.list adds who removed it, from the history. */
export type RemovedRow<T extends TrashType = TrashType> = T extends TrashType ? Omit<Extract<TrashItem, { type: T }>, 'removedBy'> : never;

export type TrashListing<T extends TrashType = TrashType> = (db: Database.Database, before: TrashKeyset, limit: number) => readonly RemovedRow<T>[];

function removedCases(db: Database.Database, before: TrashKeyset, limit: number): readonly RemovedRow<'case'>[] {
  return statement(
    db,
    `SELECT 'case' AS type, id, deleted_at AS removedAt, id AS caseId, reference, title
       FROM cases WHERE deleted_at IS NOT NULL AND (deleted_at, id) < (?, ?)
      ORDER BY deleted_at DESC, id DESC LIMIT ?`,
  )
    .all(before.removedAt, before.id, limit)
    .map((row) => ({ ...(row as Omit<RemovedRow<'case'>, 'caseRemoved'>), caseRemoved: true }));
}

function removedEvents(db: Database.Database, before: TrashKeyset, limit: number): readonly RemovedRow<'event'>[] {
  type Row = Omit<RemovedRow<'event'>, 'caseRemoved'> & { caseRemoved: 0 | 1 };
  return (
    statement(
      db,
      `SELECT 'event' AS type, e.id, e.deleted_at AS removedAt, e.case_id AS caseId, c.reference, c.title,
              e.type AS eventType, e.date AS eventDate, c.deleted_at IS NOT NULL AS caseRemoved
         FROM case_events e JOIN cases c ON c.id = e.case_id
        WHERE e.deleted_at IS NOT NULL AND (e.deleted_at, e.id) < (?, ?)
        ORDER BY e.deleted_at DESC, e.id DESC LIMIT ?`,
    ).all(before.removedAt, before.id, limit) as Row[]
  ).map((row) => ({ ...row, caseRemoved: row.caseRemoved === 1 }));
}

/** Every kind in the Trash: a kind missing here does not compile (TRASH_RESTORE in shared/trash/api.ts names them). */
export const TRASH_SOURCES: { readonly [T in TrashType]: TrashListing<T> } = {
  case: removedCases,
  event: removedEvents,
  meeting: removedMeetings,
};
