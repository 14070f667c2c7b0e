// The preload exposes one named function and nothing else: no ipcRenderer,
// no Node. Runs sandboxed, so it may import only `electron` (bundled by electron-vite).
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type DesktopBridge } from '../../shared/api/client';

const bridge = {
  // SECURITY: a fixed channel; the page cannot choose what to send where.
  call: (method: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('commissionDesk', bridge);
