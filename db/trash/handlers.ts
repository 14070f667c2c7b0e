// The Trash lists removed records of every kind in its registry
// (db/trash/sources.ts), newest removal first, a page at a time: each kind
// answers its own newest page after the keyset (removal time, id) from its
// partial index of removed rows, and the pages are merged here.
import type { TrashItem } from '../../shared/trash/api';
import type { Handlers } from '../handlerTypes';
import { statement } from '../statements';
import { TRASH_SOURCES, type RemovedRow, type TrashListing } from './sources';

/** Later than any removal time or id: the first page starts here. */
const FIRST: Readonly<{ removedAt: string; id: string }> = { removedAt: '\uffff', id: '\uffff' };

function newerFirst(a: RemovedRow, b: RemovedRow): number {
  if (a.removedAt !== b.removedAt) return a.removedAt < b.removedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export const trashHandlers: Pick<Handlers, 'trash.list'> = {
  'trash.list': ({ before, limit }, { db }) => {
    const from = before ?? FIRST;
    // One more than the page, to know whether an older page follows.
    const listings: readonly TrashListing[] = Object.values(TRASH_SOURCES);
    const rows = listings
      .flatMap((listing) => listing(db, from, limit + 1))
      .sort(newerFirst)
      .slice(0, limit + 1);
    const page = rows.slice(0, limit);
    const actor = statement(
      db,
      "SELECT actor FROM audit_log WHERE subject_type = ? AND subject_id = ? AND action = 'remove' ORDER BY id DESC LIMIT 1",
    ).pluck();
    const items: TrashItem[] = page.map((row) => ({ ...row, removedBy: (actor.get(row.type, row.id) as string | undefined) ?? '' }));
    const last = page[page.length - 1];
    return { items, next: rows.length > limit && last !== undefined ? { removedAt: last.removedAt, id: last.id } : null };
  },
};
