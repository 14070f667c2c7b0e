// A damaged data file reaches the recovery screen, never the app (issue 7 §1,
// §7): a data folder whose file has a zeroed page of the cases table, opened
// by the browser host. In English the readable records are exported into a
// new file and the app opens on it; with no backup in the folder, a copy kept
// elsewhere is restored by its path, typed; in Spanish the latest backup is
// restored by the keyboard. Screenshots at 1280 and 1920.
import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { writeBackup } from '../db/backups/write';
import { databaseFile } from '../db/dataFolder';
import { healthyFolder, leafPages, zeroPage } from '../db/integrity/damagedFiles';
import { openDatabase } from '../db/open';
import { startBrowserHost } from '../electron/browser/server';
import { openData } from '../electron/host/startup';
import { E2E_DEVICE_ID, expect, RENDERER_DIR, shotWhole, test } from './fixtures';

const SERVICE_WORKER = resolve(__dirname, '..', 'out', 'main', 'worker.js');
const CASES = 60;

/**
 * A data folder with a checked backup of its 60 cases (in backups/, or with
 * `elsewhere` a copy of the file at that path instead), then one page of the
 * cases table zeroed.
 */
async function damagedDataFolder(elsewhere?: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'cd-e2e-recovery-'));
  await healthyFolder(folder, CASES);
  const file = databaseFile(folder);
  if (elsewhere === undefined) {
    const db = await openDatabase(file);
    await writeBackup(db, folder, 'daily', { at: '2026-03-09T18:00:00.000Z' });
    db.close();
  } else copyFileSync(file, elsewhere);
  const leaves = leafPages(file, 'cases');
  zeroPage(file, leaves[Math.floor(leaves.length / 2)] ?? 0);
  return folder;
}

/** Opens the browser host on the damaged folder, runs the test's steps, and closes it. */
async function onDamagedFolder(page: Page, steps: (folder: string) => Promise<void>, elsewhere?: string): Promise<void> {
  const folder = await damagedDataFolder(elsewhere);
  const data = await openData(['--data', folder], {}, { host: 'browser', demo: false, workerFile: SERVICE_WORKER, deviceId: E2E_DEVICE_ID });
  const host = await startBrowserHost({ dispatch: data.call, rendererDir: RENDERER_DIR });
  try {
    await page.goto(host.url);
    await steps(folder);
  } finally {
    await host.close();
    await data.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

test.describe('a damaged data file', () => {
  test.use({ locale: 'en-US' });

  test('shows the recovery screen; what can be read is exported and the app opens on it', async ({ page }) => {
    await onDamagedFolder(page, async (folder) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Your data file is damaged' })).toBeVisible();
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await expect(page.getByText(databaseFile(folder))).toBeVisible();
      await expect(page.getByText(/The latest good backup was taken on .* \(.*, 60 cases\)/)).toBeVisible();
      await expect(page.getByText(/delete/i)).toHaveCount(0);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await shotWhole(page, 'recovery-en-1280', 1280);
      await shotWhole(page, 'recovery-en-1920', 1920);

      await page.getByRole('button', { name: 'Export what can still be read' }).click();
      await expect(page.getByText(/^\d+ cases were saved into a new file:/)).toBeVisible();
      await expect(page.getByText('Some parts could not be read', { exact: false })).toBeVisible();
      await shotWhole(page, 'recovery-salvaged-en-1280', 1280);
      await page.getByRole('button', { name: 'Work from the new file' }).click();
      await expect(page.getByRole('navigation')).toBeVisible({ timeout: 15_000 });
    });
  });

  test('with no backup in the folder, a copy kept elsewhere is restored by its path, typed', async ({ page }) => {
    const usb = mkdtempSync(join(tmpdir(), 'cd-e2e-usb-'));
    const copy = join(usb, 'commission-desk-copy.sqlite');
    try {
      await onDamagedFolder(
        page,
        async () => {
          await expect(page.getByText(/There is no intact backup in .*Restore a copy kept elsewhere/)).toBeVisible();
          await expect(page.getByRole('group', { name: 'Restore from a file…' })).toBeVisible();
          expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
          await shotWhole(page, 'recovery-no-backup-en-1280', 1280);

          const field = page.getByLabel('File (full path)');
          await field.focus();
          await page.keyboard.press('Enter');
          await expect(page.getByText('Enter the full path of the file.')).toBeVisible();
          await page.keyboard.type(join(usb, 'not-there.sqlite'));
          await page.keyboard.press('Enter');
          await expect(page.getByRole('alert')).toContainText('That did not work');
          await field.fill('');
          await page.keyboard.type(copy);
          await page.keyboard.press('Enter');
          await expect(page.getByRole('navigation')).toBeVisible({ timeout: 15_000 });
          await expect(page.getByRole('heading', { level: 1, name: 'Your data file is damaged' })).toHaveCount(0);
        },
        copy,
      );
    } finally {
      rmSync(usb, { recursive: true, force: true });
    }
  });
});

test.describe('a damaged data file, in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('shows the recovery screen in Spanish; the latest backup is restored by the keyboard', async ({ page }) => {
    await onDamagedFolder(page, async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'Su archivo de datos está dañado' })).toBeVisible();
      await expect(page.getByText(/La última copia correcta se hizo el .* \(.*, 60 casos\)/)).toBeVisible();
      await expect(page.getByRole('group', { name: 'Restaurar desde un archivo…' })).toBeVisible();
      await expect(page.getByLabel('Archivo (ruta completa)')).toBeVisible();
      await shotWhole(page, 'recovery-es-1280', 1280);
      await shotWhole(page, 'recovery-es-1920', 1920);

      const restore = page.getByRole('button', { name: /^Restaurar la copia del / });
      await restore.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('navigation')).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('heading', { level: 1, name: 'Su archivo de datos está dañado' })).toHaveCount(0);
    });
  });
});
