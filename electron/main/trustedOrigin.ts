// Which page is "ours": the built renderer's index.html over app:// (see
// protocol.ts), or the electron-vite dev server in development. Pure (no
// Electron import) so it is unit-tested on plain Node.
import { APP_HOST } from './protocol';

export type TrustedRenderer = Readonly<{
  /** app://commission-desk/index.html: what the window loads. */
  indexUrl: string;
  /** ELECTRON_RENDERER_URL in development, else null. */
  devUrl: string | null;
}>;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isDevServer(candidate: URL, trusted: TrustedRenderer): boolean {
  if (trusted.devUrl === null) return false;
  const dev = parse(trusted.devUrl);
  // SECURITY: dev server must be loopback; same host and port only.
  return dev !== null && ['localhost', '127.0.0.1', '[::1]'].includes(dev.hostname) && candidate.hostname === dev.hostname && candidate.port === dev.port;
}

/** Our own scheme and host, nothing else: app://commission-desk. */
function isOurApp(candidate: URL): boolean {
  return candidate.protocol === 'app:' && candidate.host === APP_HOST && candidate.username === '' && candidate.password === '';
}

/** True when `url` is our renderer page (query and fragment ignored). */
export function isTrustedRendererUrl(url: string, trusted: TrustedRenderer): boolean {
  const candidate = parse(url);
  if (candidate === null) return false;
  if (isDevServer(candidate, trusted) && candidate.protocol === 'http:') return true;
  const index = parse(trusted.indexUrl);
  // SECURITY: never a file:// page, whatever indexUrl says.
  return index !== null && isOurApp(candidate) && isOurApp(index) && candidate.pathname === index.pathname;
}

/**
 * The session's request filter: the page may load from app://commission-desk
 * (and, in development, the dev server with its HMR socket), data: URLs (the
 * CSP's img-src) and its own blob: URLs. SECURITY: everything else is
 * cancelled — the network (no remote content) and file:// (no file of the
 * user's disk, whatever a script or a dropped link asks for).
 */
export function isRequestAllowed(url: string, trusted: TrustedRenderer): boolean {
  const candidate = parse(url);
  if (candidate === null) return false;
  switch (candidate.protocol) {
    case 'app:':
      return isOurApp(candidate);
    case 'data:':
      return true;
    case 'blob:':
      // blob:app://commission-desk/<uuid>: made by our own page.
      return isRequestAllowed(candidate.pathname, trusted) && candidate.pathname.startsWith('app:');
    case 'devtools:':
      return true; // the DevTools' own pages, local to Electron
    case 'http:':
    case 'ws:':
      return isDevServer(candidate, trusted);
    default:
      return false; // file:, https:, wss:, ftp:, chrome:, javascript:, …
  }
}
