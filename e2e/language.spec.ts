// English / Español: every label from the catalogs, dates in the chosen
// language's format, and the choice remembered (in the database settings).
import type { Page } from '@playwright/test';
import { expect, shot, test, type AppUnderTest } from './fixtures';

async function api<R>(page: Page, app: AppUnderTest, method: string, input: object): Promise<R> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  const response = await page.request.post(new URL(`/api/${method}`, app.url).toString(), {
    headers: { Authorization: `Bearer ${token}` },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; result: R; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

test('switching to Spanish relabels the app, formats dates in Spanish, and is remembered', async ({ app, page }) => {
  await api(page, app, 'settings.update', { userName: 'Lucía Gómez', locale: 'en' });
  await api(page, app, 'cases.create', {
    agreement: 'us-peru-tpa', kind: 'environment_consultation', title: 'Forest sector governance', complainant: 'USA', respondent: 'PER', openedOn: '2025-03-03',
  });
  // The page opened before the name was set: load it again.
  await page.reload();
  await page.goto(`${new URL(app.url).origin}/#/cases`);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Cases' })).toBeVisible();
  await expect(page.locator('td.col-openedOn')).toHaveText('3 Mar 2025');

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const navEs = page.getByRole('navigation', { name: 'Principal' });
  await expect(navEs.getByRole('link')).toHaveText(['Resumen', 'Casos', 'Reuniones', 'Historial', 'Papelera']);
  await expect(navEs).toContainText('Comunicaciones próximamente');
  await expect(page.getByRole('heading', { name: 'Casos', level: 1 })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /^Referencia/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /^Reclamante → demandada/ })).toBeVisible();
  // Domain labels and the Spanish date format (day, lower-case month, year).
  await expect(page.locator('td.col-agreement')).toHaveText('APC Perú–EE. UU.');
  await expect(page.locator('td.col-kind')).toHaveText('Consultas ambientales');
  await expect(page.locator('td.col-complainant')).toHaveText('Estados Unidos → Perú');
  await expect(page.locator('td.col-openedOn')).toHaveText('3 mar 2025');
  await expect(page.getByRole('status').filter({ hasText: '1 caso' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Registrando como Lucía Gómez/ })).toBeVisible();
  await expect(page).toHaveTitle('Casos — Commission Desk');
  await shot(page, 'cases-table-es');

  // Remembered: the database settings say Spanish, and a reload opens in Spanish.
  expect((await api<{ locale: string | null }>(page, app, 'settings.get', {})).locale).toBe('es');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { name: 'Casos', level: 1 })).toBeVisible();
  await expect(page.locator('td.col-openedOn')).toHaveText('3 mar 2025');

  await navEs.getByRole('link', { name: 'Resumen' }).click();
  await expect(page.getByRole('heading', { name: 'Casos por acuerdo y estado' })).toBeVisible();
  await expect(page.getByText(/^Hoy es \d{1,2} [a-z]+\.? \d{4}\.$/)).toBeVisible();
  await shot(page, 'dashboard-es');

  // And back to English from Settings.
  await page.getByRole('link', { name: /Registrando como/ }).click();
  await expect(page.getByRole('heading', { name: 'Configuración', level: 1 })).toBeVisible();
  await shot(page, 'settings-es');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the first-start dialog and the empty casebook speak Spanish too', async ({ app, page }) => {
  await api(page, app, 'settings.update', { locale: 'es' });
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Le damos la bienvenida a Commission Desk' });
  await expect(dialog).toContainText('Su nombre se registra en la bitácora de auditoría con cada cambio.');
  await dialog.getByLabel('Su nombre').fill('Lucía Gómez');
  await dialog.getByRole('button', { name: 'Continuar' }).click();
  await expect(dialog).toBeHidden();
  const welcome = page.getByRole('region', { name: 'Aún no hay casos' });
  await expect(welcome.getByRole('button', { name: 'Cargar los casos de ejemplo' })).toBeVisible();
  await expect(welcome.getByRole('link', { name: 'Nuevo caso' })).toBeVisible();
  await shot(page, 'welcome-es');
});
