// How the Backups screen reaches files outside the app, which depends on the
// host: the browser host serves a listed backup as a download
// (GET /backups/<name>, behind the same session cookie and Host/Origin checks
// as the API); the desktop app has no downloads, and takes folder and file
// paths — typed, or chosen in Electron's own dialogs where the preload offers
// them.
//
// The desktop preload offers `chooseFolder()` and `chooseFile()` (the main
// process opens dialog.showOpenDialog and answers the chosen path, or null
// when cancelled); they turn on the "Choose…" buttons here.
import type { DesktopBridge } from '../../shared/api/client';

export type FileDialogs = Readonly<{
  chooseFolder: () => Promise<string | null>;
  chooseFile: () => Promise<string | null>;
}>;

/** True in the browser host, where a backup can be downloaded. */
export function canDownload(): boolean {
  return window.commissionDesk === undefined;
}

/** The address a listed backup downloads from (browser host only). */
export function downloadHref(name: string): string {
  return `/backups/${encodeURIComponent(name)}`;
}

/** The desktop app's file dialogs, when its preload offers them. */
export function fileDialogs(): FileDialogs | null {
  const bridge: DesktopBridge | undefined = window.commissionDesk;
  if (bridge?.chooseFolder === undefined || bridge.chooseFile === undefined) return null;
  return { chooseFolder: bridge.chooseFolder, chooseFile: bridge.chooseFile };
}
