// The Trash: records removed by mistake, to restore (issue 6 §1). Each kind of
// record that can be removed declares here how it is restored and what names
// one of its removed rows.
import { z } from 'zod';
import { query } from '../api/method';
import type { AgreementId } from '../domain/agreements';
import type { EventType } from '../events/domain';

/**
 * The kinds of record the Trash lists, each with the command that restores
 * one (input `{id}`). A kind joins the Trash by adding itself here and its
 * listing to db/trash/sources.ts; the compiler asks for both.
 */
export const TRASH_RESTORE = {
  case: 'cases.restore',
  event: 'events.restore',
  meeting: 'meetings.restore',
} as const;
export type TrashType = keyof typeof TRASH_RESTORE;
export const TRASH_TYPES = Object.keys(TRASH_RESTORE) as readonly TrashType[];

type Removed = Readonly<{
  id: string;
  removedAt: string;
  /** Who removed it, from the history. */
  removedBy: string;
  /**
   * The case of a case or event is in the Trash: true for a case itself; for
   * an event, restore the case first (events.restore refuses until then).
   * False for records that belong to no case.
   */
  caseRemoved: boolean;
}>;

/** What names a case or an event: the case it is or belongs to. */
type OfCase = Readonly<{ caseId: string; reference: string; title: string }>;

export type TrashItem = Removed &
  (
    | (OfCase & Readonly<{ type: 'case' }>)
    | (OfCase & Readonly<{ type: 'event'; eventType: EventType; eventDate: string }>)
    | Readonly<{ type: 'meeting'; agreement: AgreementId; body: string; number: number | null; startsOn: string }>
  );

export type TrashPage = Readonly<{
  /** Most recently removed first. */
  items: readonly TrashItem[];
  /** The `before` of the next (older) page; null on the last page. */
  next: Readonly<{ removedAt: string; id: string }> | null;
}>;

export const trashListInput = z
  .object({
    before: z.object({ removedAt: z.string().max(40), id: z.string().max(100) }).strict().optional(),
    limit: z.int().min(1).max(200).default(100),
  })
  .strict();

export const trashApi = {
  'trash.list': query<TrashPage>()(trashListInput),
} as const;
