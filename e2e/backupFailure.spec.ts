// A daily backup that fails (issue 7 §2) is not only a line in the log: a
// notice at the foot of the window says so, in English and Spanish, and leads
// to Settings → Backups; a copy made there clears it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { backupForDownload } from '../db/backups/export';
import { startBrowserHost } from '../electron/browser/server';
import { openData } from '../electron/host/startup';
import { E2E_DEVICE_ID, RENDERER_DIR, expect, shot, signIn } from './fixtures';

const SERVICE_WORKER = resolve(__dirname, '..', 'out', 'main', 'worker.js');

/** A data folder whose backups folder is a file: every copy fails until it is removed. */
const test = base.extend<{ dataDir: string }>({
  dataDir: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cd-e2e-'));
    writeFileSync(join(dataDir, 'backups'), 'in the way');
    const data = await openData(['--data', dataDir], {}, { host: 'browser', demo: false, workerFile: SERVICE_WORKER, deviceId: E2E_DEVICE_ID });
    const host = await startBrowserHost({ dispatch: data.call, rendererDir: RENDERER_DIR, findBackup: (name) => backupForDownload(dataDir, name) });
    try {
      await page.goto(host.url);
      await use(dataDir);
    } finally {
      await host.close();
      await data.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

test('a failed daily backup is shown until a copy is made', async ({ page, dataDir }) => {
  await signIn(page);
  // The day's copy is tried after the first call; the next look at the service's state sees it failed.
  await page.reload();
  const notice = page.getByTestId('backup-failure-notice');
  await expect(notice).toContainText('The automatic backup could not be made');
  await expect(notice).toHaveAttribute('role', 'status');
  await shot(page, 'backup-failure-en-1280');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'backup-failure-en-1920');

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
  await expect(notice).toContainText('No se pudo hacer la copia de seguridad automática');
  await shot(page, 'backup-failure-es-1920');
  await page.setViewportSize({ width: 1280, height: 720 });
  await shot(page, 'backup-failure-es-1280');

  // By the keyboard: the link leads to Backups.
  await notice.getByRole('link', { name: 'Abrir Copias de seguridad' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Copias de seguridad' })).toBeVisible();

  rmSync(join(dataDir, 'backups'));
  await page.getByRole('button', { name: 'Hacer una copia ahora' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Copia hecha/ })).toBeVisible();
  await expect(notice).toBeHidden();
});
