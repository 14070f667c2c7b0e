// The pieces of `npm run dist` (scripts/dist.mjs) that decide something, kept
// apart so they are unit-tested (scripts/dist.test.ts) without packaging.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Where @electron/rebuild (through node-gyp) keeps Electron's headers. */
export const HEADERS_BASE_URL = 'https://www.electronjs.org/headers';

/** better-sqlite3's compiled module, the one file a rebuild replaces. */
export function sqliteBinary(root) {
  return join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

/**
 * The environment without npm's nodedir, in any spelling npm passes it
 * (npm_config_nodedir from an .npmrc, NPM_CONFIG_NODEDIR set by hand). With
 * nodedir set, node-gyp compiles against that Node's headers even when asked
 * for Electron's, and yields a module Electron refuses (issue 7 §6).
 */
export function withoutNodedir(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'));
}

/** The installed Electron's version (node_modules/electron/package.json), or null. */
export function electronVersion(root) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version ?? null;
  } catch {
    return null;
  }
}

/** True when node-gyp already holds Electron's headers for this version (~/.electron-gyp). */
export function headersCached(version, home) {
  return existsSync(join(home, '.electron-gyp', version, 'include', 'node', 'node.h'));
}

export function headersUrl(version) {
  return `${HEADERS_BASE_URL}/v${version}/node-v${version}-headers.tar.gz`;
}

/** True when the headers can be downloaded now (a HEAD request, bounded in time). */
export async function headersReachable(version, timeoutMs = 10_000) {
  try {
    const response = await fetch(headersUrl(version), { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Why installers cannot be built here, in one sentence, or null. Checked
 * before anything is touched, so a refusal leaves the checkout as it was.
 */
export function distBlocker({ binary, version, headers }) {
  if (version === null) return 'the electron package is not installed (run `npm install`)';
  if (binary === null) return `the Electron ${version} binary is not installed (its download was blocked during \`npm install\`; run \`node node_modules/electron/install.js\` where GitHub is reachable)`;
  if (!headers) return `Electron ${version}'s headers are neither in ~/.electron-gyp nor downloadable from ${HEADERS_BASE_URL} (needed to build better-sqlite3 for Electron)`;
  return null;
}

/** True when plain Node (the tests' runtime) loads better-sqlite3 as it is now. */
export function nodeLoadsSqlite(root) {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return probe.status === 0;
}

/**
 * A copy of the Node build, taken before the Electron rebuild replaces it —
 * or null when Node does not load what is there now (a copy of that would
 * restore nothing).
 */
export function saveNodeBuild(root) {
  if (!nodeLoadsSqlite(root)) return null;
  const copy = join(mkdtempSync(join(tmpdir(), 'commission-desk-dist-')), 'better_sqlite3.node');
  copyFileSync(sqliteBinary(root), copy);
  return copy;
}

/**
 * Puts the saved Node build back and removes the copy. True when Node loads
 * better-sqlite3 afterwards; false tells the caller to rebuild it instead.
 */
export function putBackNodeBuild(root, saved) {
  if (saved === null) return false;
  try {
    copyFileSync(saved, sqliteBinary(root));
  } catch {
    return false;
  } finally {
    rmSync(dirname(saved), { recursive: true, force: true });
  }
  return nodeLoadsSqlite(root);
}
