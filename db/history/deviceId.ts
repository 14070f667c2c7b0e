// The id of this installation, written to every history entry beside the
// display name and the operating-system account (issue 7 §4): the display name
// is a setting anyone can change and a computer's name can be shared, so the
// history also says which copy of the app made the change.
//
// It is generated once, a random UUID, and kept in a small file OUTSIDE every
// data folder: a data folder copied, restored from a backup or opened by a
// second copy of the app elsewhere does not bring this installation's id with it.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Beside the app's default data folder ("Commission Desk"), never inside it. */
const FOLDER_NAME = 'commission-desk';
const FILE_NAME = 'device-id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type DeviceIdOptions = Readonly<{
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Tests pass their own: they must never write the real home folder. */
  home?: string;
}>;

/**
 * Linux and other XDG systems: $XDG_CONFIG_HOME/commission-desk/device-id
 * (~/.config when unset); macOS: ~/Library/Application Support/commission-desk;
 * Windows: %APPDATA%\commission-desk — the per-user places the data folder's
 * default lives in too (db/dataFolder.ts), each with the target's path rules.
 */
export function deviceIdFile(options: DeviceIdOptions): string {
  const platform = options.platform ?? process.platform;
  const home = options.home ?? os.homedir();
  const { env } = options;
  if (platform === 'win32') {
    const appData = env.APPDATA !== undefined && env.APPDATA !== '' ? env.APPDATA : path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, FOLDER_NAME, FILE_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', FOLDER_NAME, FILE_NAME);
  const configHome = env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : path.posix.join(home, '.config');
  return path.posix.join(configHome, FOLDER_NAME, FILE_NAME);
}

/**
 * The id stored in `file`, created on first use. Two copies of the app
 * starting at once agree on one id: the new id is written whole to a
 * temporary file and linked into place only if no id is there yet.
 */
export function readOrCreateDeviceId(file: string): string {
  const existing = readId(file);
  if (existing !== null) return existing;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const id = randomUUID();
  const temporary = `${file}.${process.pid}.${id}.tmp`;
  fs.writeFileSync(temporary, `${id}\n`, { flag: 'wx', mode: 0o600 });
  try {
    try {
      fs.linkSync(temporary, file);
      return id;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // Another copy got there first, or an unreadable file is in the way.
    const winner = readId(file);
    if (winner !== null) return winner;
    fs.renameSync(temporary, file);
    return id;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * This installation's id for the hosts; empty (recorded as "not recorded")
 * when the file cannot be read or written, which must not stop the app.
 */
export function installationDeviceId(options: DeviceIdOptions): string {
  const file = deviceIdFile(options);
  try {
    return readOrCreateDeviceId(file);
  } catch (error) {
    console.error(`[history] the installation id at ${file} could not be kept: ${error instanceof Error ? error.message : String(error)}`);
    return '';
  }
}

function readId(file: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const id = text.trim().toLowerCase();
  return UUID.test(id) ? id : null;
}
