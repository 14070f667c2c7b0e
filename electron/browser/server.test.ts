// The loopback host against a real database in a temp folder.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFile } from '../../db/dataFolder';
import { createDispatch } from '../../db/dispatch';
import { openDatabase } from '../../db/open';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { send, type Reply } from './httpTesting';
import { MAX_BODY_BYTES, startBrowserHost, type BrowserHost } from './server';

/** A built bundle as Vite names it: `[name]-[hash].js`. */
const HASHED_BUNDLE = 'index-CRPbQCqM.js';
/** Some 80 kB of script, repetitive as real bundles are. */
const BUNDLE = Array.from({ length: 1500 }, (_, index) => `export function handler${index}(input) { return input.value * ${index} + ${index % 7}; }\n`).join('');

let folder: string;
let host: BrowserHost;
let closeDb: () => void;

function api(method: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers },
    body: JSON.stringify(input),
  });
}

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'cd-browser-host-'));
  const rendererDir = join(folder, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Commission Desk</title><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(rendererDir, 'assets', HASHED_BUNDLE), BUNDLE);
  // Files beside the served folder that no request may reach.
  writeFileSync(join(folder, 'secret.txt'), 'TOP-SECRET');
  symlinkSync(join(folder, 'secret.txt'), join(rendererDir, 'link.txt'));
  const db = await openDatabase(databaseFile(join(folder, 'data')));
  closeDb = () => db.close();
  host = await startBrowserHost({ dispatch: createDispatch(db), rendererDir });
});

afterEach(async () => {
  await host.close();
  closeDb();
  rmSync(folder, { recursive: true, force: true });
});

describe('startBrowserHost: address and token', () => {
  it('listens on 127.0.0.1 with a fresh 32-byte token in the printed URL', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
    const other = await startBrowserHost({ dispatch: () => ({ ok: true, result: null }), rendererDir: folder });
    expect(other.token).not.toBe(host.token);
    await other.close();
  });

  it('is not reachable on any non-loopback address', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((info) => info !== undefined && !info.internal && info.family === 'IPv4');
    if (external === undefined) return; // no network interface to try: nothing to prove here
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: external.address, port: host.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(outcome).toBe('ECONNREFUSED');
  });
});

