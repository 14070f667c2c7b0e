// Removal you can take back (issue 6 §1): a case removed from its page by the
// keyboard alone comes back with Undo; removed again, it is found in the
// Trash and restored from there; an event removed on its case page comes back
// with Undo; the Trash pages back with "Show older"; once in Spanish.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { api, expect, go, shotWhole, signIn, test } from './fixtures';

type Created = Readonly<{ id: string; version: number; reference: string }>;
type Event = Readonly<{ id: string }>;

async function sugarCase(page: Page): Promise<Created> {
  return api<Created>(page, 'cases.create', { agreement: 'cafta-dr', kind: 'dispute', title: 'Sugar quota allocation', complainant: 'CRI', respondent: 'SLV' });
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Many API calls in one round trip: setting up a long Trash. */
async function apiEach(page: Page, method: string, inputs: readonly unknown[]): Promise<unknown[]> {
  return page.evaluate(
    async ([name, bodies]) => {
      const token = sessionStorage.getItem('commission-desk.token');
      const results: unknown[] = [];
      for (const body of bodies) {
        const answer = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
          body: JSON.stringify(body),
        });
        const json = (await answer.json()) as { ok: boolean; result?: unknown; error?: unknown };
        if (!json.ok) throw new Error(`${name} failed: ${JSON.stringify(json.error)}`);
        results.push(json.result);
      }
      return results;
    },
    [method, inputs] as const,
  );
}

test('a case removed by the keyboard alone comes back with Undo', async ({ app, page }) => {
  void app;
  await signIn(page);
  const created = await sugarCase(page);
  await api(page, 'events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-03' });
  await go(page, `#/cases/${created.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sugar quota allocation' })).toBeVisible();

  // Tab from Edit to Remove case; Enter asks; Escape says no and gives the focus back.
  await page.getByRole('link', { name: 'Edit case' }).focus();
  await page.keyboard.press('Tab');
  const remove = page.getByRole('button', { name: 'Remove case' });
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  const prompt = page.getByRole('dialog', { name: `Remove case ${created.reference}?` });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(prompt).toBeHidden();
  await expect(remove).toBeFocused();

  // Asked again, Tab reaches the removal and stays in the prompt.
  await page.keyboard.press('Enter');
  await expect(prompt).toBeVisible();
  await shotWhole(page, 'trash-remove-case-prompt', 1280);
  await page.keyboard.press('Tab');
  await expect(prompt.getByRole('button', { name: 'Yes, remove the case' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(prompt.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');

  // On the cases list, without the case; the notice has the focus on Undo.
  await expect(page).toHaveURL(/#\/cases$/);
  const notice = page.getByRole('status').filter({ hasText: `Case ${created.reference} moved to the Trash.` });
  await expect(notice).toBeVisible();
  const undo = notice.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(created.reference);
  expect((await api<{ total: number }>(page, 'cases.list', {})).total).toBe(0);
  await shotWhole(page, 'trash-undo-notice', 1280);

  // Enter undoes: back on the case's own page, as it was.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/cases/${created.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Sugar quota allocation' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Case ${created.reference} restored.` })).toBeVisible();
  await expect(page.locator('ol.events li')).toHaveCount(1);
  expect((await api<{ total: number }>(page, 'cases.list', {})).total).toBe(1);
});

test('a removed case and its event are restored from the Trash, the case first', async ({ app, page }) => {
  void app;
  await signIn(page);
  const created = await sugarCase(page);
  const consultations = await api<Event>(page, 'events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-03' });
  // The event removed first, then the case: both are in the Trash, newest first.
  await api(page, 'events.remove', { id: consultations.id });
  await go(page, `#/cases/${created.id}`);
  await page.getByRole('button', { name: 'Remove case' }).click();
  await page.getByRole('button', { name: 'Yes, remove the case' }).click();
  await expect(page).toHaveURL(/#\/cases$/);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.undo-region')).toBeEmpty();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
  await expect(page).toHaveTitle('Trash — Commission Desk');
  const rows = page.locator('table.trash-table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(`Case ${created.reference}`);
  await expect(rows.nth(0)).toContainText('Ana Pérez');
  await expect(rows.nth(1)).toContainText('Event Consultations requested, 3 Mar 2026');
  await expect(rows.nth(1)).toContainText(`in case ${created.reference}: Sugar quota allocation`);
  // The event cannot go back before its case.
  await expect(rows.nth(1)).toContainText('Restore the case first');
  await expect(rows.nth(1).getByRole('button')).toHaveCount(0);
  expect(await axeViolations(page), 'the Trash').toEqual([]);
  await shotWhole(page, 'trash-1280', 1280);
  await shotWhole(page, 'trash-1920', 1920);

  // Restoring the case lets its event be restored; the focus moves on to that row's Restore.
  await page.getByRole('button', { name: `Restore case ${created.reference}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Case ${created.reference} restored.` })).toBeVisible();
  await expect(rows).toHaveCount(1);
  const restoreEvent = page.getByRole('button', { name: `Restore “Consultations requested” of 3 Mar 2026, case ${created.reference}` });
  await expect(restoreEvent).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeFocused();

  // The restored record's page, with its event and the history of both.
  await page.getByRole('link', { name: `Open case ${created.reference}` }).click();
  await expect(page.locator('ol.events li')).toHaveCount(1);
  await expect(page.locator('.history')).toContainText('Restored the case from the Trash');
  await expect(page.locator('.history')).toContainText('Restored the event Consultations requested');
});

