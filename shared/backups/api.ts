// Backups of the data file (issue 7 §2): folder methods, served by the data
// service outside any transaction (db/backups/handlers.ts), since a backup
// reads the file as a whole and a restore swaps it.
import { z } from 'zod';
import { emptyInput } from '../api/fields';
import { folder } from '../api/method';
import type { BackupEntry } from './domain';
import type { BackupPolicy } from './rotation';

export type BackupList = Readonly<{
  /** Newest first. */
  backups: readonly BackupEntry[];
  /** The folder they are kept in (`backups` in the data folder), to say where they are. */
  folder: string;
  policy: BackupPolicy;
}>;

export type RestoreResult = Readonly<{
  /** The listed backup restored, or null when it came from a chosen file. */
  name: string | null;
  /** The chosen file restored from, or null for a listed backup. */
  path: string | null;
  cases: number;
  /** The schema version of the restored copy before the app migrated it, when it was older. */
  migratedFrom: number | null;
  /** The copy of the data as it was just before the restore. */
  before: BackupEntry;
}>;

export type ExportResult = Readonly<{ path: string }>;

// A listed backup's name (checked against the list by the handler) or a path
// on this computer: the browser host runs on the same computer, so a typed
// path reaches the same files a desktop dialog would, without uploading
// hundreds of megabytes through the loopback host.
const backupName = z.string().min(1).max(200);
const localPath = z.string().trim().min(1).max(4096);

export const backupsRestoreInput = z.object({ name: backupName.optional(), path: localPath.optional() }).strict();
export const backupsExportInput = z.object({ name: backupName, folder: localPath }).strict();

export const backupsApi = {
  'backups.list': folder<BackupList>()(emptyInput),
  'backups.create': folder<BackupEntry>()(emptyInput),
  'backups.restore': folder<RestoreResult>()(backupsRestoreInput),
  'backups.export': folder<ExportResult>()(backupsExportInput),
} as const;
