// What the data service (core.ts) is given and what it offers, and the
// limits it works within.
import type { ApiResponse } from '../../shared/api/errors';
import type { DamageReport, SystemStatus } from '../../shared/system/api';
import type { DispatchOptions } from '../dispatch';

/**
 * How long one attempt of a write waits on the connection for another
 * program's lock before the service tries again later: short, because the
 * thread serves nothing else meanwhile (better-sqlite3 waits synchronously).
 */
export const ATTEMPT_BUSY_TIMEOUT_MS = 150;
/** How long a call keeps trying against another program's lock, from its arrival, before it answers `busy`. */
export const BUSY_DEADLINE_MS = 5_000;
/** A failed daily backup is tried again after this long, on the next call (not at every call). */
export const BACKUP_RETRY_MS = 10 * 60_000;

/** What a check of the data file found: nothing wrong, or SQLite's words for the damage. */
export type IntegrityOutcome = Readonly<{ ok: true }> | Readonly<{ ok: false; cause: DamageReport['cause']; detail: string }>;

/**
 * Checks the file on its own read-only connection; must not block the service
 * for long. `full`: integrity_check rather than quick_check (after an unclean
 * shutdown or a swap of the file).
 */
export type IntegrityCheck = (file: string, options?: Readonly<{ full?: boolean }>) => Promise<IntegrityOutcome>;

export type ServiceOptions = DispatchOptions &
  Readonly<{
    folder: string;
    checkIntegrity: IntegrityCheck;
    /**
     * Look, never write (`--read-only`, for a folder another copy holds): the
     * file is opened read-only and commands are refused with `read_only`.
     */
    readOnly?: boolean;
    /**
     * Whether this copy still holds the folder's lock (lock.ts holdsLock),
     * asked before each write: once false, nothing more is written and
     * changes are refused with `lock_lost`. Absent: the folder is not locked
     * (tests).
     */
    holdsFolder?: () => boolean;
    /** Called once when this copy finds its lock lost (the worker tells its host, which logs it); by default one line in the log. */
    onLockLost?: () => void;
    /** Tests shorten these: one attempt's wait on the connection, and the whole call's. */
    attemptBusyTimeoutMs?: number;
    busyDeadlineMs?: number;
  }>;

export type DataService = Readonly<{
  folder: string;
  file: string;
  readOnly: boolean;
  /** Serves one API call; never throws. */
  call: (method: string, input: unknown) => Promise<ApiResponse<unknown>>;
  status: () => SystemStatus;
  /** Settles when the current check of the file is over (whatever it found). */
  checked: () => Promise<void>;
  /** Settles once the calls made so far, and the day's backup any of them started, are over. */
  idle: () => Promise<void>;
  /** The host's heartbeat found the lock taken over: write nothing more. */
  lockLost: () => void;
  close: () => Promise<void>;
}>;
