import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL } from './protocol';
import { isRequestAllowed, isTrustedRendererUrl, type TrustedRenderer } from './trustedOrigin';

const packaged: TrustedRenderer = { indexUrl: APP_INDEX_URL, devUrl: null };
const dev: TrustedRenderer = { ...packaged, devUrl: 'http://localhost:5173' };

describe('isTrustedRendererUrl', () => {
  it('trusts our index.html over app://, with or without query and fragment', () => {
    expect(isTrustedRendererUrl(APP_INDEX_URL, packaged)).toBe(true);
    expect(isTrustedRendererUrl(`${APP_INDEX_URL}#/cases/1`, packaged)).toBe(true);
    expect(isTrustedRendererUrl(`${APP_INDEX_URL}?x=1`, packaged)).toBe(true);
  });

  it('refuses other pages, other hosts of the scheme, file://, remote pages and garbage', () => {
    for (const url of [
      'app://commission-desk/other.html',
      'app://commission-desk/assets/index.html',
      'app://evil/index.html',
      'app://x@commission-desk/index.html',
      'file:///opt/Commission%20Desk/resources/app.asar/out/renderer/index.html',
      'file:///tmp/evil.html',
      'https://example.com/index.html',
      'about:blank',
      'not a url',
      'http://localhost:5173/',
    ]) {
      expect(isTrustedRendererUrl(url, packaged), url).toBe(false);
    }
  });

  it('never trusts a file:// page, even named as the index', () => {
    const legacy = 'file:///opt/app/out/renderer/index.html';
    expect(isTrustedRendererUrl(legacy, { indexUrl: legacy, devUrl: null })).toBe(false);
  });

  it('trusts the dev server origin only in development, and only on loopback', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/#/x', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedRendererUrl('http://evil.example:5173/', { ...packaged, devUrl: 'http://evil.example:5173' })).toBe(false);
  });
});

describe('isRequestAllowed', () => {
  it('allows our app:// files, data: and our own blob: URLs', () => {
    expect(isRequestAllowed('app://commission-desk/assets/index-CRPbQCqM.js', packaged)).toBe(true);
    expect(isRequestAllowed(APP_INDEX_URL, packaged)).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,AAAA', packaged)).toBe(true);
    expect(isRequestAllowed('blob:app://commission-desk/7c4e0d4c-2a8e-4f7e-9a3a-0d6c3a1b2c3d', packaged)).toBe(true);
  });

  it('refuses every file:// URL (issue 7 §6: any file:// path used to pass)', () => {
    for (const url of ['file:///etc/passwd', 'file:///opt/app/out/renderer/assets/index.js', 'file:///C:/Windows/win.ini', 'file://server/share/x', 'FILE:///etc/passwd']) {
      expect(isRequestAllowed(url, packaged), url).toBe(false);
      expect(isRequestAllowed(url, dev), url).toBe(false);
    }
  });

  it('refuses other app:// hosts, foreign blobs, the network and odd schemes', () => {
    for (const url of [
      'app://evil/x.js',
      'app://commission-desk:8080/x.js',
      'blob:https://evil.example/1234',
      'blob:null/1234',
      'https://example.com/x.js',
      'http://127.0.0.1:9/x',
      'ws://localhost:5173/',
      'wss://example.com/',
      'ftp://example.com/x',
      'chrome://settings',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isRequestAllowed(url, packaged), url).toBe(false);
    }
  });

  it('allows the dev server (including its HMR socket) in development, and nothing else remote', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/', dev)).toBe(true);
    expect(isRequestAllowed('http://localhost:5174/', dev)).toBe(false);
    expect(isRequestAllowed('https://cdn.example.com/', dev)).toBe(false);
  });
});
