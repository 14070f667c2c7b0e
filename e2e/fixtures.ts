// Every e2e test gets its own data folder and its own browser host, started
// in-process (Playwright runs TypeScript itself), and a page already open at
// the host's address with the per-run token.
import { test as base, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBrowserHost } from '../electron/browser/server';
import { openData } from '../electron/host/startup';

export const RENDERER_DIR = resolve(__dirname, '..', 'out', 'renderer');
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
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` before the e2e tests.');
    const dataDir = mkdtempSync(join(tmpdir(), 'cd-e2e-'));
    const data = await openData(['--data', dataDir], {}, { demo });
    const host = await startBrowserHost({ dispatch: data.dispatch, rendererDir: RENDERER_DIR });
    try {
      await page.goto(host.url);
      await use({ url: host.url, dataDir });
    } finally {
      await host.close();
      data.close();
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
