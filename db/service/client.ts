// The host's side of the data service: takes the data folder's lock, starts
// the service on a worker thread (worker.ts) and forwards calls to it,
// answered asynchronously, so the host's own thread — Electron's main process,
// the browser host's HTTP server — never waits on the database (issue 7 §3).
import type { Worker } from 'node:worker_threads';
import type { ApiError, ApiResponse } from '../../shared/api/errors';
import { translate } from '../../shared/i18n/catalog';
import { startWorker, workerScript } from '../threads';
import { acquireFolderLock, lockLostLine, type FolderLock, type HostProgram, type LockOptions } from './lock';
import type { HostMessage, WorkerMessage, WorkerSetup } from './protocol';

export type ServiceWorkerOptions = Readonly<{
  folder: string;
  /** Which program holds the folder, for a second copy's refusal. */
  host: HostProgram;
  /** Look without writing: no lock is taken, commands are refused with `read_only`. */
  readOnly?: boolean;
  device?: string;
  /** This installation's id in the history (installationDeviceId, db/history/deviceId.ts). */
  deviceId?: string;
  /** The worker's script; by default the built one beside this bundle, else worker.ts. */
  workerFile?: string;
  /** Tests fix the lock's clock and heartbeat. */
  lock?: Omit<LockOptions, 'host' | 'onLost'>;
}>;

export type ServiceHandle = Readonly<{
  folder: string;
  file: string;
  readOnly: boolean;
  /** Serves one API call on the worker; never throws, never blocks this thread. */
  call: (method: string, input: unknown) => Promise<ApiResponse<unknown>>;
  /** Answers the calls already sent, closes the database (checkpointing its log), then releases the lock. */
  close: () => Promise<void>;
}>;

/** The service could not open the data file; `message` is meant for the user as it stands. */
export class ServiceStartError extends Error {
  override readonly name = 'ServiceStartError';
  constructor(
    /** The class of the error the service met: ForeignDatabaseError, DatabaseTooNewError, ReadOnlyUnavailableError, … */
    readonly kind: string,
    message: string,
    /** SQLite's or the system's error code, when the failure had one (SQLITE_FULL, EACCES…). */
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

/** How long a closing worker may take to finish its calls before it is stopped. */
const CLOSE_TIMEOUT_MS = 30_000;

const SERVER_FAILED: ApiError = { code: 'internal', reason: 'server_failed', message: translate('en', 'apiError.server_failed') };

/** out/main/worker.js in the desktop build; db/service/worker.ts from source. */
export function defaultWorkerFile(): string {
  return workerScript('worker', 'service/worker.ts');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Takes the folder's lock (unless read-only) and starts the service; rejects with FolderInUseError or ServiceStartError. */
export async function startServiceWorker(options: ServiceWorkerOptions): Promise<ServiceHandle> {
  const readOnly = options.readOnly ?? false;
  // The heartbeat may find the lock taken over (this copy was suspended long
  // enough for another to judge it gone, or someone replaced the file): the
  // service, which checks the file before each write anyway, stops at once.
  let tellLost: () => void = () => undefined;
  const lock: FolderLock | null = readOnly
    ? null
    : acquireFolderLock(options.folder, { ...options.lock, host: options.host, onLost: () => tellLost() });
  if (lock !== null && lock.tookOver !== null) {
    const previous = lock.tookOver === 'unreadable' ? 'an unreadable lock' : `the lock of process ${lock.tookOver.pid} (${lock.tookOver.host}, since ${lock.tookOver.startedAt})`;
    console.log(`[service] took over ${previous} in ${options.folder}: its holder is gone.`);
  }
  const setup: WorkerSetup = {
    folder: options.folder,
    readOnly,
    ...(options.device === undefined ? {} : { device: options.device }),
    ...(options.deviceId === undefined ? {} : { deviceId: options.deviceId }),
    ...(lock === null ? {} : { lock: { file: lock.file, content: lock.content } }),
  };
  let worker: Worker;
  try {
    worker = startWorker(options.workerFile ?? defaultWorkerFile(), setup);
  } catch (error) {
    lock?.release();
    throw error;
  }

  const pending = new Map<number, (response: ApiResponse<unknown>) => void>();
  let nextId = 1;
  let failure: string | null = null;
  let closing: Promise<void> | null = null;
  let exited = false;

  /** The worker is gone: every call waiting and every later one is answered server_failed; said once in the log. */
  function failed(reason: string): void {
    if (failure !== null) return;
    failure = reason;
    console.error(`[service] the data service for ${options.folder} stopped: ${reason}`);
    for (const resolve of pending.values()) resolve({ ok: false, error: SERVER_FAILED });
    pending.clear();
  }

  const file = await new Promise<string>((resolve, reject) => {
    const refuse = (error: Error) => {
      lock?.release();
      void worker.terminate();
      reject(error);
    };
    worker.once('error', (error) => refuse(new ServiceStartError(error.name, `the data service failed to start: ${describe(error)}`)));
    worker.once('exit', (code) => refuse(new ServiceStartError('Exit', `the data service stopped while starting (exit code ${code}).`)));
    worker.once('message', (message: WorkerMessage) => {
      worker.removeAllListeners('error');
      worker.removeAllListeners('exit');
      if (message.type === 'started') resolve(message.file);
      else if (message.type === 'refused') refuse(new ServiceStartError(message.name, message.message, message.code));
      else refuse(new ServiceStartError('Protocol', `the data service sent ${message.type} before starting.`));
    });
  });

  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'lockLost') lockLost();
    if (message.type !== 'answer') return;
    const resolve = pending.get(message.id);
    pending.delete(message.id);
    resolve?.(message.response);
  });
  // Logged once, with the stack: a crash is the one failure worth a full trace.
  worker.on('error', (error) => failed(error.stack ?? describe(error)));
  worker.on('exit', (code) => {
    exited = true;
    if (closing === null) failed(`its thread exited (code ${code})`);
  });

  function send(message: HostMessage): void {
    worker.postMessage(message);
  }
  let lostLogged = false;
  /** Found by the heartbeat here or by the service before a write: said once, and the service told (again is harmless). */
  function lockLost(): void {
    if (!lostLogged) console.error(lockLostLine(options.folder));
    lostLogged = true;
    if (failure === null && !exited) send({ type: 'lockLost' });
  }
  tellLost = lockLost;

  function call(method: string, input: unknown): Promise<ApiResponse<unknown>> {
    if (failure !== null || closing !== null) return Promise.resolve({ ok: false, error: SERVER_FAILED });
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      try {
        send({ type: 'call', id, method, input });
      } catch {
        // Not cloneable (a function, a symbol): no caller of ours sends that.
        pending.delete(id);
        resolve({ ok: false, error: { code: 'invalid_input', reason: 'bad_request', message: translate('en', 'apiError.bad_request') } });
      }
    });
  }

  function close(): Promise<void> {
    closing ??= new Promise<void>((done) => {
      if (exited) {
        lock?.release();
        done();
        return;
      }
      const timer = setTimeout(() => void worker.terminate(), CLOSE_TIMEOUT_MS);
      worker.once('exit', () => {
        clearTimeout(timer);
        // Anything still unanswered (a worker stopped by the timeout) gets an answer.
        for (const resolve of pending.values()) resolve({ ok: false, error: SERVER_FAILED });
        pending.clear();
        lock?.release();
        done();
      });
      if (failure !== null) void worker.terminate();
      else send({ type: 'close' });
    });
    return closing;
  }

  return { folder: options.folder, file, readOnly, call, close };
}
