// The desktop app itself, where the Electron binary is installed. On machines
// that cannot download it (no GitHub access) the spec is skipped, loudly.
import { _electron as electron, expect, test } from '@playwright/test';
import { desktopBlocker, electronBinary } from '../scripts/electronProbe.cjs';
import { shot } from './fixtures';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

const binary = electronBinary();
const blocker = binary === null ? 'Electron binary not installed on this machine (download blocked)' : desktopBlocker(binary, ROOT);

test('the desktop window shows the app, with the bridge and without Node', async () => {
  if (blocker !== null) console.log(`${blocker}; desktop spec skipped.`);
  test.skip(blocker !== null, `${blocker ?? ''}; desktop spec skipped`);
  const dataDir = mkdtempSync(join(tmpdir(), 'cd-electron-'));
  const app = await electron.launch({ executablePath: binary ?? undefined, args: [join(ROOT, 'out', 'main', 'index.js'), '--data', dataDir], cwd: ROOT });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle(/Commission Desk/);
    await expect(window.locator('#root')).not.toBeEmpty();
    const globals = await window.evaluate(() => ({
      bridge: typeof (window as unknown as { commissionDesk?: { call?: unknown } }).commissionDesk?.call,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(globals).toEqual({ bridge: 'function', require: 'undefined', process: 'undefined' });
    const answer = await window.evaluate(() => (window as unknown as { commissionDesk: { call: (m: string, i: unknown) => Promise<{ ok: boolean }> } }).commissionDesk.call('agreements.list', {}));
    expect(answer.ok).toBe(true);
    await shot(window, 'electron-start');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
