// The opaque `next` of a list page: where the page ended (segment, sort value,
// key), what the first page counted, and how it chose to read, bound to the
// query it came from so it cannot be replayed against other filters.
// SECURITY: a cursor is only ever decoded into bound parameter values; a
// forged one can pick a wrong page of the same rows, never other SQL.
import type { SqlValue } from './table';

export type Cursor = Readonly<{
  /** Which segment of the order (segments.ts) the last row was in. */
  segment: number;
  /** The last row's sort value, null in a segment ordered by key alone. */
  value: SqlValue | null;
  key: number;
  total: number;
  /** The first page's count stopped at the cap: `total` is a lower bound. */
  lowerBound: boolean;
  walk: boolean;
}>;

const VERSION = 2;

export function encodeCursor(query: string, cursor: Cursor): string {
  const fields = [VERSION, fingerprint(query), cursor.segment, cursor.value, cursor.key, cursor.total, cursor.lowerBound ? 1 : 0, cursor.walk ? 1 : 0];
  return Buffer.from(JSON.stringify(fields), 'utf8').toString('base64url');
}

/** The cursor, or null when it is malformed or was made for another query. */
export function decodeCursor(query: string, text: string): Cursor | null {
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(fields) || fields.length !== 8) return null;
  const [version, print, segment, value, key, total, lowerBound, walk] = fields as unknown[];
  if (version !== VERSION || print !== fingerprint(query)) return null;
  if (!isCount(segment) || !Number.isSafeInteger(key) || !isCount(total) || !isFlag(lowerBound) || !isFlag(walk)) return null;
  if (value !== null && typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) return null;
  return { segment, value, key: key as number, total, lowerBound: lowerBound === 1, walk: walk === 1 };
}

function isFlag(value: unknown): value is 0 | 1 {
  return value === 0 || value === 1;
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** FNV-1a of the query's canonical text: enough to tell one query from another, not a secret. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
