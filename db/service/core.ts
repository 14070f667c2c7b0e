// The data service: the one owner of a data folder's database. Both hosts
// talk to it (through db/service's worker in the app, directly in tests). It
// opens the file, has it checked before anything is written to it, serves
// every call one at a time — data methods through the one `dispatch`, folder
// methods (backups, recovery) with the service at hand — and stops writing
// the moment the file is found damaged (issue 7 §1).
import type Database from 'better-sqlite3';
import { contract, isFolderMethod, isMethod, type FolderMethod } from '../../shared/api/contract';
import type { ApiResponse } from '../../shared/api/errors';
import { translate } from '../../shared/i18n/catalog';
import type { DamageReport, SystemStatus } from '../../shared/system/api';
import { backupDailyIfDue, backupOnClose } from '../backups/automatic';
import { databaseFile } from '../dataFolder';
import { closeUntouched } from '../integrity/closeUntouched';
import { createDispatch, type Dispatch, type DispatchOptions } from '../dispatch';
import { fieldErrors } from '../fieldErrors';
import { folderHandlers } from '../folderHandlers';
import { HandlerFailure, readOnlyCopy } from '../handlerTypes';
import { DamagedDatabaseError, DatabaseTooNewError, ForeignDatabaseError, openDataFile, prepareDatabase } from '../open';
import type { FolderContext, FolderHandler } from './folderTypes';
import { openReadOnly, ReadOnlyUnavailableError } from './readOnly';

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
  close: () => Promise<void>;
}>;

/**
 * Opens the folder's data file and starts checking it. A file that is not ours
 * or too new is refused (ForeignDatabaseError / DatabaseTooNewError, as at
 * startup); a file SQLite cannot read opens the service in the damaged state,
 * so the user reaches the recovery screen rather than a failure to start.
 */
