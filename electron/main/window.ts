// The one application window.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { TrustedRenderer } from './trustedOrigin';

export function createMainWindow(trusted: TrustedRenderer): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Commission Desk',
    show: false,
    webPreferences: {
      preload: join(__dirname, '..', 'preload', 'index.js'),
      contextIsolation: true, // SECURITY: preload and page live in separate worlds
      sandbox: true, // SECURITY: sandboxed renderer
      nodeIntegration: false, // SECURITY: no Node in the page
      nodeIntegrationInWorker: false, // SECURITY
      nodeIntegrationInSubFrames: false, // SECURITY
      webSecurity: true, // SECURITY: same-origin policy on
      allowRunningInsecureContent: false, // SECURITY
      webviewTag: false, // SECURITY
      experimentalFeatures: false, // SECURITY
      navigateOnDragDrop: false, // SECURITY: a dropped file does not replace the app
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  if (trusted.devUrl !== null) void window.loadURL(trusted.devUrl);
  else void window.loadURL(trusted.indexUrl);
  return window;
}
