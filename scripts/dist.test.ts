// `npm run dist`'s decisions (scripts/distSteps.mjs) and its refusal, without
// packaging anything: the nodedir that would ship a module Electron refuses is
// cleared, a machine without the Electron binary or headers is refused in one
// line with better-sqlite3 untouched, and the Node build is put back.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { distBlocker, headersCached, headersUrl, nodeLoadsSqlite, putBackNodeBuild, saveNodeBuild, sqliteBinary, withoutNodedir } from './distSteps.mjs';

const ROOT = resolve(__dirname, '..');
const folders: string[] = [];

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cd-dist-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('withoutNodedir', () => {
  it('drops npm’s nodedir in every spelling and keeps everything else', () => {
    const env = { npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', Npm_Config_NodeDir: '/usr', npm_config_jobs: '2', PATH: '/bin', HOME: '/root' };
    expect(withoutNodedir(env)).toEqual({ npm_config_jobs: '2', PATH: '/bin', HOME: '/root' });
    expect(env.npm_config_nodedir).toBe('/usr'); // the caller's environment is left alone
  });
});

describe('distBlocker', () => {
  it('names what is missing, in one sentence, the binary before the headers', () => {
    expect(distBlocker({ binary: null, version: null, headers: false })).toMatch(/electron package is not installed/);
    expect(distBlocker({ binary: null, version: '41.7.1', headers: false })).toMatch(/^the Electron 41\.7\.1 binary is not installed/);
    expect(distBlocker({ binary: '/opt/electron', version: '41.7.1', headers: false })).toMatch(/^Electron 41\.7\.1's headers are neither in ~\/\.electron-gyp nor downloadable/);
    for (const message of [distBlocker({ binary: null, version: '41.7.1', headers: true }), distBlocker({ binary: '/opt/electron', version: '41.7.1', headers: false })]) {
      expect(message).not.toContain('\n');
    }
  });

  it('lets a machine with the binary and the headers through', () => {
    expect(distBlocker({ binary: '/opt/electron', version: '41.7.1', headers: true })).toBeNull();
  });
});

describe('Electron headers', () => {
  it('are found where node-gyp keeps them for this version only', () => {
    const home = tempFolder();
    expect(headersCached('41.7.1', home)).toBe(false);
    mkdirSync(join(home, '.electron-gyp', '41.7.1', 'include', 'node'), { recursive: true });
    writeFileSync(join(home, '.electron-gyp', '41.7.1', 'include', 'node', 'node.h'), '/* node.h */');
    expect(headersCached('41.7.1', home)).toBe(true);
    expect(headersCached('41.7.2', home)).toBe(false);
    expect(headersUrl('41.7.1')).toBe('https://www.electronjs.org/headers/v41.7.1/node-v41.7.1-headers.tar.gz');
  });
});

describe('the Node build of better-sqlite3', () => {
  /** A checkout of our own: a copy of better-sqlite3 (package, lib, compiled module) and its one dependency. */
  function checkout(): string {
    const root = tempFolder();
    const from = join(ROOT, 'node_modules', 'better-sqlite3');
    const to = join(root, 'node_modules', 'better-sqlite3');
    mkdirSync(join(to, 'build', 'Release'), { recursive: true });
    cpSync(join(from, 'package.json'), join(to, 'package.json'));
    cpSync(join(from, 'lib'), join(to, 'lib'), { recursive: true });
    cpSync(sqliteBinary(ROOT), sqliteBinary(root));
    for (const name of ['bindings', 'file-uri-to-path']) symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
    return root;
  }

  it('is saved before the Electron rebuild and put back after it, loadable by Node again', () => {
    const root = checkout();
    const original = sha256(sqliteBinary(root));
    const saved = saveNodeBuild(root);
    expect(saved).not.toBeNull();
    // What an Electron rebuild leaves: a module plain Node cannot load.
    writeFileSync(sqliteBinary(root), 'built for another ABI');
    expect(nodeLoadsSqlite(root)).toBe(false);
    expect(putBackNodeBuild(root, saved)).toBe(true);
    expect(sha256(sqliteBinary(root))).toBe(original);
    expect(nodeLoadsSqlite(root)).toBe(true);
  });

  it('is not saved when Node cannot load it, so the caller rebuilds instead', () => {
    const root = checkout();
    writeFileSync(sqliteBinary(root), 'left over from an interrupted dist');
    const saved = saveNodeBuild(root);
    expect(saved).toBeNull();
    expect(putBackNodeBuild(root, saved)).toBe(false);
  });
});

describe('node scripts/dist.mjs --check', () => {
  it('refuses in one line where the Electron binary or headers are missing, leaving better-sqlite3 as it was', () => {
    const before = sha256(sqliteBinary(ROOT));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'dist.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    if (run.status === 0) {
      // A machine that can package: the check says so, and that is all it does.
      console.log('dist --check: this machine has the Electron binary and headers; the refusal was not exercised here.');
      expect(run.stdout).toMatch(/ready/);
    } else {
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^commission-desk: npm run dist cannot build installers here: .+\.\n$/);
    }
    expect(sha256(sqliteBinary(ROOT))).toBe(before);
    expect(nodeLoadsSqlite(ROOT)).toBe(true);
  });
});
