// The preload exposes named functions and nothing else: no ipcRenderer,
// no Node. Runs sandboxed, so it may import only `electron` (bundled by electron-vite).
import { contextBridge, ipcRenderer } from 'electron';
import { DIALOG_CHANNEL, IPC_CHANNEL, type DesktopBridge, type DialogKind } from '../../shared/api/client';

const bridge = {
  // SECURITY: a fixed channel; the page cannot choose what to send where.
  call: (method: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
  chooseFolder: () => ipcRenderer.invoke(DIALOG_CHANNEL, 'folder' satisfies DialogKind),
  chooseFile: () => ipcRenderer.invoke(DIALOG_CHANNEL, 'file' satisfies DialogKind),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('commissionDesk', bridge);
