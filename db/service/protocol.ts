// The messages between a host and its service worker (client.ts ↔ worker.ts).
// Calls are correlated by id; answers come back in the order the service
// serves them, which is not always the order they were sent (a command waits
// for the integrity check while queries go ahead).
import type { ApiResponse } from '../../shared/api/errors';

/** What the worker is started with (workerData). */
export type WorkerSetup = Readonly<{
  folder: string;
  readOnly: boolean;
  /** The computer's name in the history; defaults to the host name. */
  device?: string;
  /** This installation's id in the history (db/history/deviceId.ts). */
  deviceId?: string;
  /** The folder's lock as the host took it: checked before each write (lock.ts holdsLock). Absent when read-only. */
  lock?: Readonly<{ file: string; content: string }>;
}>;

export type HostMessage =
  | Readonly<{ type: 'call'; id: number; method: string; input: unknown }>
  | Readonly<{ type: 'close' }>
  /** The host's heartbeat found the lock taken over by another copy: write nothing more. */
  | Readonly<{ type: 'lockLost' }>;

export type WorkerMessage =
  | Readonly<{ type: 'started'; file: string }>
  /** The data file could not be opened: `name` is the error's class, `message` says why. */
  | Readonly<{ type: 'refused'; name: string; message: string; /** SQLite's or the system's error code, when it had one. */ code: string | null }>
  | Readonly<{ type: 'answer'; id: number; response: ApiResponse<unknown> }>
  /** The service found, before a write, that another copy holds the folder's lock now. */
  | Readonly<{ type: 'lockLost' }>
  | Readonly<{ type: 'closed' }>;
