// The loopback browser host: the built renderer plus `POST /api/<method>`,
// forwarded to the same dispatch the desktop host uses. node:http only.
// SECURITY: 127.0.0.1 only, a per-run token for the API (exchanged on the
// first visit for an HttpOnly session cookie), Host and Origin checked on
// every request (Jupyter's model), the same CSP as the desktop.
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiError, ApiResponse } from '../../shared/api/errors';
import { SECURITY_HEADERS } from '../security/csp';
import { BACKUP_PATH, serveBackupDownload, type FindBackup } from './backupDownload';
import { acceptedEncodings } from './encoding';
import { createFileCache, type FileCache } from './fileCache';
import { isAuthorized, newToken, originProblem, sessionCookie, sessionCookieName, sameSecret, tokenInQuery, type Credentials } from './requestGuards';
import { lookupStatic } from './staticFiles';

export type BrowserHostOptions = Readonly<{
  /** The one dispatch; it may answer later (a worker thread), never blocking this thread. */
  dispatch: (method: string, input: unknown) => ApiResponse<unknown> | Promise<ApiResponse<unknown>>;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Listed backups, for "Save a copy" as a download (GET /backups/<name>, backupDownload.ts); absent: none served. */
  findBackup?: FindBackup;
  /** 0 or absent: a free port. */
  port?: number;
  host?: '127.0.0.1';
}>;

export type BrowserHost = Readonly<{
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  /** Settles once every static file is in memory with its compressed forms. */
  precompressed: Promise<void>;
  close: () => Promise<void>;
}>;

/** Larger bodies are refused (413): no API input comes near this. */
export const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

function send(response: ServerResponse, status: number, headers: Readonly<Record<string, string>>, body?: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, payload: unknown): void {
  send(response, status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, JSON.stringify(payload));
}

function sendError(response: ServerResponse, status: number, error: ApiError): void {
  sendJson(response, status, { ok: false, error } satisfies ApiResponse<never>);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  send(response, status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }, `${text}\n`);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // SECURITY: bounded memory whatever the client claims in Content-Length.
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function serveApi(request: IncomingMessage, response: ServerResponse, method: string, options: BrowserHostOptions, credentials: Credentials): Promise<void> {
  if (!isAuthorized(request.headers, credentials)) {
    response.setHeader('WWW-Authenticate', 'Bearer');
    sendError(response, 401, { code: 'invalid_input', reason: 'no_token', message: 'Missing or wrong access token. Open the address Commission Desk printed when it started.' });
    return;
  }
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    sendError(response, 405, { code: 'invalid_input', reason: 'bad_request', message: 'API calls are POST requests.' });
    return;
  }
  // SECURITY: a JSON content type forces a CORS preflight for any cross-site attempt.
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    sendError(response, 415, { code: 'invalid_input', reason: 'bad_request', message: 'API calls send application/json.' });
    return;
  }
  let text: string;
  try {
    text = await readBody(request);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      response.setHeader('Connection', 'close');
      sendError(response, 413, { code: 'invalid_input', reason: 'bad_request', message: `Request body larger than ${MAX_BODY_BYTES} bytes.` });
      return;
    }
    throw error;
  }
  let input: unknown;
  try {
    input = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    sendError(response, 400, { code: 'invalid_input', reason: 'bad_request', message: 'The request body is not valid JSON.' });
    return;
  }
  // Forward only: validation and errors are dispatch's job; its answer goes back as is.
  sendJson(response, 200, await options.dispatch(method, input));
}

/** True when the client already holds this representation (RFC 9110 §13.1.2). */
function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

