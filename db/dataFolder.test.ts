import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFile, resolveDataFolder } from './dataFolder';

const home = '/home/ana';

describe('resolveDataFolder', () => {
  it('prefers --data DIR over the environment variable and the OS folder', () => {
    const folder = resolveDataFolder({
      argv: ['node', 'main.js', '--data', '/tmp/desk-a'],
      env: { COMMISSION_DESK_DATA: '/tmp/desk-env' },
      platform: 'linux',
      home,
    });
    expect(folder).toBe('/tmp/desk-a');
  });

  it('accepts --data=DIR and lets the last flag win', () => {
    const folder = resolveDataFolder({ argv: ['--data=/tmp/one', '--data=/tmp/two'], env: {}, platform: 'linux', home });
    expect(folder).toBe('/tmp/two');
  });

  it('resolves a relative --data against the current directory', () => {
    expect(resolveDataFolder({ argv: ['--data', 'rel/dir'], env: {}, platform: 'linux', home })).toBe(path.resolve('rel/dir'));
  });

  it('ignores a --data flag without a value', () => {
    expect(resolveDataFolder({ argv: ['--data'], env: {}, platform: 'linux', home })).toBe('/home/ana/.config/Commission Desk');
    expect(resolveDataFolder({ argv: ['--data='], env: {}, platform: 'linux', home })).toBe('/home/ana/.config/Commission Desk');
  });

  it('uses COMMISSION_DESK_DATA when no flag is given', () => {
    expect(resolveDataFolder({ argv: [], env: { COMMISSION_DESK_DATA: '/srv/desk' }, platform: 'linux', home })).toBe('/srv/desk');
  });

  it('matches Electron userData on Linux, with and without XDG_CONFIG_HOME', () => {
    expect(resolveDataFolder({ argv: [], env: {}, platform: 'linux', home })).toBe('/home/ana/.config/Commission Desk');
    expect(resolveDataFolder({ argv: [], env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'linux', home })).toBe('/xdg/Commission Desk');
    expect(resolveDataFolder({ argv: [], env: { XDG_CONFIG_HOME: '' }, platform: 'linux', home })).toBe('/home/ana/.config/Commission Desk');
  });

  it('matches Electron userData on macOS', () => {
    expect(resolveDataFolder({ argv: [], env: {}, platform: 'darwin', home: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/Commission Desk',
    );
  });

  it('matches Electron userData on Windows', () => {
    expect(resolveDataFolder({ argv: [], env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Commission Desk',
    );
    expect(resolveDataFolder({ argv: [], env: {}, platform: 'win32', home: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Commission Desk',
    );
  });
});

describe('databaseFile', () => {
  it('names the data file inside the folder', () => {
    expect(databaseFile('/srv/desk')).toBe('/srv/desk/commission-desk.sqlite');
  });
});
