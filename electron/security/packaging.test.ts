// The packaged app's hardening, read from electron-builder.yml the way
// electron-builder itself reads it — its own loader and its own schema — so a
// misspelt fuse or option fails here, not silently in a release.
import { join } from 'node:path';
// electron-builder's config loader (app-builder-lib, its own dependency): the
// public CLI offers no way to read the configuration without building.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);
}, 30_000);

describe('electron-builder.yml', () => {
  it('is a valid electron-builder configuration', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips the Electron fuses the security checklist asks for (issue 7 §6)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('would catch a misspelt fuse', async () => {
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } } as unknown as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('packs the app into app.asar (onlyLoadAppFromAsar needs it) with only better-sqlite3 unpacked', () => {
    expect(config.asar ?? true).toBe(true);
    expect(config.asarUnpack).toEqual(['**/node_modules/better-sqlite3/**']);
  });

  it('leaves the native rebuild to scripts/dist.mjs, which checks that Electron loads it', () => {
    expect(config.npmRebuild).toBe(false);
  });
});
