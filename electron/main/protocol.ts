// The desktop window's own scheme: app://commission-desk/ serves the built
// renderer (out/renderer) and nothing else, instead of file:// (Electron's
// security checklist, item 18: a file:// page could read any file the user
// can). Pure — Node only, no Electron import — so every answer is unit-tested
// on plain Node; electron/main/protocolRegistration.ts hands requests to it.
import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from '../security/csp';
import { lookupStatic } from '../browser/staticFiles';

export const APP_SCHEME = 'app';
export const APP_HOST = 'commission-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the window loads. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export type AppRequest = Readonly<{ url: string; method: string }>;

export type AppAnswer =
  | Readonly<{ kind: 'file'; path: string; contentType: string }>
  | Readonly<{ kind: 'refused'; status: 400 | 403 | 404 | 405 }>;

/**
 * The path of an app:// URL exactly as sent — before any URL normalisation
 * — or null when the URL is not ours (another host, a port, user info).
 */
export function rawAppPath(url: string): string | null {
  const prefix = `${APP_SCHEME}://`;
  if (!url.toLowerCase().startsWith(prefix)) return null;
  const rest = url.slice(prefix.length);
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  // SECURITY: exactly our host; `app://x@commission-desk`, `app://commission-desk:1` and other hosts are refused.
  if (authority.toLowerCase() !== APP_HOST) return null;
  const target = authorityEnd === -1 ? '/' : rest.slice(authorityEnd);
  const path = target.split(/[?#]/, 1)[0] ?? '';
  return path === '' ? '/' : path;
}

/**
 * Which file of the built renderer answers an app:// request, or why none
 * does. The same path rules as the browser host's static files
 * (electron/browser/staticFiles.ts): `..` in any encoding, backslashes, NUL
 * bytes and symlinks leading out of the folder are refused.
 */
export async function resolveAppRequest(rendererDir: string, request: AppRequest): Promise<AppAnswer> {
  const path = rawAppPath(request.url);
  if (path === null) return { kind: 'refused', status: 403 };
  if (request.method !== 'GET' && request.method !== 'HEAD') return { kind: 'refused', status: 405 };
  const found = await lookupStatic(rendererDir, path);
  switch (found.kind) {
    case 'file':
      return { kind: 'file', path: found.path, contentType: found.contentType };
    case 'bad-request':
      return { kind: 'refused', status: 400 };
    case 'forbidden':
      return { kind: 'refused', status: 403 };
    case 'not-found':
      return { kind: 'refused', status: 404 };
    default: {
      const unreachable: never = found;
      throw new Error(`Unhandled lookup ${String(unreachable)}`);
    }
  }
}

/**
 * The whole answer to an app:// request, as Electron's protocol.handle wants
 * it. Files are read with fs, which Electron lets read inside app.asar; the
 * CSP goes with every answer, as the <meta> in index.html also carries it.
 */
export async function answerAppRequest(rendererDir: string, request: AppRequest): Promise<Response> {
  const answer = await resolveAppRequest(rendererDir, request);
  if (answer.kind === 'refused') return new Response(null, { status: answer.status, headers: { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' } });
  const body = await readFile(answer.path);
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': answer.contentType, 'Content-Length': String(body.length), 'Cache-Control': 'no-cache' },
  });
}
