// The data service: the one owner of a data folder's database. Both hosts
// talk to it (through db/service's worker in the app, directly in tests). It
// opens the file, has it checked before anything is written to it, serves
// every call one at a time — data methods through the one `dispatch`, folder
// methods (backups, recovery) with the service at hand — and stops writing
// the moment the file is found damaged (issue 7 §1) or another copy took its
// folder's lock over. A write that meets another program's lock is tried
// again on a timer, reads served meanwhile (schedule.ts).
import type Database from 'better-sqlite3';
import { contract, isFolderMethod, isMethod, type FolderMethod } from '../../shared/api/contract';
import type { ApiError, ApiResponse } from '../../shared/api/errors';
import { translate } from '../../shared/i18n/catalog';
import type { BackupFailure, DamageReport, SystemStatus } from '../../shared/system/api';
import { backupDailyIfDue, backupOnClose } from '../backups/automatic';
import { databaseFile } from '../dataFolder';
import { closeUntouched } from '../integrity/closeUntouched';
import { createFailureLog, failureCause, failureError, type FailureLog } from '../integrity/failures';
import { createDispatch, type Dispatch, type DispatchOptions } from '../dispatch';
import { fieldErrors } from '../fieldErrors';
import { folderHandlers } from '../folderHandlers';
import { HandlerFailure, readOnlyCopy } from '../handlerTypes';
import { DamagedDatabaseError, DatabaseTooNewError, ForeignDatabaseError, openDataFile, prepareDatabase } from '../open';
import type { FolderContext, FolderHandler } from './folderTypes';
import { openReadOnly, ReadOnlyUnavailableError } from './readOnly';
import { lockLostLine } from './lock';
import { backupFailureCause, damageCause, folderFailureCause } from './causes';
import { createScheduler, retryWhileBusy } from './schedule';
import { ATTEMPT_BUSY_TIMEOUT_MS, BACKUP_RETRY_MS, BUSY_DEADLINE_MS, type DataService, type ServiceOptions } from './serviceTypes';

