// Taking a backup: SQLite's online backup API from the open connection (never
// a file copy of a live WAL database, ../shared/style.md), into a `.partial`
// file that becomes the backup only once it is whole, on the disk and checked.
// A copy whose history does not continue the previous copy's marks that one
// as evidence, then the backups are rotated (shared/backups/rotation.ts).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupFileName, type BackupEntry, type BackupReason } from '../../shared/backups/domain';
import { backupsToKeep, keepsAsEvidence, type RotationItem } from '../../shared/backups/rotation';
import { backupsFolder, findBackup, fsyncFile, fsyncFolder, listBackups, readCheck, sidecarPath, writeCheck } from './files';
import { checkBackupFileOffThread } from './checkOffThread';
import { historyHashInFile } from './verify';

const PARTIAL = '.partial';

export type BackupOptions = Readonly<{
  /** When the backup is taken (ISO timestamp); names and rotation go by it. */
  at: string;
  /** For a before-migration copy: the version about to be migrated to. */
  migrationVersion?: number;
}>;

/** Backs up the open database into `backups/` of the data folder, checks the copy, and rotates. */
export async function writeBackup(db: Database.Database, dataFolder: string, reason: BackupReason, options: BackupOptions): Promise<BackupEntry> {
  const folder = prepareFolder(dataFolder);
  const name = freeName(folder, options.at, reason, options.migrationVersion);
  const partial = path.join(folder, name + PARTIAL);
  try {
    await db.backup(partial);
    settle(partial);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return keepChecked(dataFolder, partial, name, options.at);
}

/**
 * Keeps a copy of a data file that is not open because it was found damaged
 * (the online API cannot read it): its bytes as they are, with its
 * write-ahead log beside it if it has one. Not opened to check it — it is
 * known to be damaged — and listed as such; rotation keeps it 90 days.
 */
export function copyDamagedFile(file: string, dataFolder: string, reason: BackupReason, options: BackupOptions & Readonly<{ problem: string }>): BackupEntry {
  const folder = prepareFolder(dataFolder);
  const name = freeName(folder, options.at, reason, options.migrationVersion);
  const copy = path.join(folder, name);
  const size = fs.statSync(file).size;
  writeCheck(copy, { ok: false, checkedAt: new Date().toISOString(), problem: options.problem, schemaVersion: null, cases: null, historyEnd: null, historyChain: null, size });
  if (fs.existsSync(`${file}-wal`)) {
    fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    fsyncFile(`${copy}-wal`);
  }
  const partial = copy + PARTIAL;
  fs.copyFileSync(file, partial);
  fsyncFile(partial);
  fs.renameSync(partial, copy);
  fsyncFolder(folder);
  return entryOf(dataFolder, name);
}

/** Deletes the backups the policy no longer keeps, with their checks. A file that cannot be deleted now (open elsewhere) is tried again next time. */
export function rotateBackups(dataFolder: string, now: Date): readonly string[] {
  const folder = backupsFolder(dataFolder);
  const backups = listBackups(dataFolder);
  const items: RotationItem[] = backups.map((backup) => ({
    ...backup,
    keptAsEvidence: (readCheck(path.join(folder, backup.name))?.keptAsEvidence ?? null) !== null,
  }));
  const keep = backupsToKeep(items, now);
  const removed: string[] = [];
  for (const backup of backups) {
    if (keep.has(backup.name)) continue;
    const file = path.join(folder, backup.name);
    try {
      fs.rmSync(file, { force: true });
      fs.rmSync(sidecarPath(file), { force: true });
      fs.rmSync(`${file}-wal`, { force: true });
      removed.push(backup.name);
    } catch (error) {
      console.error(`[backups] could not remove ${backup.name}: ${(error as Error).message}`);
    }
  }
  return removed;
}

function prepareFolder(dataFolder: string): string {
  const folder = backupsFolder(dataFolder);
  fs.mkdirSync(folder, { recursive: true });
  // Left by a backup cut short (the app stopped mid-copy): never a usable copy.
  // One app writes here at a time (issue 7 §3's lock), so none is in progress.
  for (const leftover of fs.readdirSync(folder).filter((file) => file.endsWith(PARTIAL))) fs.rmSync(path.join(folder, leftover), { force: true });
  return folder;
}

/** The backup's name; a second backup of the same second and reason gets `.2`, `.3`… */
function freeName(folder: string, at: string, reason: BackupReason, migrationVersion: number | undefined): string {
  for (let sequence = 1; ; sequence += 1) {
    const name = backupFileName(at, reason, { sequence, ...(migrationVersion === undefined ? {} : { migrationVersion }) });
    if (!fs.existsSync(path.join(folder, name))) return name;
  }
}

/**
 * The copy made by the online API keeps the data file's WAL mode in its
 * header; switched to a rollback journal it is one self-contained file, which
 * a read-only check (and a later restore) opens without creating -wal/-shm
 * files beside it. Then flushed to the disk.
 */
function settle(partial: string): void {
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  fsyncFile(partial);
}

async function keepChecked(dataFolder: string, partial: string, name: string, at: string): Promise<BackupEntry> {
  const folder = backupsFolder(dataFolder);
  const file = path.join(folder, name);
  const check = await checkBackupFileOffThread(partial, new Date().toISOString());
  // Before the new copy is listed, so "the copy before it" is the newest listed.
  if (check.ok && check.historyEnd !== null) keepEvidence(dataFolder, partial, name, check.historyEnd);
  // The check is written first: a backup never appears without what is known of it.
  writeCheck(file, check);
  fs.renameSync(partial, file);
  fsyncFolder(folder);
  rotateBackups(dataFolder, new Date(at));
  return entryOf(dataFolder, name);
}

/**
 * Marks the copy before this one as evidence when this one's history does
 * not continue it (rotation.ts keepsAsEvidence): its last entry gone, or
 * there with another hash. Said in the log too: it means the history was
 * cut or rewritten behind the app, or a copy of another history restored.
 */
function keepEvidence(dataFolder: string, partial: string, name: string, historyEnd: number): void {
  const folder = backupsFolder(dataFolder);
  const previous = listBackups(dataFolder).find((backup) => backup.verified === true);
  if (previous === undefined) return;
  const previousFile = path.join(folder, previous.name);
  const previousCheck = readCheck(previousFile);
  if (previousCheck === null || previousCheck.historyEnd === null || (previousCheck.keptAsEvidence ?? null) !== null) return;
  const history = { end: previousCheck.historyEnd, endHash: previousCheck.historyEndHash ?? null };
  const next = { end: historyEnd, hashAtPreviousEnd: history.end === 0 ? null : historyHashInFile(partial, history.end) };
  if (!keepsAsEvidence({ reason: previous.reason, history }, next)) return;
  writeCheck(previousFile, { ...previousCheck, keptAsEvidence: { at: new Date().toISOString(), by: name } });
  console.error(`[backups] the history in ${name} does not continue the one in ${previous.name} (entry ${history.end}): ${previous.name} is kept as evidence`);
}

function entryOf(dataFolder: string, name: string): BackupEntry {
  const entry = findBackup(dataFolder, name);
  if (entry === null) throw new Error(`The backup ${name} is missing right after it was written`);
  return entry;
}
