// The desktop host: one window over the built renderer, one IPC channel into
// the data service (db/dispatch on a worker thread, so the window never waits
// on the database). Thin on purpose — everything the app does lives in db/ and
// renderer/; this file only wires them together securely.
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { translate } from '../../shared/i18n/catalog';
import { parseHostFlags } from '../host/hostArgs';
import { openData, StartupError, type OpenedData } from '../host/startup';
import { registerIpc } from './ipc';
import { APP_INDEX_URL } from './protocol';
import { registerAppScheme, serveAppProtocol } from './protocolRegistration';
import { hardenAllContents, secureSession } from './security';
import type { TrustedRenderer } from './trustedOrigin';
import { createMainWindow } from './window';

const RENDERER_DIR = join(__dirname, '..', 'renderer');

function trustedRenderer(): TrustedRenderer {
  // SECURITY: the dev server URL is honoured only in an unpackaged (development) run.
  const devUrl = !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;
  return { indexUrl: APP_INDEX_URL, devUrl };
}

function fatal(message: string): void {
  // Shown to the user as a plain sentence; no stack trace.
  dialog.showErrorBox('Commission Desk cannot start', message);
  app.exit(1);
}

function describe(error: unknown): string {
  if (error instanceof StartupError) return error.inUse ? `${error.message} Close it first, then start Commission Desk again.` : error.message;
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Another copy holds the folder: open it read-only here, or quit. True for read-only. */
async function offerReadOnly(error: StartupError): Promise<boolean> {
  const locale = app.getLocale().toLowerCase().startsWith('es') ? 'es' : 'en';
  const answer = await dialog.showMessageBox({
    type: 'warning',
    title: translate(locale, 'desktop.inUse.title'),
    message: error.message,
    detail: translate(locale, 'desktop.inUse.detail'),
    buttons: [translate(locale, 'desktop.inUse.readOnly'), translate(locale, 'desktop.inUse.quit')],
    defaultId: 1,
    cancelId: 1,
  });
  return answer.response === 0;
}

let mainWindow: BrowserWindow | null = null;
let data: OpenedData | null = null;

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const trusted = trustedRenderer();
  secureSession(trusted);
  serveAppProtocol(RENDERER_DIR); // SECURITY: the window loads app://, never file:// (protocol.ts)
  let opened: OpenedData;
  const flags = parseHostFlags(process.argv);
  try {
    opened = await openData(process.argv, process.env, { host: 'desktop', demo: flags.demo, readOnly: flags.readOnly });
  } catch (error) {
    if (!(error instanceof StartupError && error.inUse && !flags.readOnly && (await offerReadOnly(error)))) {
      fatal(describe(error));
      return;
    }
    try {
      opened = await openData(process.argv, process.env, { host: 'desktop', demo: false, readOnly: true });
    } catch (again) {
      fatal(describe(again));
      return;
    }
  }
  data = opened;
  registerIpc(opened.call, trusted);
  mainWindow = createMainWindow(trusted);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

app.enableSandbox(); // SECURITY: every renderer sandboxed, whatever its webPreferences
registerAppScheme(); // before ready, as Electron requires
hardenAllContents();

// One instance per user: a second launch focuses the open window instead of
// opening the same database twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (data === null) return;
    const closing = data;
    data = null;
    // Quit once the service has answered what it was given, checkpointed the
    // log into the data file and released the folder's lock.
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
  // A terminal closed (SIGHUP) or a stop asked for: the same clean quit as the window's.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fatal(describe(error)));
}
