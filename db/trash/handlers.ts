// The Trash lists removed cases and events, newest removal first, a page at a
// time (keyset on removal time and id; both tables have a partial index of
// their removed rows, migrations 60 and 80).
import type { TrashItem } from '../../shared/trash/api';
import type { Handlers } from '../handlerTypes';
import { statement } from '../statements';

type Row = Omit<TrashItem, 'caseRemoved'> & { caseRemoved: 0 | 1 };

export const trashHandlers: Pick<Handlers, 'trash.list'> = {
  'trash.list': ({ before, limit }, { db }) => {
    const at = before?.removedAt ?? '\uffff';
    const id = before?.id ?? '\uffff';
    const rows = statement(
      db,
      `SELECT * FROM (
         SELECT 'case' AS type, c.id, c.deleted_at AS removedAt, c.id AS caseId, c.reference, c.title,
                NULL AS eventType, NULL AS eventDate, 1 AS caseRemoved
           FROM cases c WHERE c.deleted_at IS NOT NULL AND (c.deleted_at, c.id) < (?, ?)
         UNION ALL
         SELECT 'event', e.id, e.deleted_at, e.case_id, c.reference, c.title, e.type, e.date, c.deleted_at IS NOT NULL
           FROM case_events e JOIN cases c ON c.id = e.case_id
          WHERE e.deleted_at IS NOT NULL AND (e.deleted_at, e.id) < (?, ?)
       ) x ORDER BY removedAt DESC, id DESC LIMIT ?`,
    ).all(at, id, at, id, limit + 1) as Omit<Row, 'removedBy'>[];
    const page = rows.slice(0, limit);
    const actor = statement(
      db,
      "SELECT actor FROM audit_log WHERE subject_type = ? AND subject_id = ? AND action = 'remove' ORDER BY id DESC LIMIT 1",
    ).pluck();
    const items: TrashItem[] = page.map((row) => ({
      ...row,
      removedBy: (actor.get(row.type, row.id) as string | undefined) ?? '',
      caseRemoved: row.type === 'event' ? row.caseRemoved === 1 : true,
    }));
    const last = page[page.length - 1];
    return { items, next: rows.length > limit && last !== undefined ? { removedAt: last.removedAt, id: last.id } : null };
  },
};
