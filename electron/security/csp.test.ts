import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, parsePolicy, SECURITY_HEADERS } from './csp';

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only our own scripts, styles and connections', () => {
    const policy = parsePolicy(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|\*|https?:/);
  });

  it('is the policy every response carries', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });

  it("matches the renderer's <meta> policy (which every page carries, whatever served it)", () => {
    const html = readFileSync(join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(meta, 'renderer/index.html must carry the CSP as a <meta>').toBeDefined();
    const expected = new Map(parsePolicy(CONTENT_SECURITY_POLICY));
    // Browsers ignore frame-ancestors in a <meta>; the header carries it.
    expected.delete('frame-ancestors');
    const actual = new Map(parsePolicy(meta ?? ''));
    actual.delete('frame-ancestors');
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
  });
});
