// The whole backend typed as one map from method to handler (Actual Budget's
// `Handlers`): a handler receives the parsed input of its method and must
// return exactly that method's result type.
import type Database from 'better-sqlite3';
import type { DataMethod, ParsedInput, Result } from '../shared/api/contract';
import type { ApiError, FieldErrorCode } from '../shared/api/errors';
import { translate } from '../shared/i18n/catalog';
import { fieldError } from './fieldErrors';

export type HandlerContext = Readonly<{
  db: Database.Database;
  /** The official's local calendar date, YYYY-MM-DD. */
  today: string;
  /** ISO timestamp of this call, written to createdAt/updatedAt and the audit log. */
  at: string;
  /** The computer this call runs on, written to the history with each change. */
  device: string;
  /** The operating-system account the app runs under, written to the history beside the display name. */
  account: string;
  /** The id generated once for this installation (db/history/deviceId.ts); written to the history. */
  deviceId: string;
}>;

export type Handler<M extends DataMethod> = (input: ParsedInput<M>, context: HandlerContext) => Result<M>;

/** Every method served inside a transaction; folder methods are db/service's (db/folderHandlers.ts). */
export type Handlers = { [M in DataMethod]: Handler<M> };

/**
 * An expected refusal (unknown id, stale version, fields that do not fit
 * together). Thrown inside the call's transaction so nothing it wrote stays;
 * dispatch turns it into the error response (shared/api/errors.ts).
 */
export class HandlerFailure extends Error {
  override readonly name = 'HandlerFailure';
  constructor(
    readonly error: ApiError,
  ) {
    super(error.message);
  }
}

/** The record asked for does not exist (or is in the Trash). */
export function notFound(record: string, id: string): HandlerFailure {
  const params = { record, id };
  return new HandlerFailure({ code: 'not_found', reason: 'no_record', params, message: translate('en', 'apiError.no_record', params) });
}

/** Fields that each fit their schema but not the stored record or each other. */
export function invalidFields(fields: Readonly<Record<string, FieldErrorCode>>): HandlerFailure {
  return new HandlerFailure({
    code: 'invalid_input',
    reason: 'fields',
    message: translate('en', 'apiError.fields'),
    fields: Object.fromEntries(Object.entries(fields).map(([path, code]) => [path, fieldError(code)])),
  });
}

/** This copy was opened --read-only beside the copy that holds the data folder (db/service/lock.ts). */
export function readOnlyCopy(): HandlerFailure {
  return new HandlerFailure({ code: 'read_only', reason: 'read_only_copy', message: translate('en', 'apiError.read_only_copy') });
}

/** Someone else saved the record since the caller read it; `current` is what is stored now. */
export function staleVersion(reference: string, version: number, yourVersion: number, current: unknown): HandlerFailure {
  const params = { reference, version, yourVersion };
  return new HandlerFailure({ code: 'conflict', reason: 'stale_version', params, message: translate('en', 'apiError.stale_version', params), current });
}
