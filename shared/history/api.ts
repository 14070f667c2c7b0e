// The history of every record: who changed what, on which device, when.
import { z } from 'zod';
import { query } from '../api/method';
import { SUBJECT_TYPES, type AuditEntry } from './domain';

export type HistoryPage = Readonly<{
  /** Newest first. */
  entries: readonly AuditEntry[];
  /** The `before` of the next (older) page; null on the last page. */
  next: number | null;
}>;

export const historyListInput = z
  .object({
    // Without a subject: the whole app's history (settings changes included).
    subject: z
      .object({
        type: z.enum(SUBJECT_TYPES),
        id: z.string().min(1).max(200),
      })
      .strict()
      .optional(),
    // Keyset paging: entries older than this id (the last id of the page before).
    before: z.int().min(1).optional(),
    limit: z.int().min(1).max(200).default(100),
  })
  .strict();

export const historyApi = {
  'history.list': query<HistoryPage>()(historyListInput),
} as const;
