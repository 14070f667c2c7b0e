import { describe, expect, it } from 'vitest';
import { isRemoteRequestAllowed, isTrustedRendererUrl, type TrustedRenderer } from './trustedOrigin';

const packaged: TrustedRenderer = { indexUrl: 'file:///opt/Commission%20Desk/resources/app.asar/out/renderer/index.html', devUrl: null };
const dev: TrustedRenderer = { ...packaged, devUrl: 'http://localhost:5173' };

describe('isTrustedRendererUrl', () => {
  it('trusts our index.html, with or without query and fragment', () => {
    expect(isTrustedRendererUrl(packaged.indexUrl, packaged)).toBe(true);
    expect(isTrustedRendererUrl(`${packaged.indexUrl}#/cases/1`, packaged)).toBe(true);
    expect(isTrustedRendererUrl(`${packaged.indexUrl}?x=1`, packaged)).toBe(true);
  });

  it('refuses other files, remote pages and garbage', () => {
    expect(isTrustedRendererUrl('file:///tmp/evil.html', packaged)).toBe(false);
    expect(isTrustedRendererUrl('file:///opt/Commission%20Desk/resources/app.asar/out/renderer/other.html', packaged)).toBe(false);
    expect(isTrustedRendererUrl('https://example.com/index.html', packaged)).toBe(false);
    expect(isTrustedRendererUrl('about:blank', packaged)).toBe(false);
    expect(isTrustedRendererUrl('not a url', packaged)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', packaged)).toBe(false);
  });

  it('trusts the dev server origin only in development, and only on loopback', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/#/x', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedRendererUrl('http://evil.example:5173/', { ...packaged, devUrl: 'http://evil.example:5173' })).toBe(false);
  });
});

describe('isRemoteRequestAllowed', () => {
  it('allows local schemes and refuses the network', () => {
    expect(isRemoteRequestAllowed('file:///opt/app/out/renderer/assets/index.js', packaged)).toBe(true);
    expect(isRemoteRequestAllowed('data:image/png;base64,AAAA', packaged)).toBe(true);
    expect(isRemoteRequestAllowed('https://example.com/x.js', packaged)).toBe(false);
    expect(isRemoteRequestAllowed('ws://localhost:5173/', packaged)).toBe(false);
  });

  it('allows the dev server (including its HMR socket) in development', () => {
    expect(isRemoteRequestAllowed('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isRemoteRequestAllowed('ws://localhost:5173/', dev)).toBe(true);
    expect(isRemoteRequestAllowed('https://cdn.example.com/', dev)).toBe(false);
  });
});
