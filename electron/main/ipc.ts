// The single IPC channel: checks who is calling, then forwards to the data
// service (its answer comes from the worker thread; the main process never waits on it).
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { DIALOG_CHANNEL, IPC_CHANNEL } from '../../shared/api/client';
import type { ApiResponse } from '../../shared/api/errors';
import { isTrustedRendererUrl, type TrustedRenderer } from './trustedOrigin';

function fromOurRenderer(event: IpcMainInvokeEvent, trusted: TrustedRenderer): boolean {
  const frame = event.senderFrame;
  // SECURITY: only our own top-level page may call; not subframes, not other origins.
  return frame !== null && frame.parent === null && isTrustedRendererUrl(frame.url, trusted);
}

export function registerIpc(call: (method: string, input: unknown) => Promise<ApiResponse<unknown>>, trusted: TrustedRenderer): void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, input: unknown): Promise<ApiResponse<unknown>> => {
    // SECURITY: IPC sender checked before anything is read or written.
    if (!fromOurRenderer(event, trusted)) return { ok: false, error: { code: 'internal', reason: 'bad_request', message: 'Refused: the call did not come from the Commission Desk window.' } };
    if (typeof method !== 'string') return { ok: false, error: { code: 'invalid_input', reason: 'bad_request', message: 'The method name must be a string.' } };
    try {
      return await call(method, input);
    } catch {
      return { ok: false, error: { code: 'internal', reason: 'server_failed', message: 'Internal error.' } };
    }
  });
  // The system's own dialog, so the page never sees the file system: only the path the user chose.
  ipcMain.handle(DIALOG_CHANNEL, async (event, kind: unknown): Promise<string | null> => {
    if (!fromOurRenderer(event, trusted) || (kind !== 'folder' && kind !== 'file')) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions =
      kind === 'folder'
        ? { properties: ['openDirectory', 'createDirectory'] }
        : { properties: ['openFile'], filters: [{ name: 'Commission Desk', extensions: ['sqlite'] }] };
    const chosen = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  });
}
