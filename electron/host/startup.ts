// What both hosts do between "process started" and "serving": take the data
// folder's lock and start the data service on its worker thread (one writer
// per folder, a host thread that never waits on the database — issue 7 §3),
// then optionally load the sample casebook. Failures come back as one plain
// sentence for the user — never a stack trace (Signal: a refused database
// gets its own clear message).
import type { ApiResponse } from '../../shared/api/errors';
import { resolveDataFolder } from '../../db/dataFolder';
import { installationDeviceId } from '../../db/history/deviceId';
import { errorCodeOf, failureCause } from '../../db/integrity/failures';
import { ServiceStartError, startServiceWorker } from '../../db/service/client';
import { FolderInUseError, type HostProgram } from '../../db/service/lock';

export type OpenedData = Readonly<{
  folder: string;
  file: string;
  readOnly: boolean;
  /** The one dispatch, on the service's thread: answers later, never blocks the caller. */
  call: (method: string, input: unknown) => Promise<ApiResponse<unknown>>;
  /** Answers the calls already made, closes the database, releases the folder. */
  close: () => Promise<void>;
}>;

export type OpenOptions = Readonly<{
  host: HostProgram;
  demo: boolean;
  readOnly?: boolean;
  /** The service worker's script, when not the default (db/service/client.ts). */
  workerFile?: string;
  /** This installation's id in the history; by default the one kept for this user (db/history/deviceId.ts). Tests pass their own. */
  deviceId?: string;
}>;

/** A startup failure whose message is meant for the user as it stands. */
export class StartupError extends Error {
  override name = 'StartupError';
  constructor(
    message: string,
    /** Set when another copy holds the folder: the host may offer to open it read-only. */
    readonly inUse: boolean = false,
  ) {
    super(message);
  }
}

/** Errors whose messages already explain themselves (which file, what to do). */
const SELF_EXPLAINED = new Set(['ForeignDatabaseError', 'DatabaseTooNewError', 'ReadOnlyUnavailableError']);

/** What the user can do about a failure to open, by its cause (db/integrity/failures.ts); never SQLite's own text. */
const BY_CAUSE: Readonly<Record<string, string>> = {
  busy: 'another program is writing to the data file. Close it (or wait a moment) and start Commission Desk again.',
  disk_full: 'the disk is full. Free some space and start Commission Desk again; your data has not been changed.',
  read_only: 'the data file or its folder cannot be written. Check its permissions, or start with --read-only to read it.',
  corrupt: 'the data file is damaged and could not be opened. It has not been changed; the copies in the backups folder beside it can be restored.',
};

function userMessage(error: unknown, folder: string): string {
  if (error instanceof ServiceStartError && SELF_EXPLAINED.has(error.kind)) return error.message;
  const cause = failureCause(error, true);
  const known = BY_CAUSE[cause.code];
  if (known !== undefined) return `Commission Desk could not open its data in ${folder}: ${known}`;
  const code = errorCodeOf(error);
  // SQLite's or the system's words go to the log, not into the sentence the
  // user reads; one line, no stack (a failure to open is not a crash: the
  // worker's crashes are logged with theirs, db/service/client.ts).
  const name = error instanceof Error ? (error instanceof ServiceStartError ? error.kind : error.name) : typeof error;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  console.error(`[startup] opening ${folder} failed: ${code ?? name}: ${message}`);
  return `Commission Desk could not open its data in ${folder}${code === null ? '' : ` (${code})`}. The details are in the log; your data has not been changed.`;
}

/** Opens the data folder named by --data / the environment / the default. */
export async function openData(argv: readonly string[], env: NodeJS.ProcessEnv, options: OpenOptions): Promise<OpenedData> {
  const folder = resolveDataFolder({ argv: [...argv], env });
  let service;
  try {
    service = await startServiceWorker({
      folder,
      host: options.host,
      readOnly: options.readOnly ?? false,
      deviceId: options.deviceId ?? installationDeviceId({ env }),
      ...(options.workerFile === undefined ? {} : { workerFile: options.workerFile }),
    });
  } catch (error) {
    if (error instanceof FolderInUseError) throw new StartupError(`The data folder ${folder} is in use by ${error.heldBy}.`, true);
    throw new StartupError(userMessage(error, folder));
  }
  if (options.demo) {
    const answer = await service.call('demo.load', {});
    // 'conflict' means the sample casebook is already there: nothing to do.
    if (!answer.ok && answer.error.code !== 'conflict') {
      await service.close();
      throw new StartupError(`Commission Desk could not load the sample casebook: ${answer.error.message}`);
    }
  }
  return { folder, file: service.file, readOnly: service.readOnly, call: service.call, close: service.close };
}
