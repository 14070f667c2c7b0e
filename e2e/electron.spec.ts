// The desktop app itself, where the Electron binary is installed and
// better-sqlite3 is built for it. Elsewhere (no GitHub access to download the
// binary, or a Node build of better-sqlite3) the spec prints why it is skipped.
import { _electron as electron, expect, test } from '@playwright/test';
import { desktopBlocker, electronBinary } from '../scripts/electronProbe.cjs';
import { shot } from './fixtures';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

const binary = electronBinary();
const blocker = binary === null ? 'Electron binary not installed on this machine (download blocked)' : desktopBlocker(binary, ROOT);

test('the desktop window shows the app over app://, with the bridge, without Node and without file://', async () => {
  if (blocker !== null) console.log(`${blocker}; desktop spec skipped.`);
  test.skip(blocker !== null, `${blocker ?? ''}; desktop spec skipped`);
  const dataDir = mkdtempSync(join(tmpdir(), 'cd-electron-'));
  const app = await electron.launch({ executablePath: binary ?? undefined, args: [join(ROOT, 'out', 'main', 'index.js'), '--data', dataDir], cwd: ROOT });
  try {
    const window = await app.firstWindow();
    // SECURITY: served by our own scheme (electron/main/protocol.ts), not file://.
    await expect(window).toHaveURL(/^app:\/\/commission-desk\/index\.html/);
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
    // The request filter cancels file:// and our scheme serves nothing outside the build.
    const reads = await window.evaluate(async () => {
      const attempt = async (url: string) => {
        try {
          const response = await fetch(url);
          return response.ok ? 'read' : `status ${response.status}`;
        } catch {
          return 'refused';
        }
      };
      return { file: await attempt('file:///etc/hostname'), traversal: await attempt('app://commission-desk/..%2f..%2fpackage.json') };
    });
    expect(reads.file).toBe('refused');
    expect(reads.traversal).not.toBe('read');
    await shot(window, 'electron-start');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