async function serveStatic(request: IncomingMessage, response: ServerResponse, rawPath: string, rendererDir: string, cache: FileCache): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    sendText(response, 405, 'Method not allowed');
    return;
  }
  const found = await lookupStatic(rendererDir, rawPath);
  switch (found.kind) {
    case 'file': {
      // Built assets are named for their contents and never change under that
      // name; the entry page (which names them) is revalidated on every visit.
      const cacheControl = found.hashedName ? 'public, max-age=31536000, immutable' : 'no-cache';
      const representation = await cache.representation(found, acceptedEncodings(request.headers['accept-encoding']));
      if (representation === null) {
        response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': found.contentType, 'Cache-Control': cacheControl });
        if (request.method === 'HEAD') response.end();
        else createReadStream(found.path).on('error', () => response.destroy()).pipe(response);
        return;
      }
      const validators = { 'Cache-Control': cacheControl, ETag: representation.etag, Vary: 'Accept-Encoding' };
      if (notModified(request.headers['if-none-match'], representation.etag)) {
        response.writeHead(304, { ...SECURITY_HEADERS, ...validators });
        response.end();
        return;
      }
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        ...validators,
        'Content-Type': found.contentType,
        'Content-Length': String(representation.body.length),
        ...(representation.encoding === 'identity' ? {} : { 'Content-Encoding': representation.encoding }),
      });
      response.end(request.method === 'HEAD' ? undefined : representation.body);
      return;
    }
    case 'bad-request':
      sendText(response, 400, 'Bad request');
      return;
    case 'forbidden':
      sendText(response, 403, 'Forbidden');
      return;
    case 'not-found':
      sendText(response, 404, 'Not found');
      return;
    default: {
      const unreachable: never = found;
      throw new Error(`Unhandled lookup ${String(unreachable)}`);
    }
  }
}

/**
 * The printed address's first load: a right token becomes the session cookie
 * and the browser is sent on to `/` without it, so the token leaves the
 * address bar before any script runs (the fragment — the screen — is kept by
 * the browser across the redirect). A wrong token is ignored: the page loads
 * and its API calls are refused, which the app explains.
 */
function exchangeToken(request: IncomingMessage, response: ServerResponse, credentials: Credentials): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const presented = tokenInQuery(request.url ?? '/');
  if (presented === null || !sameSecret(presented, credentials.token)) return false;
  // SECURITY: a fixed Location, never built from the request (no open redirect via `//host`).
  send(response, 303, { Location: '/', 'Set-Cookie': sessionCookie(credentials.cookieName, credentials.sessionSecret), 'Cache-Control': 'no-store' });
  return true;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: BrowserHostOptions,
  credentials: Credentials,
  port: number,
  cache: FileCache,
): Promise<void> {
  const problem = originProblem(request.headers, port);
  if (problem !== null) {
    sendText(response, 403, `Forbidden: ${problem}`);
    return;
  }
  // The raw path, before any URL normalisation, so traversal is judged as sent.
  const rawPath = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  const api = /^\/api\/([^/]*)$/.exec(rawPath);
  if (api) {
    let method: string;
    try {
      method = decodeURIComponent(api[1] ?? '');
    } catch {
      sendError(response, 400, { code: 'invalid_input', reason: 'bad_request', message: 'Malformed method name.' });
      return;
    }
    await serveApi(request, response, method, options, credentials);
    return;
  }
  if (rawPath.startsWith('/api/') || rawPath === '/api') {
    sendError(response, 404, { code: 'unknown_method', reason: 'no_method', message: 'No such API path.' });
    return;
  }
  const backup = BACKUP_PATH.exec(rawPath);
  if (backup !== null && options.findBackup !== undefined) return serveBackupDownload(request, response, backup[1] ?? '', options.findBackup, credentials);
  if (exchangeToken(request, response, credentials)) return;
  await serveStatic(request, response, rawPath, options.rendererDir, cache);
}

/** Starts the host; resolves once it listens. */
export function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = newToken();
  const bindAddress = options.host ?? '127.0.0.1'; // SECURITY: loopback only, never 0.0.0.0
  // SECURITY: the cookie carries its own secret, not the token, so the token
  // is only ever seen in the printed address and Bearer headers.
  const sessionSecret = newToken();
  let credentials: Credentials = { token, cookieName: '', sessionSecret };
  let port = 0;
  const cache = createFileCache();
  // Read and compressed ahead of the first visit, off the request path; a
  // request that comes first is served what is ready (fileCache.ts).
  const precompressed = cache.warm(options.rendererDir).catch(() => undefined);
  const server = createServer((request, response) => {
    handle(request, response, options, credentials, port, cache).catch(() => {
      // No stack traces to the client; the request simply fails.
      if (!response.headersSent) sendError(response, 500, { code: 'internal', reason: 'server_failed', message: 'Internal error.' });
      else response.destroy();
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, bindAddress, () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      credentials = { token, cookieName: sessionCookieName(port), sessionSecret };
      resolve({
        url: `http://${bindAddress}:${port}/?token=${token}`,
        port,
        token,
        precompressed,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
