// Backups and restore (issue 7 §2): a backup made from Settings → Backups
// brings back a case changed after it, by the keyboard alone, with the
// current data backed up first; a copy saved as a download is a SQLite file;
// in Spanish, a copy saved to a folder is restored from its path.
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { api, expect, go, shotWhole, signIn, test } from './fixtures';

type Created = Readonly<{ id: string; version: number; reference: string }>;
type Backup = Readonly<{ name: string }>;

async function sugarCase(page: Page): Promise<Created> {
  return api<Created>(page, 'cases.create', { agreement: 'cafta-dr', kind: 'dispute', title: 'Sugar quota allocation', complainant: 'CRI', respondent: 'SLV' });
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('a backup made now brings back a case changed after it', async ({ app, page }) => {
  void app;
  await signIn(page);
  const created = await sugarCase(page);
  await go(page, '#/settings');
  await page.getByRole('link', { name: 'Backups and restore' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  await expect(page.getByText('No backups yet.')).toBeVisible();

  const backUp = page.getByRole('button', { name: 'Back up now' });
  await backUp.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Backup made: .+, 1 case, checked\.$/ })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Backups, newest first' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Made by you');
  await expect(rows.nth(1)).toContainText('Intact');
  expect(await axeViolations(page)).toEqual([]);

  // Save a copy: in the browser host, a download of the listed file.
  await rows.nth(1).getByRole('button', { name: /^Save a copy of the backup of / }).click();
  const saveDialog = page.getByRole('dialog', { name: /^Save a copy of the backup of / });
  await expect(saveDialog.getByRole('link', { name: 'Download the file' })).toBeVisible();
  await shotWhole(page, 'backups-save-dialog', 1280);
  const downloading = page.waitForEvent('download');
  await saveDialog.getByRole('link', { name: 'Download the file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^commission-desk-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.manual\.sqlite$/);
  expect(readFileSync(await download.path()).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  await page.keyboard.press('Escape');
  await expect(saveDialog).toBeHidden();

  await api(page, 'cases.update', { id: created.id, version: created.version, title: 'Changed after the backup' });

  // Restore by the keyboard: the prompt opens on Cancel and says the current data is backed up first.
  await rows.nth(1).getByRole('button', { name: /^Restore the backup of / }).focus();
  await page.keyboard.press('Enter');
  const prompt = page.getByRole('dialog', { name: /^Restore the backup of .+\?$/ });
  await expect(prompt).toContainText('A backup of the current data is taken first');
  await expect(prompt.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await shotWhole(page, 'backups-restore-prompt', 1280);
  await page.keyboard.press('Tab');
  await expect(prompt.getByRole('button', { name: 'Yes, restore this copy' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Data restored: 1 case\. The data as it was before is kept as the backup of .+\.$/ })).toBeVisible();
  await expect(prompt).toBeHidden();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Before a restore');
  await expect(rows.nth(1)).toContainText('Intact');
  await shotWhole(page, 'backups-restored-en-1280', 1280);
  await shotWhole(page, 'backups-restored-en-1920', 1920);

  await go(page, `#/cases/${created.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sugar quota allocation' })).toBeVisible();
});

test('in Spanish, a copy saved to a folder is restored from its path, and a file that is not ours is refused', async ({ app, page }) => {
  void app;
  await signIn(page);
  await api(page, 'settings.update', { locale: 'es' });
  const created = await sugarCase(page);
  const backup = await api<Backup>(page, 'backups.create', {});
  const usb = mkdtempSync(join(tmpdir(), 'cd-e2e-usb-'));
  try {
    const saved = await api<Readonly<{ path: string }>>(page, 'backups.export', { name: backup.name, folder: usb });
    await api(page, 'cases.update', { id: created.id, version: created.version, title: 'Cambiado después de la copia' });
    await page.reload();
    await go(page, '#/settings/backups');
    await expect(page.getByRole('heading', { level: 1, name: 'Copias de seguridad' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Copias de seguridad, de la más reciente a la más antigua' }).getByRole('row').nth(1)).toContainText('Hecha por usted');

    const field = page.getByRole('textbox', { name: 'Archivo (ruta completa)' });
    // A file that is not a Commission Desk data file: refused, nothing replaced.
    await field.fill(join(usb, 'nada.sqlite'));
    await page.getByRole('button', { name: 'Restaurar desde este archivo' }).click();
    await page.getByRole('dialog', { name: '¿Restaurar los datos desde este archivo?' }).getByRole('button', { name: 'Sí, restaurar esta copia' }).click();
    await expect(page.getByRole('alert')).toContainText('No hay ninguna copia de seguridad en');

    await field.fill(saved.path);
    await field.press('Enter');
    const prompt = page.getByRole('dialog', { name: '¿Restaurar los datos desde este archivo?' });
    await expect(prompt).toContainText(saved.path);
    await expect(prompt).toContainText('Antes se hace una copia de seguridad de los datos actuales');
    await prompt.getByRole('button', { name: 'Sí, restaurar esta copia' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Datos restaurados: 1 caso\./ })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Antes de una restauración');
    await shotWhole(page, 'backups-restored-es-1280', 1280);
    await shotWhole(page, 'backups-restored-es-1920', 1920);

    await go(page, `#/cases/${created.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sugar quota allocation' })).toBeVisible();
  } finally {
    rmSync(usb, { recursive: true, force: true });
  }
});
