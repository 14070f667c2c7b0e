// Whether the desktop app can run here: the Electron binary must be installed
// (its download is often blocked) and better-sqlite3 must be built for
// Electron's ABI. `npm install` builds it for Node, on purpose — rebuilding
// native modules for Electron belongs to packaging (`npm run dist`), since on
// machines whose npm config sets nodedir such a rebuild silently targets Node
// (see README). Used by scripts/start.mjs and e2e/electron.spec.ts; CommonJS
// so that both plain Node and Playwright's TypeScript loader can require it.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');

/** The Electron executable, or null when the package or its binary is missing. */
function electronBinary() {
  try {
    const path = require('electron'); // the package's main exports the binary's path
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null; // "Electron failed to install correctly": no binary downloaded
  }
}

/**
 * Why the desktop app cannot start with this binary, or null when it can:
 * loads better-sqlite3 inside Electron (as Node, with Electron's ABI).
 */
function desktopBlocker(binary, root) {
  const probe = spawnSync(binary, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (probe.status === 0) return null;
  const output = `${probe.stderr ?? ''}${probe.stdout ?? ''}`;
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(output))
    return 'better-sqlite3 is built for Node, not for Electron (installers from `npm run dist` carry an Electron build)';
  return `Electron could not load better-sqlite3 (${output.trim().split('\n')[0] ?? `exit ${probe.status}`})`;
}

module.exports = { electronBinary, desktopBlocker };
