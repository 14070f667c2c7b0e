// The form kit as an official meets it (issue 6 §1): a half-filled form is
// not lost without a warning; an edit that lost a race shows the other
// person's change beside yours and keeps your text; an event is removed with
// the keyboard alone; dates are typed in the UI language's format; and after
// Save the focus lands on the saved record.
import type { Page } from '@playwright/test';
import { api, expect, go, shotWhole, signIn, test } from './fixtures';

type Created = Readonly<{ id: string; version: number }>;

async function spanish(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
}

async function timberCase(page: Page): Promise<Created> {
  return api<Created>(page, 'cases.create', {
    agreement: 'us-peru-tpa',
    kind: 'environment_consultation',
    title: 'Timber verification',
    complainant: 'USA',
    respondent: 'PER',
  });
}

test('a half-filled case form warns before Cancel or Back discards it', async ({ app, page }) => {
  void app;
  await signIn(page);
  await page.getByRole('link', { name: 'Cases', exact: true }).first().click();
  await go(page, '#/cases/new');
  await page.getByLabel('Title').fill('Import permits for fresh bananas');

  // Cancel asks; staying keeps what was typed, with the focus back on Cancel.
  await page.getByRole('link', { name: 'Cancel' }).click();
  const guard = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(guard).toBeVisible();
  await expect(guard.getByRole('button', { name: 'Stay on the form' })).toBeFocused();
  await shotWhole(page, 'forms-guard', 1280);
  await page.keyboard.press('Escape');
  await expect(guard).toBeHidden();
  await expect(page.getByRole('link', { name: 'Cancel' })).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveValue('Import permits for fresh bananas');

  // Back asks too, and the form stays on screen meanwhile; leaving goes back.
  await page.goBack();
  await expect(guard).toBeVisible();
  await expect(page).toHaveURL(/#\/cases\/new$/);
  await expect(page.getByLabel('Title')).toHaveValue('Import permits for fresh bananas');
  await guard.getByRole('button', { name: 'Leave and discard' }).click();
  await expect(page).toHaveURL(/#\/cases$/);
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeHidden();

  // A form left untouched is left without a question.
  await go(page, '#/cases/new');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/#\/cases$/);
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('an edit conflict shows their change beside yours and saves yours on the new version', async ({ app, page }) => {
  void app;
  await signIn(page);
  const created = await timberCase(page);
  await go(page, `#/cases/${created.id}/edit`);
  await expect(page.getByLabel('Title')).toHaveValue('Timber verification');

  // Meanwhile a colleague renames the case and names a lead officer (version 1 → 2).
  await api(page, 'cases.update', { id: created.id, version: created.version, title: 'Timber verification (Annex 18.3.4)', leadOfficer: 'Rosa Quispe' });

  await page.getByLabel('Title').fill('Timber verification — Loreto');
  await page.getByLabel('Sector').fill('Forestry');
  await page.getByRole('button', { name: 'Save case' }).click();

  const conflict = page.locator('.conflict');
  await expect(conflict).toContainText('Someone else saved this case after you opened it');
  const title = conflict.locator('tr[data-field="title"]');
  await expect(title).toContainText('changed by both of you');
  await expect(title.locator('td').nth(0)).toHaveText('Timber verification (Annex 18.3.4)');
  await expect(title.locator('td').nth(1)).toHaveText('Timber verification — Loreto');
  await expect(conflict.locator('tr[data-field="leadOfficer"]')).toContainText('changed by them');
  await expect(conflict.locator('tr[data-field="sector"]')).toContainText('changed by you');
  await shotWhole(page, 'forms-conflict', 1280);

  await conflict.getByRole('button', { name: 'Keep my changes' }).click();
  await expect(page.locator('.form-kept')).toBeFocused();
  // Yours where you typed, theirs where only they changed something.
  await expect(page.getByLabel('Title')).toHaveValue('Timber verification — Loreto');
  await expect(page.getByLabel('Sector')).toHaveValue('Forestry');
  await expect(page.getByLabel('Lead officer')).toHaveValue('Rosa Quispe');
  await page.getByRole('button', { name: 'Save case' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Timber verification — Loreto' })).toBeFocused();
  const stored = await api<{ case: { title: string; sector: string; leadOfficer: string; version: number } }>(page, 'cases.get', { id: created.id });
  expect(stored.case).toMatchObject({ title: 'Timber verification — Loreto', sector: 'Forestry', leadOfficer: 'Rosa Quispe', version: 3 });
});

test('an event is removed with the keyboard alone: Escape says no, Tab stays in the prompt', async ({ app, page }) => {
  void app;
  await signIn(page);
  const created = await api<Created>(page, 'cases.create', { agreement: 'cafta-dr', kind: 'dispute', title: 'Sugar quota', complainant: 'CRI', respondent: 'SLV' });
  await api(page, 'events.add', { caseId: created.id, type: 'consultations_requested', date: '2025-03-03' });
  await go(page, `#/cases/${created.id}`);

  const remove = page.getByRole('button', { name: 'Remove “Consultations requested”' });
  await remove.focus();
  await page.keyboard.press('Enter');
  const prompt = page.getByRole('dialog', { name: 'Remove “Consultations requested”?' });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(prompt).toBeHidden();
  await expect(remove).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(prompt).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(prompt.getByRole('button', { name: 'Yes, remove' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(prompt.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(prompt.getByRole('button', { name: 'Yes, remove' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(prompt).toBeHidden();
  await expect(page.locator('ol.events')).toBeHidden();
  // The Undo notice says where it went and takes the focus (e2e/trash.spec.ts follows it further).
  await expect(page.getByRole('status').filter({ hasText: '“Consultations requested” of 3 Mar 2025 moved to the Trash.' }).getByRole('button', { name: 'Undo' })).toBeFocused();
});

test('after Save the focus is on the saved case, and on the next event to record', async ({ app, page }) => {
  void app;
  await signIn(page);
  await go(page, '#/cases/new');
  await page.getByLabel('Title').fill('Sanitary permits for shrimp');
  await page.getByLabel('Complaining Party').selectOption({ label: 'Costa Rica' });
  await page.getByLabel('Party complained against').selectOption({ label: 'Guatemala' });
  // English takes dates with the month as a word; all-number day/month is refused as ambiguous.
  const opened = page.getByLabel('Opened on');
  await opened.fill('03/12/2025');
  await opened.blur();
  await expect(page.locator('#case-openedOn-error')).toContainText('Write the month as a word');
  await opened.fill('Dec 3, 2025');
  await opened.blur();
  await expect(opened).toHaveValue('3 Dec 2025');
  await shotWhole(page, 'forms-case-form', 1280);
  await page.getByRole('button', { name: 'Save case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sanitary permits for shrimp' })).toBeFocused();
  await expect(page.locator('.case-facts')).toContainText('3 Dec 2025');

  // Adding an event leaves the focus on the form's first field, for the next one.
  const add = page.getByRole('form', { name: 'Record an event' });
  await add.getByLabel('Date').fill('3 Mar 2025');
  await add.getByRole('button', { name: 'Add event' }).click();
  await expect(page.locator('ol.events li')).toHaveCount(1);
  await expect(add.getByLabel('Event', { exact: true })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded: Consultations requested, 3 Mar 2025' })).toBeAttached();

  // A correction leaves the focus on the corrected event; Escape leaves an edit untouched.
  await page.getByRole('button', { name: 'Correct “Consultations requested”' }).click();
  const correct = page.getByRole('form', { name: 'Correct “Consultations requested”' });
  await expect(correct.getByLabel('Event', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(correct).toBeHidden();
  await expect(page.getByRole('button', { name: 'Correct “Consultations requested”' })).toBeFocused();
  await page.getByRole('button', { name: 'Correct “Consultations requested”' }).click();
  await correct.getByLabel('Notes').fill('Delivered by diplomatic note');
  await correct.getByRole('button', { name: 'Save correction' }).click();
  await expect(page.locator('ol.events li').first()).toBeFocused();
  await expect(page.locator('ol.events li').first()).toContainText('Delivered by diplomatic note');
});

test('in Spanish: dates typed as dd/mm/aaaa, the guard and the conflict view', async ({ app, page }) => {
  void app;
  await signIn(page);
  await spanish(page);
  const created = await timberCase(page);

  await go(page, '#/cases/new');
  await page.getByLabel('Título').fill('Permisos fitosanitarios');
  await page.getByLabel('Parte reclamante').selectOption({ label: 'Costa Rica' });
  await page.getByLabel('Parte demandada').selectOption({ label: 'Guatemala' });
  const opened = page.getByLabel('Fecha de apertura');
  await opened.fill('3/12/2025');
  await opened.blur();
  await expect(opened).toHaveValue('03/12/2025');
  await shotWhole(page, 'forms-case-form-es', 1280);
  await page.getByRole('link', { name: 'Cancelar' }).click();
  await expect(page.getByRole('dialog', { name: '¿Salir sin guardar?' })).toBeVisible();
  await shotWhole(page, 'forms-guard-es', 1280);
  await page.getByRole('button', { name: 'Seguir en el formulario' }).click();
  await page.getByRole('button', { name: 'Guardar caso' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Permisos fitosanitarios' })).toBeFocused();
  await expect(page.locator('.case-facts')).toContainText('3 dic 2025');

  // An event dated 03/12/2025 is the third of December.
  const add = page.getByRole('form', { name: 'Registrar una actuación' });
  await add.getByLabel('Fecha').fill('03/12/2025');
  await add.getByRole('button', { name: 'Agregar actuación' }).click();
  await expect(page.locator('ol.events li')).toHaveCount(1);
  await expect(page.locator('ol.events li .event-date')).toHaveText('3 dic 2025');

  // The conflict view in Spanish.
  await go(page, `#/cases/${created.id}/edit`);
  await expect(page.getByLabel('Título')).toHaveValue('Timber verification');
  await api(page, 'cases.update', { id: created.id, version: created.version, title: 'Verificación de madera' });
  await page.getByLabel('Sector').fill('Forestal');
  await page.getByRole('button', { name: 'Guardar caso' }).click();
  await expect(page.locator('.conflict')).toContainText('Otra persona guardó este caso');
  await expect(page.locator('.conflict tr[data-field="title"]')).toContainText('cambiado por la otra persona');
  await shotWhole(page, 'forms-conflict-es', 1280);
});
