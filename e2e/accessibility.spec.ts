// Each screen an official uses, checked with axe (WCAG 2 A/AA rules) in both
// languages: labels, names, contrast, landmarks, keyboard-reachable regions.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addDays, format, subDays } from 'date-fns';
import { api, expect, go, signIn, test } from './fixtures';

test.use({ demo: true });

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

async function screen(page: Page, hash: string, ready: RegExp): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ready);
}

test('the first-start dialog passes axe', async ({ app, page }) => {
  expect(app.url).toContain('token=');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

// One test per group of screens, so each stays short on a busy machine.
const SCREEN_GROUPS: readonly Readonly<{ name: string; check: (page: Page) => Promise<void> }>[] = [
  {
    name: 'the dashboard and the cases table',
    check: async (page) => {
      await screen(page, '#/', /Dashboard|Resumen/);
      expect(await violations(page), 'dashboard').toEqual([]);
      await screen(page, '#/cases', /Cases|Casos/);
      await expect(page.getByRole('link', { name: 'CAFTA-DR-2010-001' })).toBeVisible();
      expect(await violations(page), 'cases table').toEqual([]);
    },
  },
  {
    name: 'a case page and the case form with errors',
    check: async (page) => {
      await screen(page, '#/cases', /Cases|Casos/);
      await page.getByRole('link', { name: 'CAFTA-DR-2010-001' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Guatemala');
      expect(await violations(page), 'case page').toEqual([]);
      await screen(page, '#/cases/new', /New case|Nuevo caso/);
      await page.getByRole('button', { name: /Save case|Guardar caso/ }).click();
      await expect(page.getByRole('alert').first()).toBeVisible();
      expect(await violations(page), 'case form with errors').toEqual([]);
    },
  },
  {
    name: 'settings, history and the Trash',
    check: async (page) => {
      await screen(page, '#/settings', /Settings|Configuración|Ajustes/);
      expect(await violations(page), 'settings').toEqual([]);
      await screen(page, '#/history', /^(History|Historial)$/);
      await expect(page.getByRole('button', { name: /Show older changes|Mostrar cambios anteriores/ })).toBeVisible();
      expect(await violations(page), 'history').toEqual([]);
      await screen(page, '#/trash', /^(Trash|Papelera)$/);
      expect(await violations(page), 'trash').toEqual([]);
    },
  },
];

for (const language of ['English', 'Español'] as const) {
  for (const group of SCREEN_GROUPS) {
    test(`${group.name} pass axe in ${language}`, async ({ app, page }) => {
      expect(app.url).toContain('token=');
      await signIn(page, 'Axe Reviewer');
      await page.getByRole('button', { name: language, exact: true }).click();
      await group.check(page);
    });
  }
}

// Issue 5: the problems panel, a flagged limit, the agreed-period form, a
// scheduled event, and the environment-submission and claims forms.
for (const language of ['English', 'Español'] as const) {
  test(`the treaty-procedure parts pass axe in ${language}`, async ({ app, page }) => {
    expect(app.url).toContain('token=');
    await signIn(page, 'Axe Reviewer');
    await page.getByRole('button', { name: language, exact: true }).click();
    const day = (date: Date) => format(date, 'yyyy-MM-dd');
    const created = await api<{ id: string }>(page, 'cases.create', {
      agreement: 'cafta-dr', kind: 'dispute', title: 'Axe dispute', complainant: 'CRI', respondent: 'SLV',
    });
    await api(page, 'events.add', { caseId: created.id, type: 'consultations_requested', date: day(subDays(new Date(), 30)) });
    await api(page, 'events.add', { caseId: created.id, type: 'commission_meeting_requested', date: day(subDays(new Date(), 10)) });
    await api(page, 'events.add', { caseId: created.id, type: 'commission_convened', date: day(addDays(new Date(), 5)), scheduled: true });
    await go(page, `#/cases/${created.id}`);
    await expect(page.locator('.problems')).toBeVisible();
    await page.locator('.limits-table tr[data-rule="cafta-dr.commission-request"] .limit-agree-actions button').first().click();
    await expect(page.locator('.agreed-form')).toBeVisible();
    await page.locator('.counting-help > summary').click();
    expect(await violations(page), 'case page with problems and the agreed-period form').toEqual([]);

  });

  test(`the claims and submission forms pass axe in ${language}`, async ({ app, page }) => {
    expect(app.url).toContain('token=');
    await signIn(page, 'Axe Reviewer');
    await page.getByRole('button', { name: language, exact: true }).click();
    const created = await api<{ id: string }>(page, 'cases.create', {
      agreement: 'cafta-dr', kind: 'dispute', title: 'Axe dispute', complainant: 'CRI', respondent: 'SLV',
    });
    await go(page, `#/cases/${created.id}/edit`);
    await expect(page.locator('.claims-group')).toBeVisible();
    await page.locator('.claims-quick .button').first().click();
    expect(await violations(page), 'claims and findings').toEqual([]);

    // The claim added above is not saved: the unsaved-changes guard asks before the new form opens.
    await go(page, '#/cases/new');
    const guard = page.getByRole('dialog');
    await expect(guard).toBeVisible();
    await guard.getByRole('button', { name: /Leave and discard|Salir y descartar/ }).click();
    await expect(page).toHaveURL(/#\/cases\/new$/);
    await page.locator('#case-kind').selectOption('environment_submission');
    await page.getByRole('button', { name: /Save case|Guardar caso/ }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    expect(await violations(page), 'environment submission form with errors').toEqual([]);
  });
}
