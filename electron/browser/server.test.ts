// The loopback host against a real database in a temp folder.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFile } from '../../db/dataFolder';
import { createDispatch } from '../../db/dispatch';
import { openDatabase } from '../../db/open';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { MAX_BODY_BYTES, startBrowserHost, type BrowserHost } from './server';

type Reply = Readonly<{ status: number; headers: IncomingHttpHeaders; body: string }>;

function send(port: number, options: Readonly<{ method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }>): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

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
    const huge = await send(host.port, { method: 'POST', path: '/api/agreements.list', headers, body: `{"x":"${'a'.repeat(MAX_BODY_BYTES)}"}` }).catch((error: NodeJS.ErrnoException) => ({ status: error.code, headers: {}, body: '' }));
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
