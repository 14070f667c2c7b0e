// A smoke test of the installer's app itself (issue 7 §6): the packaged
// executable from `npm run dist` starts, shows its first window over app://,
// answers one API call through its bridge, has its fuses flipped, and quits
// cleanly. Playwright's own Electron launcher needs the Node inspector, which
// the packaged app's fuses turn off; so the app is started as a user would
// and reached over Chromium's DevTools protocol instead. Where no packaged
// build exists (no Electron binary or headers, so no `npm run dist`) it says
// why and is skipped.
import { chromium, expect, test, type Page } from '@playwright/test';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { electronBinary } from '../scripts/electronProbe.cjs';
import { shot } from './fixtures';

const RELEASE = resolve(__dirname, '..', 'release');
/** A fuse's state as @electron/fuses reads it: the wire's ASCII '1' and '0' (its FuseState, not exported). */
const FUSE = { enabled: 49, disabled: 48 } as const;

type Packaged = Readonly<{ executable: string; fuseTarget: string }>;

/** The unpacked app electron-builder leaves beside the installers, for this platform. */
function packagedApp(): Packaged | null {
  const candidates: Packaged[] =
    process.platform === 'win32'
      ? [{ executable: join(RELEASE, 'win-unpacked', 'Commission Desk.exe'), fuseTarget: join(RELEASE, 'win-unpacked', 'Commission Desk.exe') }]
      : process.platform === 'darwin'
        ? ['mac', 'mac-arm64', 'mac-universal'].map((folder) => ({
            executable: join(RELEASE, folder, 'Commission Desk.app', 'Contents', 'MacOS', 'Commission Desk'),
            fuseTarget: join(RELEASE, folder, 'Commission Desk.app'),
          }))
        : ['linux-unpacked', 'linux-arm64-unpacked'].map((folder) => ({ executable: join(RELEASE, folder, 'commission-desk'), fuseTarget: join(RELEASE, folder, 'commission-desk') }));
  return candidates.find((candidate) => existsSync(candidate.executable)) ?? null;
}

const packaged = packagedApp();
const skipReason =
  packaged !== null
    ? null
    : `no packaged app in release/ — \`npm run dist\` makes one where the Electron binary and headers are available (${electronBinary() === null ? 'the Electron binary is not installed here' : 'the Electron binary is installed here; run `npm run dist` first'})`;

/** Resolves with the DevTools address Chromium prints once it listens. */
function devToolsAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the packaged app did not start within 30 s:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const address = /DevTools listening on (ws:\/\/\S+)/.exec(output)?.[1];
      if (address !== undefined) {
        clearTimeout(timer);
        resolvePromise(address);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the packaged app exited (${code}) before its first window:\n${output}`));
    });
  });
}

test('the packaged app starts, shows its window over app://, answers an API call and quits', async () => {
  if (skipReason !== null) console.log(`${skipReason}; packaged-app smoke test skipped.`);
  test.skip(skipReason !== null, `${skipReason ?? ''}; packaged-app smoke test skipped`);
  if (packaged === null) return;
  test.setTimeout(90_000);

  // The fuses electron-builder.yml asks for are flipped in the shipped binary.
  const wire = await getCurrentFuseWire(packaged.fuseTarget);
  expect(wire[FuseV1Options.RunAsNode]).toBe(FUSE.disabled);
  expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FUSE.disabled);
  expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FUSE.disabled);
  expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FUSE.enabled);
  expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FUSE.enabled);

  const dataDir = mkdtempSync(join(tmpdir(), 'cd-packaged-'));
  // Chromium refuses to run as root with its sandbox (CI containers); a user never runs it so.
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const env = { ...process.env };
  delete env['ELECTRON_RUN_AS_NODE'];
  const child = spawn(packaged.executable, ['--remote-debugging-port=0', ...rootOnly, '--data', dataDir], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<number | null>((resolvePromise) => child.once('exit', (code) => resolvePromise(code)));
  try {
    const browser = await chromium.connectOverCDP(await devToolsAddress(child));
    const context = browser.contexts()[0];
    if (context === undefined) throw new Error('the packaged app has no browser context');
    const window: Page = context.pages().find((page) => page.url().startsWith('app://')) ?? (await context.waitForEvent('page', { timeout: 30_000 }));
    await expect(window).toHaveURL(/^app:\/\/commission-desk\/index\.html/);
    await expect(window).toHaveTitle(/Commission Desk/);
    await expect(window.locator('#root')).not.toBeEmpty();
    const answer = await window.evaluate(async () => {
      const bridge = (window as unknown as { commissionDesk: { call: (method: string, input: unknown) => Promise<{ ok: boolean }> } }).commissionDesk;
      return { ok: (await bridge.call('agreements.list', {})).ok, require: typeof (window as unknown as { require?: unknown }).require };
    });
    expect(answer).toEqual({ ok: true, require: 'undefined' });
    await shot(window, 'packaged-start');
    // Quit as a user does, by closing the one window.
    await window.evaluate(() => window.close());
    expect(await Promise.race([exited, new Promise<'running'>((resolvePromise) => setTimeout(() => resolvePromise('running'), 20_000))])).toBe(0);
    await browser.close().catch(() => undefined);
  } finally {
    if (child.exitCode === null) child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
