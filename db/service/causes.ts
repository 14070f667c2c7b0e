// What the data service makes of a failure: the cause a folder method
// answers, the cause of a failed automatic backup, and whether SQLite found
// the data file damaged (db/integrity/failures.ts maps SQLite's codes).
import type { BackupFailure, DamageReport } from '../../shared/system/api';
import { failureCause, type FailureCause } from '../integrity/failures';

/**
 * A folder method's failure by cause. Damage is not among them: a folder
 * method reads other files too (backups, salvaged copies), and damage of the
 * data file is found by its check and by dispatch.
 */
export function folderFailureCause(error: unknown): FailureCause {
  const cause = failureCause(error, true);
  return cause.code === 'corrupt' ? { code: 'internal', reason: 'server_failed' } : cause;
}

/** What the user is told about a failed automatic backup: a full disk, a folder that cannot be written, or anything else. */
export function backupFailureCause(error: unknown): BackupFailure['cause'] {
  const { code } = failureCause(error, true);
  return code === 'disk_full' || code === 'read_only' ? code : 'internal';
}

/** SQLite's codes for a file it cannot read as a database; null for any other failure. */
export function damageCause(error: unknown): DamageReport['cause'] | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_INDEX' || code === 'SQLITE_CORRUPT_SEQUENCE' || code === 'SQLITE_CORRUPT_VTAB') return 'damaged';
  if (code === 'SQLITE_NOTADB') return 'unreadable';
  return null;
}
