// The browser host's session (issue 7 §5): the printed ?token= address is
// exchanged for an HttpOnly cookie, which the API then accepts like the Bearer
// token — behind the same Host and Origin checks. Against a real database.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFile } from '../../db/dataFolder';
import { createDispatch } from '../../db/dispatch';
import { openDatabase } from '../../db/open';
import { send, type Reply } from './httpTesting';
import { startBrowserHost, type BrowserHost } from './server';

let folder: string;
let rendererDir: string;
let host: BrowserHost;
let closeDb: () => void;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'cd-browser-session-'));
  rendererDir = join(folder, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Commission Desk</title><div id="root"></div>');
  const db = await openDatabase(databaseFile(join(folder, 'data')));
  closeDb = () => db.close();
  host = await startBrowserHost({ dispatch: createDispatch(db), rendererDir });
});

afterEach(async () => {
  await host.close();
  closeDb();
  rmSync(folder, { recursive: true, force: true });
});

/** The cookie pair (`name=value`) from an exchange's Set-Cookie. */
function cookiePair(reply: Reply): string {
  const header = reply.headers['set-cookie']?.[0] ?? '';
  return header.split(';', 1)[0] ?? '';
}

async function exchange(target: BrowserHost = host): Promise<string> {
  const reply = await send(target.port, { path: `/?token=${target.token}` });
  expect(reply.status).toBe(303);
  return cookiePair(reply);
}

/** An API call carrying only the given headers: no Authorization unless the test adds one. */
function call(method: string, input: unknown, headers: Record<string, string>, target: BrowserHost = host): Promise<Reply> {
  return send(target.port, { method: 'POST', path: `/api/${method}`, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(input) });
}

