// The one place every API call is served. Both hosts (Electron IPC and the
// loopback HTTP host) forward (method, input) here untouched; dispatch
// validates the input against the contract, runs the handler in one
// transaction and answers an ApiResponse. It never throws.
import { hostname, userInfo } from 'node:os';
import type Database from 'better-sqlite3';
import { contract, isFolderMethod, isMethod, type DataMethod } from '../shared/api/contract';
import type { ApiResponse, ErrorParams } from '../shared/api/errors';
import { translate } from '../shared/i18n/catalog';
import { localToday } from '../shared/domain/dates';
import { fieldErrors } from './fieldErrors';
import { createFailureLog, failureCause, failureError, type FailureLog } from './integrity/failures';
import { handlers } from './handlers';
import { HandlerFailure, type Handler, type HandlerContext } from './handlerTypes';

export type Dispatch = (method: string, input: unknown) => ApiResponse<unknown>;

export type DispatchOptions = Readonly<{
  /** The clock; tests fix it. "Today" is the local calendar date of now(). */
  now?: () => Date;
  /** The name of this computer in the history; defaults to the host name. */
  device?: string;
  /** The operating-system account in the history; defaults to the account this process runs under. */
  account?: string;
  /** This installation's id in the history (hosts pass installationDeviceId(), db/history/deviceId.ts); empty when not given. */
  deviceId?: string;
  /** Where failures are logged (one line each, the stack once per distinct error); tests listen here. */
  failureLog?: FailureLog;
}>;

export function createDispatch(db: Database.Database, options: DispatchOptions = {}): Dispatch {
  const now = options.now ?? (() => new Date());
  const device = options.device ?? hostname();
  const account = options.account ?? processAccount();
  const deviceId = options.deviceId ?? '';
  const logFailure = options.failureLog ?? createFailureLog();
  return function dispatch(method: string, input: unknown): ApiResponse<unknown> {
    try {
      // SECURITY: only own properties of the contract are methods ("toString"
      // or "__proto__" from a caller are unknown methods, not prototype lookups).
      // Folder methods (backups, recovery) are the data service's, never run inside a transaction here.
      if (typeof method !== 'string' || !isMethod(method) || isFolderMethod(method)) {
        return fail('unknown_method', 'no_method', { method: describeMethod(method) });
      }
      const parsed = contract[method].input.safeParse(input);
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid_input', reason: 'fields', message: translate('en', 'apiError.fields'), fields: fieldErrors(parsed.error, input) } };
      }
      const moment = now();
      const context: HandlerContext = { db, today: localToday(moment), at: moment.toISOString(), device, account, deviceId };
      const handler = handlers[method] as Handler<DataMethod>;
      // One transaction per call: a refused or failing call changes nothing.
      const run = db.transaction(() => handler(parsed.data as never, context));
      const result: unknown = contract[method].kind === 'query' ? run.deferred() : run.immediate();
      return { ok: true, result };
    } catch (error) {
      if (error instanceof HandlerFailure) {
        return { ok: false, error: error.error };
      }
      // By cause (a full disk, another copy writing, a damaged file…), so the
      // user learns what to do; a corrupt answer makes the data service stop
      // writing. SECURITY: SQLite's text and the stack go to the log only.
      const writing = typeof method === 'string' && isMethod(method) && contract[method].kind === 'command';
      const cause = failureCause(error, writing);
      logFailure(`[dispatch] ${describeMethod(method)}`, error, cause);
      return { ok: false, error: failureError(cause) };
    }
  };
}

function fail(code: 'unknown_method', reason: 'no_method', params?: ErrorParams): ApiResponse<never> {
  const message = translate('en', `apiError.${reason}`, params);
  return { ok: false, error: params === undefined ? { code, reason, message } : { code, reason, params, message } };
}

/** The account this process runs under; userInfo() throws where the user has no passwd entry (some containers). */
function processAccount(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env['USER'] ?? process.env['USERNAME'] ?? '';
  }
}

/** A short, safe label for a method name of any type (it came from outside). */
function describeMethod(method: unknown): string {
  return typeof method === 'string' ? JSON.stringify(method.slice(0, 100)) : `of type ${typeof method}`;
}
