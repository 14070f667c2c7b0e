// The static files in memory: read and compressed once, gzip while brotli is
// still running, a changed file read again, and nothing too large held.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileCache, MAX_CACHED_BYTES } from './fileCache';
import { lookupStatic, type StaticFile } from './staticFiles';

const SCRIPT = Array.from({ length: 400 }, (_, index) => `const value${index} = compute(${index}, 'label ${index % 11}');\n`).join('');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cd-file-cache-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'index-AbCd1234.js'), SCRIPT);
  writeFileSync(join(root, 'assets', 'tiny-AbCd1234.js'), 'x();');
  writeFileSync(join(root, 'assets', 'logo-AbCd1234.png'), Buffer.alloc(4096, 7));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function file(path: string): Promise<StaticFile> {
  const found = await lookupStatic(root, path);
  if (found.kind !== 'file') throw new Error(`${path}: ${found.kind}`);
  return found;
}

describe('createFileCache', () => {
  it('answers gzip while brotli is still compressing, brotli once it is done, each compressed once', async () => {
    const cache = createFileCache();
    const script = await file('/assets/index-AbCd1234.js');
    // Brotli is started only once the file has been read, on the thread pool:
    // it cannot be done when the first request is answered.
    const first = await cache.representation(script, ['br', 'gzip', 'identity']);
    expect(first?.encoding).toBe('gzip');
    expect(gunzipSync(first?.body ?? Buffer.alloc(0)).toString()).toBe(SCRIPT);
    await cache.warm(root);
    const best = await cache.representation(script, ['br', 'gzip', 'identity']);
    expect(best?.encoding).toBe('br');
    expect(brotliDecompressSync(best?.body ?? Buffer.alloc(0)).toString()).toBe(SCRIPT);
    expect((best?.body.length ?? Infinity) < (first?.body.length ?? 0)).toBe(true);
    // The very same bytes for the next request: nothing is compressed per request.
    expect((await cache.representation(script, ['br', 'identity']))?.body).toBe(best?.body);
    expect((await cache.representation(script, ['gzip', 'identity']))?.body).toBe(first?.body);
    // Each representation has its own ETag, from the same contents.
    const identity = await cache.representation(script, ['identity']);
    expect(new Set([first?.etag, best?.etag, identity?.etag]).size).toBe(3);
    expect(best?.etag.startsWith((identity?.etag ?? '').slice(0, -1))).toBe(true);
  });

  it('does not compress small files or formats that are compressed already', async () => {
    const cache = createFileCache();
    await cache.warm(root);
    for (const path of ['/assets/tiny-AbCd1234.js', '/assets/logo-AbCd1234.png']) {
      const answer = await cache.representation(await file(path), ['br', 'gzip', 'identity']);
      expect(answer?.encoding, path).toBe('identity');
    }
  });

  it('reads a file again once its size or modification time changed', async () => {
    const cache = createFileCache();
    const before = await cache.representation(await file('/assets/index-AbCd1234.js'), ['identity']);
    writeFileSync(join(root, 'assets', 'index-AbCd1234.js'), `${SCRIPT}// rebuilt\n`);
    const after = await cache.representation(await file('/assets/index-AbCd1234.js'), ['identity']);
    expect(after?.body.toString()).toBe(`${SCRIPT}// rebuilt\n`);
    expect(after?.etag).not.toBe(before?.etag);
  });

  it('holds no file larger than MAX_CACHED_BYTES (the host streams it from disk)', async () => {
    writeFileSync(join(root, 'assets', 'huge-AbCd1234.js'), Buffer.alloc(MAX_CACHED_BYTES + 1, 32));
    const cache = createFileCache();
    expect(await cache.representation(await file('/assets/huge-AbCd1234.js'), ['gzip', 'identity'])).toBeNull();
  });
});
