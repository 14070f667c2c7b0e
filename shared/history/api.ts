// The history of every record: who changed what, on which device, when.
import { z } from 'zod';
import { emptyInput } from '../api/fields';
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

/**
 * history.verify: whether every entry still matches the hash it was recorded
 * with and follows the one before it (db/history/chain.ts). `entries` counts
 * the entries that check out — all of them, or those before the first bad one.
 */
export type HistoryVerification = Readonly<
  | { intact: true; entries: number }
  | {
      intact: false;
      entries: number;
      firstBad: Readonly<{
        id: number;
        /** When the entry says it was made (as stored, which may itself be what was changed). */
        at: string;
        /** altered: its content is not what was recorded; unlinked: an entry before it was removed or slipped in. */
        problem: 'altered' | 'unlinked';
      }>;
    }
>;

export const historyApi = {
  'history.list': query<HistoryPage>()(historyListInput),
  'history.verify': query<HistoryVerification>()(emptyInput),
} as const;
