// "Save a copy to…" (issue 7 §2): a listed backup copied out of the data
// folder — to a chosen folder or USB stick (the desktop app, or a folder typed
// in the browser host), or handed to the browser host to send as a download.
// A backup is a closed, self-contained file (db/backups/write.ts), so a plain
// file copy of it is sound.
import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult } from '../../shared/backups/api';
import { invalidFields } from '../handlerTypes';
import { diskFailure, noBackup, noFolder } from './failures';
import { backupsFolder, findBackup, fsyncFile, fsyncFolder } from './files';

/** What the saved copy is called: the product's name in front, so it is recognisable among other files. */
export function exportName(backup: string, sequence = 1): string {
  const base = `commission-desk-${backup.replace(/\.sqlite$/, '')}`;
  return `${base}${sequence > 1 ? ` (${sequence})` : ''}.sqlite`;
}

export function exportBackup(input: Readonly<{ name: string; folder: string }>, dataFolder: string): ExportResult {
  const found = findBackup(dataFolder, input.name);
  if (found === null) throw noBackup(input.name);
  if (!path.isAbsolute(input.folder)) throw invalidFields({ folder: 'invalid' });
  if (!isFolder(input.folder)) throw noFolder(input.folder);

  const source = path.join(backupsFolder(dataFolder), found.name);
  let target = path.join(input.folder, exportName(found.name));
  for (let sequence = 2; fs.existsSync(target); sequence += 1) target = path.join(input.folder, exportName(found.name, sequence));
  const partial = `${target}.partial`;
  try {
    // Never over a file that is there: COPYFILE_EXCL.
    fs.copyFileSync(source, partial, fs.constants.COPYFILE_EXCL);
    fsyncFile(partial);
    fs.renameSync(partial, target);
    fsyncFolder(input.folder);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw diskFailure(error) ?? error;
  }
  return { path: target };
}

function isFolder(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

export type BackupDownload = Readonly<{ file: string; size: number; downloadName: string }>;

/** A listed backup for the browser host to send (GET /backups/<name>), or null for any other name. */
export function backupForDownload(dataFolder: string, name: string): BackupDownload | null {
  const found = findBackup(dataFolder, name);
  if (found === null) return null;
  return { file: path.join(backupsFolder(dataFolder), found.name), size: found.size, downloadName: exportName(found.name) };
}
