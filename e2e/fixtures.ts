// Every e2e test gets its own data folder and its own browser host, started
// in-process (Playwright runs TypeScript itself), and a page already open at
// the host's address with the per-run token.
import { expect as expectToBe, test as base, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { backupForDownload } from '../db/backups/export';
import { startBrowserHost } from '../electron/browser/server';
import { openData } from '../electron/host/startup';

export const RENDERER_DIR = resolve(__dirname, '..', 'out', 'renderer');
/** The data service's worker as the build makes it (electron.vite.config.mts): what the app runs. */
const SERVICE_WORKER = resolve(__dirname, '..', 'out', 'main', 'worker.js');
/** The installation id the e2e hosts record in the history (the user's own is never read or written). */
export const E2E_DEVICE_ID = '00000000-0000-4000-8000-0000000000e2';
const SCREENSHOTS = join(__dirname, 'screenshots');

export type AppUnderTest = Readonly<{
  /** The host's address, token included. */
  url: string;
  /** This test's private data folder. */
  dataDir: string;
}>;

type Fixtures = {
  /** Load the sample casebook before the page opens: `test.use({ demo: true })`. */
  demo: boolean;
  app: AppUnderTest;
};

export const test = base.extend<Fixtures>({
  demo: [false, { option: true }],
  app: async ({ page, demo }, use) => {
    if (!existsSync(join(RENDERER_DIR, 'index.html')) || !existsSync(SERVICE_WORKER)) throw new Error('out/renderer or out/main/worker.js is missing: run `npm run build` before the e2e tests.');
    const dataDir = mkdtempSync(join(tmpdir(), 'cd-e2e-'));
    const data = await openData(['--data', dataDir], {}, { host: 'browser', demo, workerFile: SERVICE_WORKER, deviceId: E2E_DEVICE_ID });
    const host = await startBrowserHost({ dispatch: data.call, rendererDir: RENDERER_DIR, findBackup: (name) => backupForDownload(dataDir, name) });
    try {
      await page.goto(host.url);
      await use({ url: host.url, dataDir });
    } finally {
      await host.close();
      await data.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';

/** Saves a full-page screenshot as e2e/screenshots/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Answers the first-start dialog with a name, as an official does once. */
export async function signIn(page: Page, name = 'Ana Pérez'): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button').click();
  await expectToBe(dialog).toBeHidden();
}

/** Goes to a route of the app (hash routing) without reloading the page. */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}

/** Calls the API as the page does (its session cookie): for setting up data a test is not about. */
export async function api<R>(page: Page, method: string, input: unknown): Promise<R> {
  const response = await page.evaluate(
    async ([name, body]) => {
      const answer = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await answer.json()) as { ok: boolean; result?: unknown; error?: unknown };
    },
    [method, input] as const,
  );
  if (!response.ok) throw new Error(`${method} failed: ${JSON.stringify(response.error)}`);
  return response.result as R;
}

/**
 * A screenshot of the whole page at a given width: the shell scrolls inside
 * its main area, so the window is first made as tall as the content.
 */
export async function shotWhole(page: Page, name: string, width?: number): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  if (width !== undefined) await page.setViewportSize({ width, height: viewport.height });
  const height = await page.evaluate(() => {
    const main = document.querySelector('main');
    return Math.ceil((main?.getBoundingClientRect().top ?? 0) + (main?.scrollHeight ?? document.body.scrollHeight));
  });
  await page.mouse.move(0, 0);
  await page.setViewportSize({ width: width ?? viewport.width, height: Math.max(viewport.height, height) });
  await shot(page, name);
  await page.setViewportSize(viewport);
}
