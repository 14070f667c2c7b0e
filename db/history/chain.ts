// The history as a hash chain (issue 7 §4, "an audit trail that can be
// believed"). Each entry stores the SHA-256 of its own content together with
// the hash of the entry before it, so rewriting an entry, removing one from
// the middle or slipping one in breaks the chain from that entry on — even
// when done by direct SQL with the append-only triggers dropped.
//
// What the chain cannot show on its own: the newest entries cut off the end,
// or a whole chain recomputed by someone who rewrites every later entry too.
// Backups hold earlier heads of the chain to compare against
// (backupComparison.ts).
//
// The serialization below is a stored format: every existing hash depends on
// it. Change it only with a new tag and keep verifying entries of the old one.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ChainVerification } from '../../shared/history/api';
import { statement } from '../statements';

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);
const FORMAT = 'commission-desk-audit-1';

/** An entry as stored, in its column order; before and after as their stored JSON text. */
export type ChainedRow = Readonly<{
  id: number;
  at: string;
  actor: string;
  actorAccount: string;
  device: string;
  deviceId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  parentType: string | null;
  parentId: string | null;
  before: string | null;
  after: string | null;
  prevHash: string;
}>;

/**
 * SHA-256 over a JSON array of the entry's fields in a fixed order: JSON
 * quotes every string and writes null distinctly, so no two different
 * entries serialize alike.
 */
export function entryHash(row: ChainedRow): string {
  const canonical = JSON.stringify([
    FORMAT,
    row.id,
    row.at,
    row.actor,
    row.actorAccount,
    row.device,
    row.deviceId,
    row.action,
    row.subjectType,
    row.subjectId,
    row.parentType,
    row.parentId,
    row.before,
    row.after,
    row.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The string as SQLite will store it: UTF-8 cannot hold a lone surrogate and
 * the driver replaces it with U+FFFD, so the hash is taken over the same
 * replacement or the entry would never verify. (Free text is refused before
 * it gets here; an OS account or computer name is not ours to refuse.)
 */
export function asStored(value: string): string {
  return value.replace(LONE_SURROGATES, '\uFFFD');
}

/** The id and hash of the newest entry; null while the history is empty. */
export function chainHead(db: Database.Database): Readonly<{ id: number; hash: string }> | null {
  const row = statement(db, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  return row ?? null;
}

export const CHAINED_COLUMNS = `id, at, actor, actor_account AS actorAccount, device, device_id AS deviceId, action,
  subject_type AS subjectType, subject_id AS subjectId, parent_type AS parentType, parent_id AS parentId,
  before, after, prev_hash AS prevHash`;

/**
 * Reads the whole history oldest first and checks each entry against its
 * stored hash and against the hash of the entry before it. Answers the
 * first entry that does not match: "altered" when its content is not what was
 * hashed, "unlinked" when it does not follow the entry before it (an entry
 * removed or slipped in just before it). Called by history.verify and at
 * backup time.
 */
export function verifyHistoryChain(db: Database.Database): ChainVerification {
  let previous = GENESIS_HASH;
  let entries = 0;
  // iterate() streams the rows: a long history is never held in memory whole.
  for (const row of statement(db, `SELECT ${CHAINED_COLUMNS}, hash FROM audit_log ORDER BY id`).iterate() as IterableIterator<ChainedRow & { hash: string }>) {
    if (row.prevHash !== previous) return { intact: false, entries, firstBad: { id: row.id, at: row.at, problem: 'unlinked' } };
    if (entryHash(row) !== row.hash) return { intact: false, entries, firstBad: { id: row.id, at: row.at, problem: 'altered' } };
    previous = row.hash;
    entries += 1;
  }
  return { intact: true, entries };
}
