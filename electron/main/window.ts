// The one application window.
import { BrowserWindow, dialog } from 'electron';
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
  // A form with unsaved changes asks before the window closes (issue 6 §1): in
  // the browser the page's beforeunload shows the browser's own prompt; in
  // Electron nothing is shown unless the main process asks. The window does
  // not know the UI language here, so the question is asked in both.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Leave and discard / Salir y descartar', 'Stay / Quedarse'],
      defaultId: 1,
      cancelId: 1,
      title: 'Commission Desk',
      message: 'You have unsaved changes. Leave and discard them?\nHay cambios sin guardar. ¿Salir y descartarlos?',
    });
    if (choice === 0) event.preventDefault();
  });
  // SECURITY: app://commission-desk/index.html (protocol.ts), never file://; the
  // dev server only in an unpackaged run (main.ts).
  if (trusted.devUrl !== null) void window.loadURL(trusted.devUrl);
  else void window.loadURL(trusted.indexUrl);
  return window;
}
