// What went wrong, by cause (issue 7 §1): a full disk, another copy holding
// the write lock, a file that cannot be written and a damaged file each get
// their own error code, so the user is told what to do; everything else is
// `internal`. And how a failure is logged: one line with its cause each time,
// the stack only the first time the same error is met (198 failed writes on a
// full disk used to log 1,585 lines).
import type { ApiError, ErrorCode, ErrorReason } from '../../shared/api/errors';
import { translate } from '../../shared/i18n/catalog';

export type FailureCause = Readonly<{ code: Extract<ErrorCode, 'busy' | 'disk_full' | 'read_only' | 'corrupt' | 'internal'>; reason: ErrorReason }>;

const BUSY: FailureCause = { code: 'busy', reason: 'database_busy' };
const DISK_FULL: FailureCause = { code: 'disk_full', reason: 'disk_full' };
const READ_ONLY: FailureCause = { code: 'read_only', reason: 'read_only' };
const CORRUPT: FailureCause = { code: 'corrupt', reason: 'damaged' };
const INTERNAL: FailureCause = { code: 'internal', reason: 'server_failed' };

/** SQLite's result code (better-sqlite3's SqliteError, extended codes on) or Node's errno code. */
export function errorCodeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * The cause of a failure. `writing`: the call was a command, so a file SQLite
 * could not open (SQLITE_CANTOPEN: the -wal or -journal beside a read-only
 * file) means the data cannot be written, not that something broke.
 */
export function failureCause(error: unknown, writing: boolean): FailureCause {
  const code = errorCodeOf(error);
  if (code === null) return INTERNAL;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return BUSY;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return DISK_FULL;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return READ_ONLY;
  if (writing && (code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EPERM')) return READ_ONLY;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return CORRUPT;
  return INTERNAL;
}

/** The answer for a failure of this cause: a fixed message, never SQLite's text (that goes to the log). */
export function failureError(cause: FailureCause): ApiError {
  return { code: cause.code, reason: cause.reason, message: translate('en', `apiError.${cause.reason}` as const) };
}

/** How many distinct errors keep their "stack already logged" mark; the oldest is forgotten first. */
const REMEMBERED = 200;

export type FailureLog = (scope: string, error: unknown, cause: FailureCause) => void;

/**
 * A logger that writes one line per failure — where, the cause, SQLite's code
 * and message — and the stack only with the first occurrence of each distinct
 * error (same name, code and message).
 */
export function createFailureLog(write: (line: string) => void = (line) => console.error(line)): FailureLog {
  const seen = new Set<string>();
  return (scope, error, cause) => {
    const code = errorCodeOf(error);
    const name = error instanceof Error ? error.name : typeof error;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    const line = `${scope} failed: ${cause.code} (${code ?? name}: ${message})`;
    const signature = `${name}\u0000${code ?? ''}\u0000${message}`;
    if (seen.has(signature) || !(error instanceof Error) || error.stack === undefined) {
      write(line);
      return;
    }
    seen.add(signature);
    if (seen.size > REMEMBERED) seen.delete(seen.values().next().value as string);
    write(`${line}\n${error.stack}`);
  };
}