test('an event removed on its case page comes back with Undo', async ({ app, page }) => {
  void app;
  await signIn(page);
  const created = await sugarCase(page);
  const panel = await api<Event>(page, 'events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-03' });
  await go(page, `#/cases/${created.id}`);

  const remove = page.getByRole('button', { name: 'Remove “Consultations requested”' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.locator('ol.events')).toBeHidden();
  const notice = page.getByRole('status').filter({ hasText: '“Consultations requested” of 3 Mar 2026 moved to the Trash.' });
  await expect(notice.getByRole('button', { name: 'Undo' })).toBeFocused();
  expect(await axeViolations(page), 'the Undo notice').toEqual([]);

  await page.keyboard.press('Enter');
  await expect(page.locator(`li[data-event-id="${panel.id}"]`)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '“Consultations requested” of 3 Mar 2026 restored.' })).toBeVisible();

  // Closed without undoing, the notice gives the focus to the list's heading.
  await page.getByRole('button', { name: 'Remove “Consultations requested”' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Close this notice' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Events' })).toBeFocused();
});

test('in Spanish: Deshacer, and the Trash a page at a time', async ({ app, page }) => {
  void app;
  await signIn(page);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  const created = await sugarCase(page);
  // 51 removed events and the case: more than the first page of 50.
  const events = (await apiEach(
    page,
    'events.add',
    Array.from({ length: 51 }, (_, index) => ({ caseId: created.id, type: 'note', date: `2026-01-${String((index % 28) + 1).padStart(2, '0')}`, text: `Nota ${index + 1}` })),
  )) as Event[];
  await apiEach(page, 'events.remove', events.map((event) => ({ id: event.id })));
  await go(page, `#/cases/${created.id}`);

  await page.getByRole('button', { name: 'Eliminar caso' }).click();
  const prompt = page.getByRole('dialog', { name: `¿Eliminar el caso ${created.reference}?` });
  await expect(prompt).toContainText('El caso pasa a la papelera con sus actuaciones');
  await prompt.getByRole('button', { name: 'Sí, eliminar el caso' }).click();
  const notice = page.getByRole('status').filter({ hasText: `El caso ${created.reference} se movió a la papelera.` });
  await expect(notice.getByRole('button', { name: 'Deshacer' })).toBeFocused();
  await shotWhole(page, 'trash-undo-notice-es', 1280);
  await page.keyboard.press('Escape');

  await page.getByRole('navigation').getByRole('link', { name: 'Papelera' }).click();
  await expect(page).toHaveTitle('Papelera — Commission Desk');
  const rows = page.locator('table.trash-table tbody tr');
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText(`Caso ${created.reference}`);
  await expect(rows.nth(1)).toContainText('Restaure primero el caso');
  await page.getByRole('button', { name: 'Mostrar anteriores' }).click();
  await expect(rows).toHaveCount(52);
  // The focus is on the first row of the older page.
  await expect(rows.nth(50)).toBeFocused();
  await expect(page.getByText('No hay nada más antiguo en la papelera.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mostrar anteriores' })).toHaveCount(0);
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await shotWhole(page, 'trash-es-1280', 1280);
  await shotWhole(page, 'trash-es-1920', 1920);

  await page.getByRole('button', { name: `Restaurar el caso ${created.reference}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Caso ${created.reference} restaurado.` })).toBeVisible();
  await expect(rows.first().getByRole('button', { name: /^Restaurar «Nota»/ })).toBeFocused();
});
