// Wires app:// (electron/main/protocol.ts) into Electron: the scheme is made
// privileged before the app is ready, its handler installed after.
import { protocol } from 'electron';
import { answerAppRequest, APP_SCHEME } from './protocol';

/**
 * Must run before `app` is ready. `standard` gives app:// an origin, relative
 * URLs and 'self' in the CSP; `secure` makes the page a secure context;
 * `supportFetchAPI` and `corsEnabled` let it load its module scripts (Vite's
 * `<script type="module" crossorigin>`). SECURITY: no `bypassCSP`, no
 * service workers, no extensions.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } }]);
}

/** After ready: app:// answers from the built renderer only (the default session, the one window's). */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(rendererDir, { url: request.url, method: request.method }));
}
