// Which page is "ours": the built renderer's index.html over file://, or the
// electron-vite dev server in development. Pure (no Electron import) so it is
// unit-tested on plain Node.

export type TrustedRenderer = Readonly<{
  /** file:// URL of out/renderer/index.html. */
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

/** True when `url` is our renderer page (query and fragment ignored). */
export function isTrustedRendererUrl(url: string, trusted: TrustedRenderer): boolean {
  const candidate = parse(url);
  if (candidate === null) return false;
  if (trusted.devUrl !== null) {
    const dev = parse(trusted.devUrl);
    // SECURITY: dev server must be loopback http; same origin only.
    if (dev !== null && candidate.origin === dev.origin && ['localhost', '127.0.0.1', '[::1]'].includes(dev.hostname)) return true;
  }
  const index = parse(trusted.indexUrl);
  return index !== null && candidate.protocol === 'file:' && index.protocol === 'file:' && candidate.host === index.host && candidate.pathname === index.pathname;
}

/** Requests to the network other than the dev server are never made (no remote content). */
export function isRemoteRequestAllowed(url: string, trusted: TrustedRenderer): boolean {
  const candidate = parse(url);
  if (candidate === null) return false;
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(candidate.protocol)) return true; // file:, data:, devtools: are local
  if (trusted.devUrl === null) return false;
  const dev = parse(trusted.devUrl);
  return dev !== null && candidate.hostname === dev.hostname && candidate.port === dev.port;
}
