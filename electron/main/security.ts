// Electron's security checklist, applied once for the whole app.
// https://www.electronjs.org/docs/latest/tutorial/security
import { app, session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../security/csp';
import { isRequestAllowed, type TrustedRenderer } from './trustedOrigin';

/** Session-wide: CSP and hardening headers, no remote requests, no permissions. */
export function secureSession(trusted: TrustedRenderer): void {
  const ses = session.defaultSession;
  // SECURITY: CSP as a response header for anything served over http (dev server);
  // app:// answers carry it themselves (protocol.ts), and renderer/index.html's <meta> too.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, ...Object.fromEntries(Object.entries(SECURITY_HEADERS).map(([k, v]) => [k, [v]])), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // SECURITY: no remote content and no file:// — only app://commission-desk (and
  // the dev server in development) is loaded; everything else is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, trusted) });
  });
  // SECURITY: every permission (camera, notifications, geolocation, …) denied.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/** Per web contents: no navigation, no new windows, no <webview>. */
export function hardenContents(contents: WebContents): void {
  // SECURITY: the page never navigates away from the renderer (links, drag-and-drop, location=).
  contents.on('will-navigate', (event) => event.preventDefault());
  // SECURITY: nor does any frame inside it (will-navigate sees the main frame only).
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  // SECURITY: window.open / target=_blank open nothing.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // SECURITY: no <webview> can be attached.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies hardenContents to every web contents the app ever creates. */
export function hardenAllContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}
