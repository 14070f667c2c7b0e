// The Trash: records removed by mistake, to restore (issue 6 §1). Each kind of
// record that can be removed lists its removed rows here.
import { z } from 'zod';
import { query } from '../api/method';
import type { EventType } from '../events/domain';

export const TRASH_TYPES = ['case', 'event'] as const;
export type TrashType = (typeof TRASH_TYPES)[number];

export type TrashItem = Readonly<{
  type: TrashType;
  id: string;
  removedAt: string;
  /** Who removed it, from the history. */
  removedBy: string;
  /** The case itself, or the case the event belongs to. */
  caseId: string;
  reference: string;
  title: string;
  eventType: EventType | null;
  eventDate: string | null;
  /** An event whose case is in the Trash too: restore the case first. */
  caseRemoved: boolean;
}>;

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
