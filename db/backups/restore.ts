// Restoring a backup (issue 7 §2). In this order, so that a refused file
// leaves the data exactly as it was:
// 1. the chosen copy is copied into the data folder (`<data file>.restoring`)
//    and checked there — SQLite, ours, not newer than this app, intact —
//    before anything is replaced; the chosen file itself is only read;
// 2. the current data is backed up (`.before-restore`);
// 3. through the service's reopenAfter (no other call is served meanwhile),
//    with the database closed: the old file's -wal and -shm are removed (a
//    stale log would be replayed onto the restored file), the copy is flushed
//    and renamed over the data file (atomic on one file system), the folder
//    flushed; the service opens it again — migrating it if it is older — and
//    checks it.
// If the restored copy cannot be opened, the data as it was is put back.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { RestoreResult } from '../../shared/backups/api';
import type { BackupEntry } from '../../shared/backups/domain';
import { readFileFacts } from '../fileHeader';
import { invalidFields } from '../handlerTypes';
import { APPLICATION_ID } from '../open';
import type { FolderContext } from '../service/folderTypes';
import { damagedCopy, diskFailure, noBackup, notOurs, restoreFailed, tooNew } from './failures';
import { backupsFolder, findBackup, fsyncFile, fsyncFolder } from './files';
import { checkBackupFileOffThread } from './checkOffThread';
import { appSchemaVersion } from './verify';
import { copyDamagedFile, writeBackup } from './write';

export type RestoreInput = Readonly<{ name?: string | undefined; path?: string | undefined }>;

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

export async function restoreBackup(input: RestoreInput, context: FolderContext): Promise<RestoreResult> {
  const source = chosenFile(input, context);
  const staged = `${context.file}.restoring`;
  let checked: Readonly<{ schemaVersion: number; cases: number }>;
  try {
    checked = await stageCopy(source, staged, context.at);
  } catch (error) {
    removeWithSideFiles(staged);
    throw diskFailure(error) ?? error;
  }

  let before: BackupEntry;
  try {
    before = await backUpCurrent(context);
  } catch (error) {
    removeWithSideFiles(staged);
    throw diskFailure(error) ?? error;
  }

  try {
    await context.reopenAfter(async () => swapIn(staged, context.file));
  } catch (error) {
    console.error(`[backups] the restored copy could not be opened; putting back ${before.name}: ${(error as Error).message}`);
    await context.reopenAfter(async () => putBack(path.join(backupsFolder(context.folder), before.name), staged, context.file));
    throw restoreFailed();
  }
  const latest = appSchemaVersion();
  return {
    name: input.name ?? null,
    path: input.name === undefined ? source : null,
    cases: checked.cases,
    migratedFrom: checked.schemaVersion < latest ? checked.schemaVersion : null,
    before,
  };
}

/** The file to restore: a listed backup by name, or an absolute path to a file on this computer. */
function chosenFile(input: RestoreInput, context: FolderContext): string {
  if ((input.name === undefined) === (input.path === undefined)) throw invalidFields(input.name === undefined ? { name: 'required' } : { path: 'not_a_field' });
  if (input.name !== undefined) {
    const found = findBackup(context.folder, input.name);
    if (found === null) throw noBackup(input.name);
    return path.join(backupsFolder(context.folder), found.name);
  }
  const chosen = input.path ?? '';
  // Relative to what? The host's working folder means nothing to the user.
  if (!path.isAbsolute(chosen)) throw invalidFields({ path: 'invalid' });
  let real: string;
  try {
    real = fs.realpathSync(chosen);
  } catch {
    throw noBackup(chosen);
  }
  if (!fs.statSync(real).isFile()) throw noBackup(chosen);
  // The live data file cannot be its own backup (and a raw copy of it while open is not a sound copy).
  if (fs.existsSync(context.file) && real === fs.realpathSync(context.file)) throw invalidFields({ path: 'invalid' });
  return real;
}

/**
 * Copies the chosen file (and its write-ahead log, if it has one: a copy of
 * a data file taken while the app ran) to `staged`, then reads it: the header
 * first, without opening it for writing, so another application's file is
 * never written to even as a copy; then, once ours, folded into one file in
 * rollback-journal mode and checked as a backup is.
 */
async function stageCopy(source: string, staged: string, at: string): Promise<Readonly<{ schemaVersion: number; cases: number }>> {
  removeWithSideFiles(staged);
  fs.copyFileSync(source, staged);
  if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${staged}-wal`);

  const facts = readFileFacts(staged);
  if (facts.kind !== 'sqlite' || facts.applicationId !== APPLICATION_ID || facts.schemaEmpty) {
    removeWithSideFiles(staged);
    throw notOurs();
  }
  const latest = appSchemaVersion();
  if (facts.userVersion > latest) {
    removeWithSideFiles(staged);
    throw tooNew(facts.userVersion, latest);
  }
  try {
    const copy = new Database(staged, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
  } catch (error) {
    removeWithSideFiles(staged);
    if (diskFailure(error) !== null) throw error;
    throw damagedCopy();
  }
  const check = await checkBackupFileOffThread(staged, at);
  if (!check.ok || check.schemaVersion === null || check.cases === null) {
    removeWithSideFiles(staged);
    if (check.schemaVersion !== null && check.schemaVersion > latest) throw tooNew(check.schemaVersion, latest);
    throw damagedCopy();
  }
  fsyncFile(staged);
  return { schemaVersion: check.schemaVersion, cases: check.cases };
}

/** The current data, as it is, before it is replaced: an online backup, or the file's bytes when it was found damaged (the database is then closed). */
async function backUpCurrent(context: FolderContext): Promise<BackupEntry> {
  const db = context.database();
  if (db !== null) return writeBackup(db, context.folder, 'before-restore', { at: context.at });
  const damage = context.status().damage;
  return copyDamagedFile(context.file, context.folder, 'before-restore', {
    at: context.at,
    problem: damage === null ? 'The data file could not be opened.' : `The data file was found damaged: ${damage.detail}`,
  });
}

/** Runs with the database closed: the old file's logs go, then the staged copy takes the data file's name in one rename. */
function swapIn(staged: string, file: string): void {
  for (const suffix of SIDE_FILES) fs.rmSync(`${file}${suffix}`, { force: true });
  fsyncFile(staged);
  fs.renameSync(staged, file);
  fsyncFolder(path.dirname(file));
}

/** The copy taken just before, back as it was (bytes, with its log if it had one): it needs no check to be what the user had. */
function putBack(copy: string, staged: string, file: string): void {
  removeWithSideFiles(staged);
  fs.copyFileSync(copy, staged);
  fsyncFile(staged);
  for (const suffix of SIDE_FILES) fs.rmSync(`${file}${suffix}`, { force: true });
  if (fs.existsSync(`${copy}-wal`)) fs.copyFileSync(`${copy}-wal`, `${file}-wal`);
  fs.renameSync(staged, file);
  fsyncFolder(path.dirname(file));
}

function removeWithSideFiles(file: string): void {
  fs.rmSync(file, { force: true });
  for (const suffix of SIDE_FILES) fs.rmSync(`${file}${suffix}`, { force: true });
}
