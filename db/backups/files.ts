// Where backups live and what the app knows of each: `backups/` in the data
// folder, one `<name>.sqlite` per backup and beside it `<name>.sqlite.json`,
// what the check after writing found (shared/backups/domain.ts BackupCheck).
// A sidecar rather than a table inside the backup: writing the result into
// the copy would change the copy that was just checked.
import fs from 'node:fs';
import path from 'node:path';
import { parseBackupName, type BackupCheck, type BackupEntry } from '../../shared/backups/domain';

const SIDECAR_FORMAT = 1;

export function backupsFolder(dataFolder: string): string {
  return path.join(dataFolder, 'backups');
}

export function sidecarPath(backup: string): string {
  return `${backup}.json`;
}

/** The backups in the folder, newest first; files whose names are not a backup's are left out (and never touched). */
export function listBackups(dataFolder: string): BackupEntry[] {
  const folder = backupsFolder(dataFolder);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries = names.flatMap((name) => {
    const entry = readEntry(folder, name);
    return entry === null ? [] : [entry];
  });
  return entries.sort((a, b) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name));
}

/** A listed backup by name, or null when no such backup is in the folder (any other name, a path, a directory). */
export function findBackup(dataFolder: string, name: string): BackupEntry | null {
  // SECURITY: only a bare backup name is looked up, so no input reaches outside backups/.
  if (parseBackupName(name) === null) return null;
  return readEntry(backupsFolder(dataFolder), name);
}

function readEntry(folder: string, name: string): BackupEntry | null {
  const parsed = parseBackupName(name);
  if (parsed === null) return null;
  const file = path.join(folder, name);
  let size: number;
  try {
    const stat = fs.lstatSync(file);
    if (!stat.isFile()) return null;
    size = stat.size;
  } catch {
    return null;
  }
  const check = readCheck(file);
  // A copy whose size changed since its check is not the copy that was checked.
  const changed = check !== null && check.size !== size;
  return {
    name,
    at: parsed.at,
    reason: parsed.reason,
    migrationVersion: parsed.migrationVersion,
    size,
    cases: check?.cases ?? null,
    schemaVersion: check?.schemaVersion ?? null,
    verified: check === null ? null : check.ok && !changed,
    problem: changed ? 'The file changed after it was checked.' : (check?.problem ?? null),
    historyChainOk: check?.historyChain?.ok ?? null,
  };
}

export function readCheck(backup: string): BackupCheck | null {
  try {
    const stored = JSON.parse(fs.readFileSync(sidecarPath(backup), 'utf8')) as { format?: unknown; check?: BackupCheck };
    return stored.format === SIDECAR_FORMAT && stored.check !== undefined ? stored.check : null;
  } catch {
    return null;
  }
}

export function writeCheck(backup: string, check: BackupCheck): void {
  writeDurably(sidecarPath(backup), JSON.stringify({ format: SIDECAR_FORMAT, check }, null, 2));
}

/** Writes a whole file and flushes it to the disk before returning. */
export function writeDurably(file: string, contents: string): void {
  const handle = fs.openSync(file, 'w');
  try {
    fs.writeFileSync(handle, contents);
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

export function fsyncFile(file: string): void {
  const handle = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** Makes a rename in `folder` durable. Windows cannot open a folder for this; its renames are flushed by NTFS's own journal. */
export function fsyncFolder(folder: string): void {
  let handle: number;
  try {
    handle = fs.openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(handle);
  } catch {
    // EPERM / EISDIR on systems that do not sync directories: nothing more can be done.
  } finally {
    fs.closeSync(handle);
  }
}
