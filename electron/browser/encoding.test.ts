import { describe, expect, it } from 'vitest';
import { acceptedEncodings, isCompressible } from './encoding';

describe('acceptedEncodings', () => {
  it.each([
    [undefined, ['identity']],
    ['', ['identity']],
    ['gzip, deflate, br', ['br', 'gzip', 'identity']],
    ['GZIP', ['gzip', 'identity']],
    ['x-gzip', ['gzip', 'identity']],
    ['gzip;q=0.9, br;q=0.8', ['gzip', 'br', 'identity']],
    ['br ; q = 0.5 , gzip', ['gzip', 'br', 'identity']],
    ['br;q=0, *', ['gzip', 'identity']],
    ['*;q=0', ['identity']],
    ['deflate, zstd', ['identity']],
    ['br;q=nonsense', ['br', 'identity']],
  ])('%j → %j', (header, expected) => {
    expect(acceptedEncodings(header)).toEqual(expected);
  });
});

describe('isCompressible', () => {
  it('compresses text formats only', () => {
    for (const type of ['text/html; charset=utf-8', 'text/javascript; charset=utf-8', 'text/css; charset=utf-8', 'application/json; charset=utf-8', 'image/svg+xml'])
      expect(isCompressible(type), type).toBe(true);
    for (const type of ['image/png', 'font/woff2', 'application/octet-stream']) expect(isCompressible(type), type).toBe(false);
  });
});
