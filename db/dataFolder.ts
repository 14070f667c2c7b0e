// Where Commission Desk keeps its data file. Electron hosts and the loopback
// browser host both call this, so the data folder is the same whichever host
// the official starts, and it matches Electron's app.getPath('userData').
import os from 'node:os';
import path from 'node:path';

/** Electron names the userData folder after package.json "productName". */
export const PRODUCT_NAME = 'Commission Desk';
export const DATA_ENV_VAR = 'COMMISSION_DESK_DATA';
const DATABASE_FILE_NAME = 'commission-desk.sqlite';

export type DataFolderOptions = Readonly<{
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}>;

/**
 * `--data DIR` (or `--data=DIR`) beats the COMMISSION_DESK_DATA environment
 * variable, which beats the operating system's per-user application data
 * folder. Relative paths are resolved against the current directory.
 */
export function resolveDataFolder(options: DataFolderOptions): string {
  const platform = options.platform ?? process.platform;
  const fromArgs = dataArgument(options.argv);
  if (fromArgs !== null) return path.resolve(fromArgs);
  const fromEnv = options.env[DATA_ENV_VAR];
  if (fromEnv !== undefined && fromEnv !== '') return path.resolve(fromEnv);
  return appDataFolder(platform, options.env, options.home ?? os.homedir());
}

export function databaseFile(folder: string): string {
  return path.join(folder, DATABASE_FILE_NAME);
}

/** The value of the last `--data` flag, or null when none has a value. */
function dataArgument(argv: readonly string[]): string | null {
  let found: string | null = null;
  argv.forEach((argument, index) => {
    if (argument.startsWith('--data=')) {
      const value = argument.slice('--data='.length);
      if (value !== '') found = value;
    } else if (argument === '--data') {
      const value = argv[index + 1];
      if (value !== undefined && value !== '' && !value.startsWith('--')) found = value;
    }
  });
  return found;
}

/**
 * Electron's app.getPath('appData') joined with the product name, computed
 * with the target platform's path rules so tests on Linux can check the
 * Windows and macOS answers too.
 */
function appDataFolder(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') {
    // Electron reads FOLDERID_RoamingAppData, which is what %APPDATA% names.
    const appData = env.APPDATA !== undefined && env.APPDATA !== '' ? env.APPDATA : path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  // Linux and the other XDG systems: Chromium's GetXDGDirectory uses
  // XDG_CONFIG_HOME when it is set and not empty, else ~/.config.
  const configHome = env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : path.posix.join(home, '.config');
  return path.posix.join(configHome, PRODUCT_NAME);
}