export async function startDataService(options: ServiceOptions): Promise<DataService> {
  const { folder, checkIntegrity } = options;
  const readOnly = options.readOnly ?? false;
  const file = databaseFile(folder);
  const now = options.now ?? (() => new Date());

  let db: Database.Database | null = null;
  let dispatch: Dispatch | null = null;
  let state: SystemStatus['state'] = 'checking';
  let damage: DamageReport | null = null;
  let checking: Promise<void> = Promise.resolve();
  // Which open a check belongs to: the answer of a check of a file since swapped is ignored.
  let opens = 0;
  // One call at a time: a folder method may close and swap the file under the others.
  let queue: Promise<unknown> = Promise.resolve();
  // The UTC day whose daily backup was last seen to: listing the backups once a day, not at every call.
  let backedUpDay: string | null = null;

  function markDamaged(cause: DamageReport['cause'], detail: string): void {
    state = 'damaged';
    damage = { cause, detail, foundAt: now().toISOString() };
    // Never written to again: the recovery screen works from the file as it is.
    if (db !== null) closeUntouched(db);
    db = null;
    dispatch = null;
  }

  async function open(full: boolean): Promise<void> {
    const current = (opens += 1);
    state = 'checking';
    damage = null;
    // openDataFile writes nothing to an up-to-date file; one due for a migration it checks first.
    let checked = false;
    try {
      if (readOnly) db = openReadOnly(file);
      else {
        const opened = await openDataFile(file);
        db = opened.db;
        checked = opened.checked;
        full ||= opened.uncleanShutdown;
      }
      dispatch = createDispatch(db, options);
    } catch (error) {
      if (error instanceof ForeignDatabaseError || error instanceof DatabaseTooNewError || error instanceof ReadOnlyUnavailableError) throw error;
      if (error instanceof DamagedDatabaseError) {
        markDamaged(error.outcome.cause, error.outcome.detail);
        return;
      }
      const cause = damageCause(error);
      if (cause === null) throw error;
      markDamaged(cause, error instanceof Error ? error.message : String(error));
      return;
    }
    // Checked just now, before its migration: once per version is enough.
    if (checked) {
      state = 'ready';
      checking = Promise.resolve();
      return;
    }
    checking = checkIntegrity(file, { full }).then(
      (outcome) => {
        if (state !== 'checking' || current !== opens) return;
        if (outcome.ok) becomeReady();
        else markDamaged(outcome.cause, outcome.detail);
      },
      (error: unknown) => {
        // A check that could not run proves nothing either way: keep serving, say so in the log.
        console.error(`[service] the integrity check of ${file} could not run: ${error instanceof Error ? error.message : String(error)}`);
        if (state === 'checking' && current === opens) becomeReady();
      },
    );
  }

  /** The file passed its check: the first writes are the app's own (reference data, recomputed limits). */
  function becomeReady(): void {
    if (db !== null && !readOnly) {
      try {
        prepareDatabase(db);
      } catch (error) {
        const cause = damageCause(error);
        if (cause !== null) return markDamaged(cause, error instanceof Error ? error.message : String(error));
        // Stale reference data is no reason to refuse the user's own: serve, and say so in the log.
        console.error(`[service] refreshing the reference data of ${file} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    state = 'ready';
  }

  function status(): SystemStatus {
    return { state, folder, file, damage };
  }

  const context = (): FolderContext => ({
    folder,
    file,
    at: now().toISOString(),
    readOnly,
    database: () => db,
    status,
    reopenAfter: async (swap) => {
      // Swapping the file (a restore) is a write like any other.
      if (readOnly) throw readOnlyCopy();
      // Closed without SQLite's checkpoint: the file may be the damaged one
      // (recovery.check found it so, a restore over it) and is kept as it is
      // until the swap; what its log holds is read again when it reopens.
      if (db !== null) closeUntouched(db);
      db = null;
      dispatch = null;
      try {
        await swap();
      } finally {
        // The file may have been replaced: check all of it.
        await open(true);
      }
    },
  });

  async function serveFolder(method: FolderMethod, input: unknown): Promise<ApiResponse<unknown>> {
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid_input', reason: 'fields', message: translate('en', 'apiError.fields'), fields: fieldErrors(parsed.error, input) } };
    }
    try {
      const handler = folderHandlers[method] as FolderHandler<FolderMethod>;
      return { ok: true, result: await handler(parsed.data as never, context()) };
    } catch (error) {
      if (error instanceof HandlerFailure) return { ok: false, error: error.error };
      console.error(`[service] ${method} failed:`, error);
      return { ok: false, error: { code: 'internal', reason: 'server_failed', message: translate('en', 'apiError.server_failed') } };
    }
  }

  function serveData(method: string, input: unknown): ApiResponse<unknown> {
    if (dispatch === null) {
      return { ok: false, error: { code: 'corrupt', reason: 'damaged', message: translate('en', 'apiError.damaged') } };
    }
    const response = dispatch(method, input);
    // Damage met in the middle of work is treated as damage found at open.
    if (!response.ok && response.error.code === 'corrupt') markDamaged('damaged', response.error.message);
    return response;
  }

  async function call(method: string, input: unknown): Promise<ApiResponse<unknown>> {
    const known = typeof method === 'string' && isMethod(method);
    if (readOnly && known && contract[method].kind === 'command') return { ok: false, error: readOnlyCopy().error };
    // Writes wait for the check: nothing is written to a file not yet known to be sound.
    if (known && contract[method].kind === 'command') await checking;
    const served = queue.then(() => (known && isFolderMethod(method) ? serveFolder(method, input) : serveData(method, input)));
    // The day's backup runs after the call that found the new day, so that call's answer is not delayed.
    queue = served.then(backupIfNewDay).catch(() => undefined);
    return served;
  }

  /** Once per UTC day of calls: the day's copy, when something changed since the newest one. */
  async function backupIfNewDay(): Promise<void> {
    const day = now().toISOString().slice(0, 10);
    if (day === backedUpDay || db === null || state !== 'ready') return;
    backedUpDay = day;
    await backupDailyIfDue(db, folder, now());
  }

  await open(false);
  return {
    folder,
    file,
    readOnly,
    call,
    status,
    checked: () => checking,
    close: async () => {
      await queue;
      // Never of a file found damaged or not yet checked: a copy must be one worth restoring.
      if (db !== null && state === 'ready') await backupOnClose(db, folder, now());
      // A file not yet through its check may be damaged: no checkpoint into it (the next start checks it again).
      if (db !== null) {
        if (state === 'ready') db.close();
        else closeUntouched(db);
      }
      db = null;
      dispatch = null;
    },
  };
}


/** SQLite's codes for a file it cannot read as a database; null for any other failure. */
export function damageCause(error: unknown): DamageReport['cause'] | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_INDEX' || code === 'SQLITE_CORRUPT_SEQUENCE' || code === 'SQLITE_CORRUPT_VTAB') return 'damaged';
  if (code === 'SQLITE_NOTADB') return 'unreadable';
  return null;
}
