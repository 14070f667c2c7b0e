// The installation id: where it lives on each system (never inside a data
// folder), generated once and kept. Every test works in a temp folder: none
// may write the real home folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveDataFolder } from '../dataFolder';
import { tempFolder } from '../testing/testDatabase';
import { deviceIdFile, installationDeviceId, readOrCreateDeviceId } from './deviceId';

const folders: string[] = [];
function scratch(): string {
  const folder = tempFolder();
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('deviceIdFile', () => {
  it('is in the per-user config folder of each system, beside the default data folder and not inside it', () => {
    expect(deviceIdFile({ env: {}, platform: 'linux', home: '/home/ana' })).toBe('/home/ana/.config/commission-desk/device-id');
    expect(deviceIdFile({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home: '/home/ana' })).toBe('/cfg/commission-desk/device-id');
    expect(deviceIdFile({ env: {}, platform: 'darwin', home: '/Users/ana' })).toBe('/Users/ana/Library/Application Support/commission-desk/device-id');
    expect(deviceIdFile({ env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\commission-desk\\device-id',
    );
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const options = { env: {}, platform, home: '/home/ana' };
      const dataFolder = resolveDataFolder({ argv: [], ...options });
      const file = deviceIdFile(options);
      expect(file.startsWith(dataFolder)).toBe(false);
    }
  });
});

describe('readOrCreateDeviceId', () => {
  it('generates a random UUID once and answers the same one afterwards', () => {
    const file = path.join(scratch(), 'config', 'commission-desk', 'device-id');
    const id = readOrCreateDeviceId(file);
    expect(id).toMatch(UUID);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(id);
    expect(readOrCreateDeviceId(file)).toBe(id);
    // No temporary file is left behind.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['device-id']);
    // Another installation (another config folder) gets another id.
    expect(readOrCreateDeviceId(path.join(scratch(), 'device-id'))).not.toBe(id);
  });

  it('replaces a file that does not hold an id, and keeps one another copy of the app wrote', () => {
    const folder = scratch();
    const file = path.join(folder, 'device-id');
    fs.writeFileSync(file, '');
    const replaced = readOrCreateDeviceId(file);
    expect(replaced).toMatch(UUID);
    const theirs = 'A3BB189E-8BF9-3888-9912-ACE4E6543002';
    fs.writeFileSync(file, `${theirs}\r\n`);
    expect(readOrCreateDeviceId(file)).toBe(theirs.toLowerCase());
  });
});

describe('installationDeviceId', () => {
  it('uses XDG_CONFIG_HOME on Linux, and answers empty rather than failing where nothing can be written', () => {
    const config = scratch();
    const id = installationDeviceId({ env: { XDG_CONFIG_HOME: config }, platform: 'linux', home: '/nonexistent' });
    expect(fs.readFileSync(path.join(config, 'commission-desk', 'device-id'), 'utf8').trim()).toBe(id);
    // A file where the folder should be: the id cannot be kept.
    const blocked = scratch();
    fs.writeFileSync(path.join(blocked, 'commission-desk'), 'not a folder');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(installationDeviceId({ env: { XDG_CONFIG_HOME: blocked }, platform: 'linux', home: '/nonexistent' })).toBe('');
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});
