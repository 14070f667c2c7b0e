// app:// serves the built renderer and nothing else: the traversal attempts
// the browser host's static files are tested with, plus the URL forms only a
// custom scheme has. Against real files in a temp folder.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { answerAppRequest, APP_INDEX_URL, rawAppPath, resolveAppRequest } from './protocol';

let folder: string;
let rendererDir: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cd-app-protocol-'));
  rendererDir = join(folder, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Commission Desk</title><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'index-CRPbQCqM.js'), 'console.log("app");');
  // Beside the served folder: no request may reach these.
  writeFileSync(join(folder, 'secret.txt'), 'TOP-SECRET');
  mkdirSync(join(folder, 'renderer-evil'));
  writeFileSync(join(folder, 'renderer-evil', 'index.html'), 'TOP-SECRET');
  symlinkSync(join(folder, 'secret.txt'), join(rendererDir, 'link.txt'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return answerAppRequest(rendererDir, { url, method });
}

describe('rawAppPath', () => {
  it('reads the path as sent, without the query or fragment', () => {
    expect(rawAppPath(APP_INDEX_URL)).toBe('/index.html');
    expect(rawAppPath('app://commission-desk')).toBe('/');
    expect(rawAppPath('app://commission-desk/')).toBe('/');
    expect(rawAppPath('app://commission-desk/assets/a.js?v=1#x')).toBe('/assets/a.js');
    expect(rawAppPath('app://commission-desk/a/../../b')).toBe('/a/../../b');
    expect(rawAppPath('APP://Commission-Desk/index.html')).toBe('/index.html');
  });

  it('refuses every other host, a port, user info and other schemes', () => {
    for (const url of ['app://evil/index.html', 'app://commission-desk:80/index.html', 'app://user@commission-desk/index.html', 'app://commission-desk.evil/x', 'file:///etc/passwd', 'http://commission-desk/index.html', 'app:commission-desk/index.html', '']) {
      expect(rawAppPath(url), url).toBeNull();
    }
  });
});

describe('answerAppRequest', () => {
  it('serves index.html and the built assets with their types, the CSP and hardening headers', async () => {
    for (const url of [APP_INDEX_URL, 'app://commission-desk/', `${APP_INDEX_URL}#/cases/1`]) {
      const page = await get(url);
      expect(page.status, url).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const script = await get('app://commission-desk/assets/index-CRPbQCqM.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("app");');
  });

  it('answers HEAD with the headers and no body, and refuses other methods', async () => {
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String('<!doctype html><title>Commission Desk</title><div id="root"></div>'.length));
    expect(await head.text()).toBe('');
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
  });

  it('404s what the build does not hold', async () => {
    expect((await get('app://commission-desk/assets/missing.js')).status).toBe(404);
    expect((await get('app://commission-desk/assets')).status).toBe(404);
  });

  it.each([
    'app://commission-desk/../secret.txt',
    'app://commission-desk/../renderer-evil/index.html',
    'app://commission-desk/%2e%2e/secret.txt',
    'app://commission-desk/%2E%2E/secret.txt',
    'app://commission-desk/..%2fsecret.txt',
    'app://commission-desk/%2e%2e%2fsecret.txt',
    'app://commission-desk/assets/../../secret.txt',
    'app://commission-desk/assets/%2e%2e/%2e%2e/secret.txt',
    'app://commission-desk/..%5csecret.txt',
    'app://commission-desk/..\\secret.txt',
    'app://commission-desk/%252e%252e/secret.txt',
    'app://commission-desk/index.html%00.js',
    'app://commission-desk/link.txt',
    'app://commission-desk/%',
    'app://evil/../secret.txt',
    'app://commission-desk:443/index.html',
    'app://a@commission-desk/index.html',
  ])('refuses %s', async (url) => {
    const reply = await get(url);
    expect([400, 403, 404]).toContain(reply.status);
    expect(await reply.text()).not.toContain('TOP-SECRET');
    expect((await resolveAppRequest(rendererDir, { url, method: 'GET' })).kind).toBe('refused');
  });

  it('never reads an absolute path named in the URL', async () => {
    const secret = join(folder, 'secret.txt');
    for (const url of [`app://commission-desk/${encodeURIComponent(secret)}`, `app://commission-desk/${secret}`, `app://commission-desk//${secret}`]) {
      const reply = await get(url);
      expect([400, 403, 404], url).toContain(reply.status);
      expect(await reply.text()).not.toContain('TOP-SECRET');
    }
  });
});