describe('the printed address is exchanged for a session cookie', () => {
  it('answers the first load with the cookie and sends the browser on to / without the token', async () => {
    const reply = await send(host.port, { path: `/?token=${host.token}` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(reply.headers['cache-control']).toBe('no-store');
    const cookies = reply.headers['set-cookie'] ?? [];
    expect(cookies).toHaveLength(1);
    const attributes = (cookies[0] ?? '').split(';').map((part) => part.trim());
    expect(attributes[0]).toMatch(new RegExp(`^commission-desk-${host.port}=[\\w-]{43}$`));
    expect(attributes.slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
    // The cookie has its own secret: the token is only ever in the printed address.
    expect(cookies[0]).not.toContain(host.token);
    expect(reply.body).not.toContain(host.token);
  });

  it('exchanges the token on any page of the app and for HEAD, always sending the browser to /', async () => {
    for (const path of [`/index.html?token=${host.token}`, `/?lang=es&token=${host.token}`, `//evil.example/?token=${host.token}`]) {
      const reply = await send(host.port, { path });
      expect(reply.status, path).toBe(303);
      // A fixed Location: never an open redirect to another host.
      expect(reply.headers.location, path).toBe('/');
    }
    expect((await send(host.port, { method: 'HEAD', path: `/?token=${host.token}` })).status).toBe(303);
  });

  it('sets no cookie for a wrong, empty or missing token, and serves the page as before', async () => {
    for (const path of [`/?token=${host.token}x`, '/?token=', `/?token=${host.token.slice(1)}`, '/']) {
      const reply = await send(host.port, { path });
      expect(reply.status, path).toBe(200);
      expect(reply.headers['set-cookie'], path).toBeUndefined();
    }
  });

  it('still checks Host and Origin before exchanging', async () => {
    expect((await send(host.port, { path: `/?token=${host.token}`, headers: { Host: `evil.example:${host.port}` } })).status).toBe(403);
    const foreign = await send(host.port, { path: `/?token=${host.token}`, headers: { Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.headers['set-cookie']).toBeUndefined();
  });
});

describe('the API accepts the session cookie', () => {
  it('answers a call that carries only the cookie, reads and writes alike', async () => {
    const cookie = await exchange();
    const list = await call('agreements.list', {}, { Cookie: cookie });
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body)).toMatchObject({ ok: true });
    const created = await call('cases.create', { agreement: 'cafta-dr', kind: 'dispute', title: 'Customs valuation of textiles', complainant: 'USA', respondent: 'GTM' }, { Cookie: cookie, Origin: `http://127.0.0.1:${host.port}` });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, result: { title: 'Customs valuation of textiles' } });
  });

  it('finds the cookie among the browser’s other cookies for this host name', async () => {
    const cookie = await exchange();
    const reply = await call('agreements.list', {}, { Cookie: `theme=dark; commission-desk-1=stale; ${cookie}; other=1` });
    expect(reply.status).toBe(200);
  });

  it('refuses a foreign Origin or Host with 403 even with the cookie', async () => {
    const cookie = await exchange();
    for (const origin of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null']) {
      const reply = await call('cases.create', { agreement: 'cafta-dr', kind: 'dispute', title: 'Forged', complainant: 'USA', respondent: 'GTM' }, { Cookie: cookie, Origin: origin });
      expect(reply.status, origin).toBe(403);
    }
    expect((await call('agreements.list', {}, { Cookie: cookie, Host: `evil.example:${host.port}` })).status).toBe(403);
    // Nothing the refused calls sent was written.
    const list = await call('cases.list', {}, { Cookie: cookie });
    expect(JSON.parse(list.body)).toMatchObject({ ok: true, result: { total: 0 } });
  });

  it('refuses a wrong cookie with 401', async () => {
    const cookie = await exchange();
    const [name, value = ''] = cookie.split('=');
    const other = await startBrowserHost({ dispatch: () => ({ ok: true, result: null }), rendererDir });
    try {
      const otherCookie = await exchange(other);
      const wrong = [
        `${name}=${value}x`,
        `${name}=${value.slice(0, -1)}`,
        `${name}=`,
        `${name}=${host.token}`, // the token is not the cookie's secret
        `commission-desk-${host.port + 1}=${value}`, // the right secret under another host's name
        `${name}=${otherCookie.split('=')[1] ?? ''}`, // another host's secret
        `X${name}=${value}`,
      ];
      for (const attempt of wrong) {
        const reply = await call('agreements.list', {}, { Cookie: attempt });
        expect(reply.status, attempt).toBe(401);
        expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { reason: 'no_token' } });
      }
    } finally {
      await other.close();
    }
  });

  it('still accepts the Bearer token alone, as scripts use it', async () => {
    expect((await call('agreements.list', {}, { Authorization: `Bearer ${host.token}` })).status).toBe(200);
  });

  it('gives each run its own session: a cookie from an earlier run is refused', async () => {
    const cookie = await exchange();
    const port = host.port;
    await host.close();
    const db = await openDatabase(databaseFile(join(folder, 'data-2')));
    try {
      host = await startBrowserHost({ dispatch: createDispatch(db), rendererDir, port });
      expect((await call('agreements.list', {}, { Cookie: cookie })).status).toBe(401);
    } finally {
      await host.close();
      db.close();
      host = await startBrowserHost({ dispatch: () => ({ ok: true, result: null }), rendererDir });
    }
  });
});

describe('a dispatch that answers later', () => {
  it('is awaited, and its failure is an internal error, not a crash', async () => {
    const later = await startBrowserHost({
      dispatch: async (method) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (method === 'fail.now') throw new Error('worker gone');
        return { ok: true, result: { method } };
      },
      rendererDir,
    });
    try {
      const answered = await call('agreements.list', {}, { Authorization: `Bearer ${later.token}` }, later);
      expect(JSON.parse(answered.body)).toEqual({ ok: true, result: { method: 'agreements.list' } });
      const failed = await call('fail.now', {}, { Authorization: `Bearer ${later.token}` }, later);
      expect(failed.status).toBe(500);
      expect(JSON.parse(failed.body)).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(failed.body).not.toContain('worker gone');
    } finally {
      await later.close();
    }
  });
});
