// First start: the app asks for the user's name, explains itself on the empty
// casebook, and loads the sample casebook on request.
import { expect, shot, test, type AppUnderTest } from './fixtures';
import type { Page } from '@playwright/test';

async function answerNameDialog(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Welcome to Commission Desk' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog).toBeHidden();
}

async function settings(page: Page, app: AppUnderTest): Promise<{ userName: string | null }> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  const response = await page.request.post(new URL('/api/settings.get', app.url).toString(), {
    headers: { Authorization: `Bearer ${token}` },
    data: {},
  });
  return ((await response.json()) as { result: { userName: string | null } }).result;
}

test('first start asks for the name once, for the audit log', async ({ app, page }) => {
  const dialog = page.getByRole('dialog', { name: 'Welcome to Commission Desk' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Your name is written to the audit log with each change');
  await shot(page, 'name-dialog-en');

  // Escape does not dismiss it, and an empty name is refused.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Please enter your name.');

  await answerNameDialog(page, 'Ana Pérez');
  await expect(page.getByRole('link', { name: /Recording as Ana Pérez/ })).toBeVisible();
  expect((await settings(page, app)).userName).toBe('Ana Pérez');

  // Asked once: not again after a reload.
  await page.reload();
  await expect(page.getByRole('link', { name: /Recording as Ana Pérez/ })).toBeVisible();
  await expect(dialog).toBeHidden();

  // Changeable in Settings.
  await page.getByRole('link', { name: /Recording as/ }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Ana Pérez Soto');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Recording as Ana Pérez Soto/ })).toBeVisible();
  expect((await settings(page, app)).userName).toBe('Ana Pérez Soto');
  await shot(page, 'settings-en');
});

test('the empty casebook explains the app and loads the sample casebook', async ({ app: _app, page }) => {
  await answerNameDialog(page, 'Ana Pérez');
  const welcome = page.getByRole('region', { name: 'No cases yet' });
  await expect(welcome).toBeVisible();
  await expect(welcome).toContainText('CAFTA-DR, the US–Colombia TPA and the US–Peru TPA');
  await expect(welcome).toContainText('citing the article');
  await expect(welcome).toContainText('no internet connection is needed');
  await expect(welcome.getByRole('link', { name: 'New case' })).toHaveAttribute('href', '#/cases/new');
  // Submissions are announced, not a link to nowhere; Meetings has its screens (issue 8).
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Dashboard', 'Cases', 'Meetings', 'History']) await expect(nav.getByRole('link', { name })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Submissions/ })).toHaveCount(0);
  await expect(nav).toContainText('Submissions coming next');
  await shot(page, 'welcome-en');

  await welcome.getByRole('button', { name: 'Load the sample casebook' }).click();
  await expect(page.getByRole('heading', { name: 'Cases by agreement and status' })).toBeVisible();
  await expect(welcome).toBeHidden();
  await shot(page, 'dashboard-sample-en');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  // The public matters of the sample casebook, with their parties.
  await expect(table).toContainText('United States → Guatemala');
  await expect(table).toContainText('Costa Rica → El Salvador');
  await expect(table).toContainText('US–Peru TPA');
  await expect(table).toContainText('US–Colombia TPA');
  const rows = await table.locator('tr.case-row').count();
  expect(rows).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole('status').filter({ hasText: /^\d+ cases$/ })).toHaveText(`${rows} cases`);
  await shot(page, 'cases-sample-en');
});

test('the sample casebook loaded on a Spanish screen has its summaries in Spanish, its official titles as published', async ({ app: _app, page }) => {
  await answerNameDialog(page, 'Ana Pérez');
  await page.getByRole('button', { name: 'Español', exact: true }).click();
  const welcome = page.getByRole('region', { name: 'Aún no hay casos' });
  await welcome.getByRole('button', { name: 'Cargar los casos de ejemplo' }).click();
  await expect(welcome).toBeHidden();

  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Casos' }).click();
  await page.getByRole('row', { name: /In the Matter of Guatemala/ }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/In the Matter of Guatemala/);
  const summary = page.locator('.case-summary');
  await summary.locator('summary').click();
  await expect(summary).toContainText('Antecedentes: el 23 de abril de 2008 la AFL-CIO y seis sindicatos guatemaltecos');
  await expect(summary).toContainText('la Comisión de Libre Comercio se reunió en junio de 2011');
  await expect(summary).not.toContainText('Background');
});
