// The new/edit case form: the API's field messages appear beside the fields
// (and in a summary), the first invalid field takes the focus, a saved case
// opens its page, and an edit that lost a race is explained, not applied.
import type { Page } from '@playwright/test';
import { api, expect, shot, test } from './fixtures';

async function signIn(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Your name').fill('Ana Pérez');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog).toBeHidden();
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}

/** The shell scrolls inside its main area: make the window as tall as the content, then shoot. */
async function shotWhole(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const height = await page.evaluate(() => {
    const main = document.querySelector('main');
    return Math.ceil((main?.getBoundingClientRect().top ?? 0) + (main?.scrollHeight ?? document.body.scrollHeight));
  });
  await page.mouse.move(0, 0);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await shot(page, name);
  await page.setViewportSize(viewport);
}

test('a new case: field messages first, then the saved case page', async ({ app, page }) => {
  void app;
  await signIn(page);
  await go(page, '#/cases/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible();

  // Only the agreement's Parties are offered.
  await page.getByLabel('Agreement').selectOption({ label: 'US–Peru TPA' });
  await expect(page.getByLabel('Complaining Party').locator('option')).toHaveText(['Choose…', 'United States', 'Peru']);
  await page.getByLabel('Agreement').selectOption({ label: 'CAFTA-DR' });

  await page.getByLabel('Complaining Party').selectOption({ label: 'Costa Rica' });
  await page.getByLabel('Party complained against').selectOption({ label: 'Costa Rica' });
  await page.getByLabel('HS codes').fill('0803, 99');
  // HS chapter 08 suggests perishable goods; the flag is not set silently.
  await expect(page.getByText('Some HS codes are in chapters 1–24')).toBeVisible();
  await expect(page.getByLabel('The case concerns perishable goods')).not.toBeChecked();
  await page.getByRole('button', { name: 'Save case' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The case was not saved: 3 fields need attention.');
  await expect(page.locator('#case-title-error')).toHaveText('Required.');
  await expect(page.locator('#case-respondent-error')).toHaveText('The complaining Party and the Party complained against must be different.');
  await expect(page.locator('#case-hsCodes-error')).toContainText('“99”: Not an HS code');
  await expect(page.getByLabel('Title')).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await shotWhole(page, 'case-form-errors');

  await page.getByLabel('Title').fill('Import permits for fresh bananas');
  await page.getByLabel('Party complained against').selectOption({ label: 'Guatemala' });
  await page.getByLabel('HS codes').fill('0803, 080390');
  await page.getByRole('checkbox', { name: 'Honduras' }).check();
  await page.getByRole('button', { name: 'Mark as perishable' }).click();
  await expect(page.getByLabel('The case concerns perishable goods')).toBeChecked();
  await page.getByLabel('NTE barrier category').selectOption({ label: 'Sanitary and phytosanitary measures' });
  await page.getByLabel('Lead officer').fill('María Solís');
  await page.getByRole('button', { name: 'Save case' }).click();

  await expect(page).toHaveURL(/#\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Import permits for fresh bananas' })).toBeVisible();
  const header = page.locator('.case-header');
  await expect(header).toContainText('Costa Rica');
  await expect(header).toContainText('Guatemala');
  await expect(header).toContainText('Third parties: Honduras');
  await expect(header).toContainText('Perishable goods');
  await expect(header).toContainText('0803, 080390');
  await expect(header).toContainText('Sanitary and phytosanitary measures');
  await expect(header).toContainText(/CAFTA-DR-\d{4}-\d{3}/);
  await shotWhole(page, 'case-form-saved');

  // Edit: only the change is sent, and the history shows it.
  await page.getByRole('link', { name: 'Edit case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Edit case CAFTA-DR-/ })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Import permits for fresh bananas');
  await page.getByLabel('Title').fill('Import permits for fresh bananas and plantains');
  await page.getByRole('button', { name: 'Save case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import permits for fresh bananas and plantains' })).toBeVisible();
  const history = page.locator('.history');
  await expect(history).toContainText('Changed the case');
  await expect(history).toContainText('Title: Import permits for fresh bananas → Import permits for fresh bananas and plantains');
});

test('an edit after someone else saved the case is not applied, and their version can be taken instead', async ({ app, page }) => {
  void app;
  await signIn(page);
  const { id } = await api<{ id: string }>(page, 'cases.create', { agreement: 'us-peru-tpa', kind: 'environment_consultation', title: 'Timber verification', complainant: 'USA', respondent: 'PER' });
  await go(page, `#/cases/${id}/edit`);
  await expect(page.getByLabel('Title')).toHaveValue('Timber verification');

  // Meanwhile a colleague saves the case (version 1 → 2).
  await api(page, 'cases.update', { id, version: 1, title: 'Timber verification (Annex 18.3.4)' });

  await page.getByLabel('Sector').fill('Forestry');
  await page.getByRole('button', { name: 'Save case' }).click();
  // Their change beside yours (e2e/forms.spec.ts keeps yours); here their version is taken.
  const conflict = page.locator('.conflict');
  await expect(conflict).toContainText('Someone else saved this case after you opened it; your changes were not saved yet.');
  await expect(conflict).toBeFocused();
  await shotWhole(page, 'case-form-conflict');
  await conflict.getByRole('button', { name: 'Take their version' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Timber verification (Annex 18.3.4)');
  await expect(page.getByLabel('Sector')).toHaveValue('');
  await page.getByLabel('Sector').fill('Forestry');
  await page.getByRole('button', { name: 'Save case' }).click();
  await expect(page.locator('.case-header')).toContainText('Forestry');
});

test('the form and its messages in Spanish', async ({ app, page }) => {
  void app;
  await signIn(page);
  await page.getByRole('button', { name: 'Español' }).click();
  await go(page, '#/cases/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nuevo caso' })).toBeVisible();
  await page.getByLabel('Parte reclamante').selectOption({ label: 'Estados Unidos' });
  await page.getByRole('button', { name: 'Guardar caso' }).click();
  await expect(page.getByRole('alert')).toContainText('El caso no se guardó');
  await expect(page.locator('#case-title-error')).toHaveText('Obligatorio.');
  // An unchosen Party is refused by code as not a Party to the agreement (renderer/i18n/apiErrors.ts).
  await expect(page.locator('#case-respondent-error')).toHaveText('Obligatorio.');
  await expect(page.getByRole('checkbox', { name: 'Costa Rica' })).toBeVisible();
  await shotWhole(page, 'case-form-es');
});
