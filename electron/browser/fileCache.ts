// The built renderer's files held in memory with their compressed forms
// (issue 6 §2: the 534 kB bundle went over the wire as is). Each file is read
// and compressed once — gzip and brotli run on libuv's thread pool, never on
// the thread that answers requests — and kept while its size and modification
// time stay the same, so a rebuild of out/renderer is picked up.
//
// Brotli at its best quality takes about two seconds for the bundle on a busy
// machine; until it is ready a client that accepts gzip gets gzip (ready in a
// few tens of milliseconds), so nobody waits for the smaller form.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isCompressible, type ContentEncoding } from './encoding';
import { lookupStatic, type StaticFile } from './staticFiles';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Larger files are streamed from disk as they are (out/renderer holds none). */
export const MAX_CACHED_BYTES = 16 * 1024 * 1024;
/** Below this a compressed answer saves less than its headers cost. */
export const MIN_COMPRESSED_BYTES = 1024;

export type Representation = Readonly<{ encoding: ContentEncoding; body: Buffer; etag: string }>;

type Entry = {
  readonly size: number;
  readonly modified: number;
  readonly contents: Promise<Readonly<{ identity: Buffer; hash: string }>>;
  /** null: not worth it (too small, not text, or no smaller). */
  readonly gzip: Promise<Buffer | null>;
  /** undefined while brotli is still compressing. */
  brotli: Buffer | null | undefined;
  brotliDone: Promise<void>;
};

function smaller(compressed: Buffer, identity: Buffer): Buffer | null {
  return compressed.length < identity.length ? compressed : null;
}

function newEntry(file: StaticFile): Entry {
  const contents = readFile(file.path).then((identity) => ({
    identity,
    // The ETag names the contents, so a revalidated index.html costs a 304.
    hash: createHash('sha256').update(identity).digest('base64url').slice(0, 27),
  }));
  const worth = isCompressible(file.contentType) && file.size >= MIN_COMPRESSED_BYTES;
  const gzipped = contents
    .then(async ({ identity }) => (worth ? smaller(await gzipAsync(identity, { level: 9 }), identity) : null))
    // A file that could not be read fails on its contents; its gzip form is simply absent.
    .catch(() => null);
  const entry: Entry = {
    size: file.size,
    modified: file.modified,
    contents,
    gzip: gzipped,
    brotli: worth ? undefined : null,
    brotliDone: Promise.resolve(),
  };
  if (worth) {
    entry.brotliDone = contents
      .then(({ identity }) =>
        brotliAsync(identity, {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
        }).then((compressed) => smaller(compressed, identity)),
      )
      .then(
        (compressed) => {
          entry.brotli = compressed;
        },
        () => {
          entry.brotli = null;
        },
      );
  }
  return entry;
}

export type FileCache = Readonly<{
  /** The file in the first of `accepted` that is ready, or null for a file too large to hold. */
  representation: (file: StaticFile, accepted: readonly ContentEncoding[]) => Promise<Representation | null>;
  /** Reads and compresses every file under `root` ahead of the first request; resolves when all are done. */
  warm: (root: string) => Promise<void>;
}>;

export function createFileCache(): FileCache {
  const entries = new Map<string, Entry>();

  function entryFor(file: StaticFile): Entry | null {
    if (file.size > MAX_CACHED_BYTES) return null;
    const known = entries.get(file.path);
    if (known !== undefined && known.size === file.size && known.modified === file.modified) return known;
    const created = newEntry(file);
    entries.set(file.path, created);
    // A file that cannot be read is not kept: the next request tries again.
    created.contents.catch(() => {
      if (entries.get(file.path) === created) entries.delete(file.path);
    });
    return created;
  }

  async function representation(file: StaticFile, accepted: readonly ContentEncoding[]): Promise<Representation | null> {
    const entry = entryFor(file);
    if (entry === null) return null;
    const { identity, hash } = await entry.contents;
    for (const encoding of accepted) {
      switch (encoding) {
        case 'br':
          if (entry.brotli) return { encoding, body: entry.brotli, etag: `"${hash}-br"` };
          break;
        case 'gzip': {
          const gzipped = await entry.gzip;
          if (gzipped !== null) return { encoding, body: gzipped, etag: `"${hash}-gz"` };
          break;
        }
        case 'identity':
          return { encoding, body: identity, etag: `"${hash}"` };
        default: {
          const unreachable: never = encoding;
          throw new Error(`Unknown encoding ${String(unreachable)}`);
        }
      }
    }
    return { encoding: 'identity', body: identity, etag: `"${hash}"` };
  }

  async function warm(root: string): Promise<void> {
    const names = await readdir(root, { recursive: true });
    for (const name of names) {
      // Through the same lookup as a request: nothing outside `root` is read.
      const found = await lookupStatic(root, `/${name.split(sep).join('/')}`);
      if (found.kind !== 'file') continue;
      const entry = entryFor(found);
      if (entry === null) continue;
      await entry.contents;
      await entry.gzip;
      await entry.brotliDone;
    }
  }

  return { representation, warm };
}
