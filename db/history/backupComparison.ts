// The history against its backups (issue 7 §4). The hash chain shows an entry
// rewritten, removed from the middle or slipped in, but not the newest entries
// cut off the end, nor a chain recomputed whole by someone who knows the
// format. Each backup's check records its last entry's id and hash
// (db/backups/verify.ts): the history must still hold that entry, as it was.
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupMismatch } from '../../shared/history/api';
import { backupsFolder, listBackups, readCheck } from '../backups/files';

/**
 * The newest backup whose last history entry the live history no longer
 * holds as it was, or null. Backups taken before the newest restore are of
 * the history the restore replaced, and are left out: a restore cuts the
 * history back on purpose. Reads the backups' checks, never the copies.
 */
export function compareWithBackups(db: Database.Database): BackupMismatch | null {
  const dataFolder = dataFolderOf(db);
  if (dataFolder === null) return null;
  const backups = listBackups(dataFolder);
  const lastRestore = backups.find((backup) => backup.reason === 'before-restore')?.at ?? '';
  const liveEnd = (db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number | null) ?? 0;
  const hashAt = db.prepare('SELECT hash FROM audit_log WHERE id = ?').pluck();
  // Newest first: the first mismatch is the latest state known to have been lost.
  for (const backup of backups) {
    if (backup.verified !== true || backup.at <= lastRestore) continue;
    const check = readCheck(path.join(backupsFolder(dataFolder), backup.name));
    const end = check?.historyEnd ?? 0;
    const recorded = check?.historyEndHash ?? null;
    if (end === 0 || recorded === null) continue;
    const live = hashAt.get(end) as string | undefined;
    if (live === recorded) continue;
    return { backup: { name: backup.name, at: backup.at }, entry: end, problem: live === undefined && liveEnd < end ? 'shortened' : 'rewritten' };
  }
  return null;
}

/** The folder holding the open data file; null for a database that is not a file. */
function dataFolderOf(db: Database.Database): string | null {
  return db.memory || !path.isAbsolute(db.name) ? null : path.dirname(db.name);
}