describe('startBrowserHost: API', () => {
  it('refuses calls without a token or with a wrong one (401)', async () => {
    const none = await send(host.port, { method: 'POST', path: '/api/agreements.list', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    expect((await api('agreements.list', {}, { Authorization: `Bearer ${host.token}x` })).status).toBe(401);
    expect((await api('agreements.list', {}, { Authorization: 'Bearer ' })).status).toBe(401);
    expect((await api('agreements.list', {}, { Authorization: host.token })).status).toBe(401);
  });

  it('answers a call with the token (200) with what dispatch returns', async () => {
    const reply = await api('agreements.list', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(reply.body) as { ok: boolean; result: unknown[] };
    expect(body.ok).toBe(true);
    expect(body.result.length).toBeGreaterThan(0);
  });

  it('answers an unknown method as an API error', async () => {
    const reply = await api('nope.nothing', {});
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses bad JSON (400), wrong content type (415), GET (405) and oversized bodies (413)', async () => {
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` };
    const bad = await send(host.port, { method: 'POST', path: '/api/agreements.list', headers, body: '{"oops' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await send(host.port, { method: 'POST', path: '/api/agreements.list', headers: { ...headers, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await send(host.port, { path: '/api/agreements.list', headers })).status).toBe(405);
    const huge = await send(host.port, { method: 'POST', path: '/api/agreements.list', headers, body: `{"x":"${'a'.repeat(MAX_BODY_BYTES)}"}` }).catch((error: NodeJS.ErrnoException) => ({ status: error.code, headers: {}, body: '', bytes: Buffer.alloc(0) }));
    // The host answers 413 and closes; a client still writing may see the reset instead.
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(huge.status);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const reply = await api('agreements.list', {}, { Host: `evil.example:${host.port}` });
    expect(reply.status).toBe(403);
    expect((await send(host.port, { path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await send(host.port, { path: '/', headers: { Host: `127.0.0.1:${host.port + 1}` } })).status).toBe(403);
  });

  it('refuses a foreign Origin with 403 and accepts our own', async () => {
    expect((await api('agreements.list', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('agreements.list', {}, { Origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403);
    expect((await api('agreements.list', {}, { Origin: 'null' })).status).toBe(403);
    expect((await api('agreements.list', {}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
    expect((await api('agreements.list', {}, { Origin: `http://localhost:${host.port}`, Host: `localhost:${host.port}` })).status).toBe(200);
  });
});

describe('startBrowserHost: static files', () => {
  it('serves index.html for / without a token, with the CSP and hardening headers', async () => {
    const reply = await send(host.port, { path: '/?token=whatever' });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<div id="root">');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves built assets with their content type and 404s the rest', async () => {
    const js = await send(host.port, { path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(host.port, { path: '/assets/missing.js' })).status).toBe(404);
    expect((await send(host.port, { path: '/assets' })).status).toBe(404);
    expect((await send(host.port, { method: 'POST', path: '/index.html' })).status).toBe(405);
  });

  it.each([
    '/../secret.txt',
    '/../package.json',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%252e%252e/secret.txt',
    '/index.html%00.js',
    '/link.txt',
    '/%',
  ])('refuses traversal %s', async (path) => {
    const reply = await send(host.port, { path });
    expect([400, 403, 404]).toContain(reply.status);
    expect(reply.body).not.toContain('TOP-SECRET');
    expect(reply.body).not.toContain('commission-desk');
  });
});

describe('startBrowserHost: compression and caching', () => {
  const bundle = `/assets/${HASHED_BUNDLE}`;

  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=1.0, gzip;q=0.8', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['*', 'br'],
    ['identity', undefined],
    ['gzip;q=0, br;q=0', undefined],
  ])('answers Accept-Encoding %j in %s, byte for byte the file once decoded', async (accept, encoding) => {
    await host.precompressed;
    const reply = await send(host.port, { path: bundle, headers: { 'Accept-Encoding': accept } });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe(encoding);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(Number(reply.headers['content-length'])).toBe(reply.bytes.length);
    const decoded = encoding === 'br' ? brotliDecompressSync(reply.bytes) : encoding === 'gzip' ? gunzipSync(reply.bytes) : reply.bytes;
    expect(decoded.toString('utf8')).toBe(BUNDLE);
    if (encoding !== undefined) expect(reply.bytes.length).toBeLessThan(BUNDLE.length / 4);
    // The CSP and hardening headers on every answer, compressed or not.
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('sends a file as is to a client that names no encoding', async () => {
    const reply = await send(host.port, { path: bundle });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body).toBe(BUNDLE);
  });

  it('lets browsers keep hashed assets for good and revalidate everything else', async () => {
    const hashed = await send(host.port, { path: bundle, headers: { 'Accept-Encoding': 'gzip' } });
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/assets/app.js']) {
      const reply = await send(host.port, { path });
      expect(reply.status).toBe(200);
      expect(reply.headers['cache-control'], path).toBe('no-cache');
      expect(reply.headers.etag, path).toMatch(/^"[A-Za-z0-9_-]+"$/);
    }
  });

  it('answers a revalidation of an unchanged index.html with 304 and no body, and a changed one in full', async () => {
    const first = await send(host.port, { path: '/', headers: { 'Accept-Encoding': 'gzip, br' } });
    const etag = first.headers.etag ?? '';
    const again = await send(host.port, { path: '/', headers: { 'Accept-Encoding': 'gzip, br', 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.bytes).toHaveLength(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe('no-cache');
    expect((await send(host.port, { path: '/', headers: { 'If-None-Match': '"something-else"' } })).status).toBe(200);

    // A rebuild writes a new entry page: it is read again, not served from memory.
    await delay(20); // a modification time that differs even on coarse clocks
    writeFileSync(join(folder, 'renderer', 'index.html'), '<!doctype html><title>Commission Desk, rebuilt</title><div id="root"></div>');
    const rebuilt = await send(host.port, { path: '/', headers: { 'If-None-Match': etag } });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body).toContain('rebuilt');
    expect(rebuilt.headers.etag).not.toBe(etag);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    await host.precompressed;
    const head = await send(host.port, { method: 'HEAD', path: bundle, headers: { 'Accept-Encoding': 'br' } });
    const get = await send(host.port, { path: bundle, headers: { 'Accept-Encoding': 'br' } });
    expect(head.status).toBe(200);
    expect(head.bytes).toHaveLength(0);
    for (const name of ['content-encoding', 'content-length', 'etag', 'cache-control', 'content-type']) expect(head.headers[name], name).toBe(get.headers[name]);
  });

  it('still checks Host and Origin before serving any file', async () => {
    expect((await send(host.port, { path: bundle, headers: { Host: 'evil.example', 'Accept-Encoding': 'br' } })).status).toBe(403);
    expect((await send(host.port, { path: bundle, headers: { Origin: 'http://evil.example', 'Accept-Encoding': 'gzip' } })).status).toBe(403);
  });
});