export { backupFailureCause, damageCause, folderFailureCause } from './causes';
export * from './serviceTypes';

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
  const schedule = createScheduler();
  const attemptBusyTimeout = options.attemptBusyTimeoutMs ?? ATTEMPT_BUSY_TIMEOUT_MS;
  const busyDeadline = options.busyDeadlineMs ?? BUSY_DEADLINE_MS;
  // The UTC day whose daily backup was seen to (made, or not needed): listing the backups once a day, not at every call.
  let backedUpDay: string | null = null;
  // After a failed daily copy: not tried again before this time (service clock, ms).
  let backupRetryAt = 0;
  let backupFailure: BackupFailure | null = null;
  // The day's copy while it is being taken and checked (startDailyBackup).
  let runningBackup: Promise<void> | null = null;
  let lockLost = false;
  // One line per failure, the stack once per distinct error (db/integrity/failures.ts).
  const logFailure = options.failureLog ?? createFailureLog();
  // A busy attempt is not logged (it is tried again); the last one is, when its call gives up.
  let busyMet: Parameters<FailureLog> | null = null;
  const dispatchOptions: DispatchOptions = {
    ...options,
    failureLog: (scope, error, cause) => {
      if (cause.code === 'busy') busyMet = [scope, error, cause];
      else logFailure(scope, error, cause);
    },
  };

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
        db.pragma(`busy_timeout = ${attemptBusyTimeout}`);
      }
      dispatch = createDispatch(db, dispatchOptions);
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
        if (outcome.ok) return becomeReady(current);
        markDamaged(outcome.cause, outcome.detail);
      },
      (error: unknown) => {
        // A check that could not run proves nothing either way: keep serving, say so in the log.
        console.error(`[service] the integrity check of ${file} could not run: ${error instanceof Error ? error.message : String(error)}`);
        if (state === 'checking' && current === opens) return becomeReady(current);
      },
    );
  }

  /**
   * The file passed its check: the first writes are the app's own (reference
   * data, recomputed limits), before any change waiting for the check. Against
   * another program's lock they are tried again like a change, reads served
   * meanwhile; still locked out at the deadline, the app serves with the
   * reference data as it is.
   */
  async function becomeReady(current: number): Promise<void> {
    if (!readOnly && holdsFolderNow()) {
      const outcome = await retryWhileBusy(() => schedule.exclusive(() => prepareOnce(current)), (result) => result === 'busy', {
        deadline: performance.now() + busyDeadline,
      });
      if (outcome === 'busy') console.error(`[service] refreshing the reference data of ${file} failed: another program held the write lock`);
    }
    if (state === 'checking' && current === opens) state = 'ready';
  }

  function prepareOnce(current: number): 'done' | 'busy' | 'gone' {
    // Reopened, closed or found damaged meanwhile: nothing to refresh in this open.
    if (db === null || state !== 'checking' || current !== opens) return 'gone';
    try {
      prepareDatabase(db);
    } catch (error) {
      const cause = damageCause(error);
      if (cause !== null) {
        markDamaged(cause, error instanceof Error ? error.message : String(error));
        return 'gone';
      }
      if (failureCause(error, true).code === 'busy') return 'busy';
      // Stale reference data is no reason to refuse the user's own: serve, and say so in the log.
      console.error(`[service] refreshing the reference data of ${file} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 'done';
  }

  function status(): SystemStatus {
    return { state, folder, file, damage, backupFailure };
  }

  /** Whether this copy may still write: asked right before each write, so a lock taken over meanwhile is seen. */
  function holdsFolderNow(): boolean {
    if (!lockLost && options.holdsFolder !== undefined && !options.holdsFolder()) loseLock();
    return !lockLost;
  }

  function loseLock(): void {
    if (lockLost) return;
    lockLost = true;
    if (options.onLockLost !== undefined) options.onLockLost();
    else console.error(lockLostLine(folder));
  }

  const context = (): FolderContext => ({
    folder,
    file,
    at: now().toISOString(),
    // A copy whose lock was taken over must not write either: folder methods refuse as for a read-only copy.
    readOnly: readOnly || lockLost,
    database: () => db,
    status,
    reopenAfter: async (swap) => {
      // Swapping the file (a restore) is a write like any other.
      if (readOnly || lockLost) throw readOnlyCopy();
      await runningBackup;
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
    if (method !== 'system.status') holdsFolderNow();
    try {
      const handler = folderHandlers[method] as FolderHandler<FolderMethod>;
      const result = await handler(parsed.data as never, context());
      // A copy the user made is as good as the automatic one that failed.
      if (method === 'backups.create') backupFailure = null;
      return { ok: true, result };
    } catch (error) {
      if (error instanceof HandlerFailure) {
        // Refused as a read-only copy because the lock was lost: say so.
        return { ok: false, error: lockLost && !readOnly && error.error.reason === 'read_only_copy' ? LOCK_LOST : error.error };
      }
      const cause = folderFailureCause(error);
      logFailure(`[service] ${method}`, error, cause);
      return { ok: false, error: failureError(cause) };
    }
  }

  /** One attempt of a data method on the connection; `busy`: SQLite's error when another program held the lock. */
  function serveData(method: string, input: unknown, writing: boolean): Attempt {
    if (dispatch === null) {
      return { answer: { ok: false, error: { code: 'corrupt', reason: 'damaged', message: translate('en', 'apiError.damaged') } }, busy: null };
    }
    if (writing && !holdsFolderNow()) return { answer: { ok: false, error: LOCK_LOST }, busy: null };
    busyMet = null;
    const answer = dispatch(method, input);
    const busy = busyMet;
    busyMet = null;
    // Damage met in the middle of work is treated as damage found at open.
    if (!answer.ok && answer.error.code === 'corrupt') markDamaged('damaged', answer.error.message);
    return { answer, busy };
  }

  /** A data method, tried again while another program holds the write lock, until the deadline; logged once if it gives up. */
  async function serveDataRetrying(method: string, input: unknown, writing: boolean, arrived: number): Promise<ApiResponse<unknown>> {
    const last = await retryWhileBusy(() => schedule.exclusive(() => serveData(method, input, writing)), (attempt) => attempt.busy !== null, {
      deadline: arrived + busyDeadline,
    });
    if (last.busy !== null) logFailure(...last.busy);
    return last.answer;
  }

  async function call(method: string, input: unknown): Promise<ApiResponse<unknown>> {
    const arrived = performance.now();
    const known = typeof method === 'string' && isMethod(method);
    const kind = known ? contract[method].kind : null;
    if (readOnly && kind === 'command') return { ok: false, error: readOnlyCopy().error };
    let served: Promise<ApiResponse<unknown>>;
    if (kind === 'command') {
      served = schedule.inOrder(async () => {
        // Writes wait for the check: nothing is written to a file not yet known to be sound.
        await checking;
        return serveDataRetrying(method, input, true, arrived);
      });
    } else if (known && isFolderMethod(method)) {
      // Folder methods may write or swap the file, so they keep their place among the changes;
      // the service's state is only read (and polled), so it never waits behind one.
      const serve = () => schedule.exclusive(() => serveFolder(method, input));
      served = method === 'system.status' ? serve() : schedule.inOrder(serve);
    } else {
      served = serveDataRetrying(method, input, false, arrived);
    }
    // The day's backup runs after the call that found the new day, so that call's answer is not delayed.
    void served.then(startDailyBackup).catch(() => undefined);
    return served;
  }

  /**
   * Not holding the connection: the online backup API copies a few pages at
   * a time between other calls (SQLite carries their writes into the copy),
   * and the copy's check runs on a thread of its own (db/backups/checkWorker.ts)
   * — 20 s at 100,000 cases during which the app keeps answering. A restore
   * or quitting waits for it.
   */
  function startDailyBackup(): void {
    if (runningBackup !== null) return;
    runningBackup = backupIfNewDay().finally(() => {
      runningBackup = null;
    });
  }

  /**
   * Once per UTC day of calls: the day's copy, when something changed since
   * the newest one. A failed copy is shown in the status and tried again
   * BACKUP_RETRY_MS later (at the next call after that), not at every call.
   */
  async function backupIfNewDay(): Promise<void> {
    const moment = now();
    const day = moment.toISOString().slice(0, 10);
    if (day === backedUpDay || moment.getTime() < backupRetryAt || db === null || state !== 'ready' || !holdsFolderNow()) return;
    const failures: unknown[] = [];
    await backupDailyIfDue(db, folder, moment, (error) => failures.push(error));
    if (failures.length > 0) {
      backupFailure = { at: moment.toISOString(), cause: backupFailureCause(failures[0]) };
      backupRetryAt = moment.getTime() + BACKUP_RETRY_MS;
      return;
    }
    // Made, or not needed (nothing changed since the newest copy, or the day has one): either way the data is kept.
    backedUpDay = day;
    backupRetryAt = 0;
    backupFailure = null;
  }

  await open(false);
  return {
    folder,
    file,
    readOnly,
    call,
    status,
    checked: () => checking,
    idle: async () => {
      await schedule.settled();
      // A call's answer comes before the backup it starts: let that start first.
      await new Promise((resolve) => setImmediate(resolve));
      await runningBackup;
    },
    lockLost: loseLock,
    close: async () => {
      await schedule.settled();
      await runningBackup;
      // Never of a file found damaged or not yet checked, nor of a folder another copy now holds: a copy must be one worth restoring.
      if (db !== null && state === 'ready' && holdsFolderNow()) await backupOnClose(db, folder, now());
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

type Attempt = Readonly<{ answer: ApiResponse<unknown>; busy: Parameters<FailureLog> | null }>;

const LOCK_LOST: ApiError = { code: 'busy', reason: 'lock_lost', message: translate('en', 'apiError.lock_lost') };
