// The backups nobody has to think of (issue 7 §2): before a migration
// (db/open.ts), on quit and once a day (the data service, db/service). Quit
// and daily copies are skipped when nothing was recorded since the newest
// copy — every change writes a history entry (db/changes.ts), so the newest
// entry's id tells — which keeps the week's seven daily copies seven
// different states of the record.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AUTOMATIC_REASONS, utcDay, type BackupEntry, type BackupReason } from '../../shared/backups/domain';
import { backupsFolder, listBackups, readCheck } from './files';
import { readContents } from './verify';
import { writeBackup } from './write';

/**
 * Before migrating an existing file to `version`: the file as it was, into
 * `backups/` of its folder. Throws when the copy cannot be made, so the file
 * is not migrated without one.
 */
export async function backupBeforeMigration(db: Database.Database, file: string, version: number, at = new Date()): Promise<BackupEntry> {
  return writeBackup(db, path.dirname(file), 'before-migration', { at: at.toISOString(), migrationVersion: version });
}

/** The newest copy taken before migrating `file` to `version`, or null when there is none. */
export function migrationBackup(file: string, version: number): string | null {
  const dataFolder = path.dirname(file);
  const found = listBackups(dataFolder).find((backup) => backup.reason === 'before-migration' && backup.migrationVersion === version);
  return found === undefined ? null : path.join(backupsFolder(dataFolder), found.name);
}

/**
 * On quit: the hosts' close path calls this before closing the database
 * (the data service's close). Never throws — quitting goes on whatever
 * happens — and says what failed in one log line.
 */
export async function backupOnClose(db: Database.Database, dataFolder: string, at = new Date()): Promise<BackupEntry | null> {
  return automaticBackup(db, dataFolder, 'quit', at);
}

/**
 * Once a day: the data service calls this with the service's clock — at the
 * first call of a new (UTC) day, or from a timer — inside its one-call-at-a-
 * time queue, so no restore swaps the file during the copy. A day that
 * already has a daily or quit copy is skipped. Never throws: a failure is
 * logged in one line and handed to `onFailure`, so the service can show it
 * and try again later that day.
 */
export async function backupDailyIfDue(
  db: Database.Database,
  dataFolder: string,
  at = new Date(),
  onFailure?: (error: unknown) => void,
): Promise<BackupEntry | null> {
  const today = utcDay(at.toISOString());
  const due = () => !listBackups(dataFolder).some((backup) => AUTOMATIC_REASONS.includes(backup.reason) && utcDay(backup.at) === today);
  return automaticBackup(db, dataFolder, 'daily', at, due, onFailure);
}

async function automaticBackup(
  db: Database.Database,
  dataFolder: string,
  reason: BackupReason,
  at: Date,
  due: () => boolean = () => true,
  onFailure?: (error: unknown) => void,
): Promise<BackupEntry | null> {
  // A copy of the app opened --read-only beside another leaves the backups to the copy that holds the folder.
  if (db.readonly) return null;
  try {
    // Listing the folder fails like writing to it (a backups folder that cannot be read): inside the try.
    if (!due() || !changedSinceNewestCopy(db, dataFolder)) return null;
    return await writeBackup(db, dataFolder, reason, { at: at.toISOString() });
  } catch (error) {
    console.error(`[backups] the ${reason} backup of ${dataFolder} failed: ${error instanceof Error ? error.message : String(error)}`);
    onFailure?.(error);
    return null;
  }
}
/** False when the newest sound copy holds the same history and schema as the database; a database with no history yet has nothing to keep. */
function changedSinceNewestCopy(db: Database.Database, dataFolder: string): boolean {
  const { historyEnd } = readContents(db);
  if (historyEnd === 0) return false;
  const newest = listBackups(dataFolder).find((backup) => backup.verified === true);
  if (newest === undefined) return true;
  const check = readCheck(path.join(backupsFolder(dataFolder), newest.name));
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  return check === null || check.historyEnd !== historyEnd || check.schemaVersion !== schemaVersion;
}
