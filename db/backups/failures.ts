// The refusals of the backup methods, as codes with parameters
// (shared/api/errors.ts); their words are in shared/i18n/messages/backups.ts.
import type { ApiError, ErrorCode, ErrorParams, ErrorReason } from '../../shared/api/errors';
import { translate } from '../../shared/i18n/catalog';
import { HandlerFailure } from '../handlerTypes';

function failure(code: ErrorCode, reason: ErrorReason, params?: ErrorParams): HandlerFailure {
  const error: ApiError = { code, reason, message: translate('en', `apiError.${reason}`, params), ...(params === undefined ? {} : { params }) };
  return new HandlerFailure(error);
}

/** No listed backup has this name, or no file is at this path. */
export const noBackup = (what: string) => failure('not_found', 'no_backup', { what });
/** The folder to save a copy into does not exist. */
export const noFolder = (folder: string) => failure('not_found', 'no_folder', { folder });
/** Not a SQLite file, another application's, or an empty database. */
export const notOurs = () => failure('invalid_input', 'backup_not_ours');
/** Written by a newer version of the app. */
export const tooNew = (version: number, supported: number) => failure('invalid_input', 'backup_too_new', { version, supported });
/** SQLite found damage in it. */
export const damagedCopy = () => failure('invalid_input', 'backup_damaged');
/** The restored copy could not be opened; the data as it was before was put back. */
export const restoreFailed = () => failure('internal', 'restore_failed');
/** This copy of the app only looks (`--read-only`): the copy holding the folder takes and restores its backups. */
export { readOnlyCopy } from '../handlerTypes';
/** No backup can be taken of a data file found damaged (the recovery screen offers what can be done). */
export const dataDamaged = () => failure('corrupt', 'damaged');

/** A full disk or a read-only folder met while writing a copy, by cause; null for anything else. */
export function diskFailure(error: unknown): HandlerFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return failure('disk_full', 'disk_full');
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') return failure('read_only', 'read_only');
  return null;
}
