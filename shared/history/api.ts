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

/** The first entry that does not match its seal (db/history/chain.ts). */
export type ChainBreak = Readonly<{
  id: number;
  /** When the entry says it was made (as stored, which may itself be what was changed). */
  at: string;
  /** altered: its content is not what was recorded; unlinked: an entry before it was removed or slipped in. */
  problem: 'altered' | 'unlinked';
}>;

/**
 * The history compared with a backup (db/history/backupComparison.ts): the
 * chain cannot show entries cut off its end, or a chain recomputed whole, but
 * a backup holds the last entry it had, with its hash.
 */
export type BackupMismatch = Readonly<{
  /** The backup's file name and when it was taken. */
  backup: Readonly<{ name: string; at: string }>;
  /** The backup's last entry. */
  entry: number;
  /** shortened: that entry is no longer in the history; rewritten: it is, but not as the backup holds it. */
  problem: 'shortened' | 'rewritten';
}>;

/** The append-only guards of the history found missing (or changed) at an open, and put back then. */
export type GuardsRestored = Readonly<{ at: string; guards: readonly string[] }>;

/**
 * history.verify: whether every entry still matches the hash it was recorded
 * with and follows the one before it (db/history/chain.ts), and whether the
 * history still holds the last entry of each backup as that backup holds it.
 * `entries` counts the entries that check out — all of them, or those before
 * the first bad one. `guardsRestored`, present only when it happened: the
 * times the append-only guards were found removed and put back.
 */
export type HistoryVerification = Readonly<
  | { intact: true; entries: number; guardsRestored?: readonly GuardsRestored[] }
  | {
      intact: false;
      entries: number;
      /** Present when the chain itself is broken. */
      firstBad?: ChainBreak;
      /** Present when the history no longer holds what a backup holds. */
      sinceBackup?: BackupMismatch;
      guardsRestored?: readonly GuardsRestored[];
    }
>;

/** What the chain alone says (verifyHistoryChain); history.verify adds the backups' word. */
export type ChainVerification = Readonly<{ intact: true; entries: number } | { intact: false; entries: number; firstBad: ChainBreak }>;

export const historyApi = {
  'history.list': query<HistoryPage>()(historyListInput),
  'history.verify': query<HistoryVerification>()(emptyInput),
} as const;
