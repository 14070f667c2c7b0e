// Serving the built renderer (out/renderer) without ever leaving that folder.
import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * What Vite writes to assets/ is named for its contents (`index-CRPbQCqM.js`,
 * Vite's default `[name]-[hash][extname]`, eight characters of hash): a new
 * build gets new names, so these may be cached for good.
 */
const HASHED_ASSET = /^assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+$/;

/** A file found inside the served folder, with what tells one version of it from the next. */
export type StaticFile = Readonly<{ path: string; contentType: string; size: number; modified: number; hashedName: boolean }>;

export type StaticLookup =
  | Readonly<{ kind: 'file' } & StaticFile>
  | Readonly<{ kind: 'bad-request' }>
  | Readonly<{ kind: 'forbidden' }>
  | Readonly<{ kind: 'not-found' }>;

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Maps a raw request path (as sent, before any normalisation) to a file inside
 * `root`. Refuses `..` segments in any encoding, backslashes, NUL bytes, and
 * symlinks that point outside.
 */
export async function lookupStatic(root: string, rawPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad-request' };
  }
  // SECURITY: path traversal — judged on the decoded path, segment by segment.
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden' };
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { kind: 'forbidden' };
  const relativePath = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const candidate = resolve(root, relativePath);
  const rootReal = await realpath(root);
  if (!isInside(resolve(root), candidate)) return { kind: 'forbidden' };
  let real: string;
  let info: Stats;
  try {
    real = await realpath(candidate);
    info = await stat(real);
    if (!info.isFile()) return { kind: 'not-found' };
  } catch {
    return { kind: 'not-found' };
  }
  // SECURITY: a symlink inside the folder must not lead out of it.
  if (!isInside(rootReal, real)) return { kind: 'forbidden' };
  return {
    kind: 'file',
    path: real,
    contentType: CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
    size: info.size,
    modified: info.mtimeMs,
    hashedName: HASHED_ASSET.test(relative(rootReal, real).split(sep).join('/')),
  };
}

/** Where the built renderer's entry page lives. */
export function indexFile(rendererDir: string): string {
  return join(rendererDir, 'index.html');
}
