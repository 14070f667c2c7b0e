// The History screen as an official uses it: after changing their name and
// the language in Settings and recording a case and an event, they find every
// change there — newest first, who (name, system account, app installation),
// on which computer, what changed — and follow an entry to its case or to
// Settings. Older changes come a page at a time. "Verify history" says the
// history is intact, and names the first change altered outside the app.
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { api, E2E_DEVICE_ID, expect, go, shotWhole, signIn, test } from './fixtures';

type Entry = { at: string; device: string };
type CaseRecord = { id: string; reference: string; title: string; version: number };

/** The computer the host records, as the API answers it (the host's own name). */
async function device(page: Page): Promise<string> {
  const page1 = await api<{ entries: Entry[] }>(page, 'history.list', { limit: 1 });
  return page1.entries[0]?.device ?? '';
}

/** The app's own date and time format (the browser's Intl, not Node's). */
async function shownAt(page: Page, at: string, locale: 'en-GB' | 'es'): Promise<string> {
  return page.evaluate(([iso, tag]) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)), [at, locale] as const);
}

async function chooseLanguage(page: Page, name: 'English' | 'Español', locale: 'en' | 'es'): Promise<void> {
  await page.getByRole('radio', { name }).check();
  // The choice is saved in the background; the history reads it once saved.
  await expect.poll(async () => (await api<{ locale: string | null }>(page, 'settings.get', {})).locale).toBe(locale);
}

async function recordCase(page: Page, title: string): Promise<CaseRecord> {
  const created = await api<CaseRecord>(page, 'cases.create', { agreement: 'cafta-dr', kind: 'dispute', title, complainant: 'CRI', respondent: 'SLV' });
  await api(page, 'events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-03', text: 'Delivered by diplomatic note' });
  return created;
}

test('History shows the settings and case changes with who, when and on which computer, and links to the case', async ({ app, page }) => {
  void app;
  await signIn(page, 'Ana Pérez');
  await page.getByRole('link', { name: /Recording as/ }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Ana María Pérez');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await chooseLanguage(page, 'Español', 'es');
  await chooseLanguage(page, 'English', 'en');
  const created = await recordCase(page, 'Import permits for fresh bananas');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page).toHaveTitle('History — Commission Desk');
  const entries = page.getByRole('list', { name: 'Changes, newest first' }).locator(':scope > li');
  const newest = entries.first();
  await expect(newest).toContainText('Recorded the event Consultations requested (3 Mar 2026)');
  await expect(newest).toContainText('Delivered by diplomatic note');
  await expect(newest).toContainText('Ana María Pérez');
  await expect(newest).toContainText(`Computer: ${await device(page)}`);
  const { entries: [latest] } = await api<{ entries: Entry[] }>(page, 'history.list', { limit: 1 });
  await expect(newest.locator('time')).toHaveText(await shownAt(page, latest!.at, 'en-GB'));
  await expect(entries.nth(1)).toContainText('Opened the case record');
  await expect(entries.nth(2)).toContainText('Language: Español → English');
  await expect(entries.nth(3)).toContainText('Changed the settings');
  // The first choice: until then the app followed the computer's language.
  await expect(entries.nth(3)).toContainText('Language: not chosen (the computer’s language) → Español');
  await expect(entries.nth(4)).toContainText('Name: Ana Pérez → Ana María Pérez');
  await expect(entries.nth(5)).toContainText('Name: — → Ana Pérez');
  await expect(entries).toHaveCount(6);
  await expect(page.getByRole('button', { name: 'Show older changes' })).toHaveCount(0);

  await shotWhole(page, 'history-en-1280', 1280);
  await shotWhole(page, 'history-en-1920', 1920);

  // The event's entry links to its case, named by reference and title.
  await newest.getByRole('link', { name: `Case ${created.reference}: Import permits for fresh bananas` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import permits for fresh bananas' })).toBeVisible();
  await expect(page.locator('.history')).toContainText('Recorded the event Consultations requested (3 Mar 2026)');
});

test('en español: Historial, con la computadora y el enlace a la configuración', async ({ app, page }) => {
  void app;
  await signIn(page, 'Ana Pérez');
  await page.getByRole('link', { name: /Recording as/ }).click();
  await chooseLanguage(page, 'Español', 'es');
  await page.getByRole('textbox', { name: 'Nombre' }).fill('Ana María Pérez');
  await page.getByRole('button', { name: 'Guardar nombre' }).click();
  await expect(page.getByText('Guardado.')).toBeVisible();
  const created = await recordCase(page, 'Permisos de importación de banano fresco');

  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Historial' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Historial' })).toBeVisible();
  const entries = page.getByRole('list', { name: 'Cambios, del más reciente al más antiguo' }).locator(':scope > li');
  await expect(entries.first()).toContainText('Registró la actuación Solicitud de consultas (3 mar 2026)');
  await expect(entries.first()).toContainText(`Computadora: ${await device(page)}`);
  await expect(entries.nth(1)).toContainText('Abrió el registro del caso');
  await expect(entries.nth(1).getByRole('link')).toHaveText(`Caso ${created.reference}: Permisos de importación de banano fresco`);
  await expect(entries.nth(2)).toContainText('Nombre: Ana Pérez → Ana María Pérez');
  await expect(entries.nth(3)).toContainText('Modificó la configuración');
  await expect(entries.nth(3)).toContainText('Idioma: sin elegir (el de la computadora) → Español');

  await shotWhole(page, 'history-es-1280', 1280);
  await shotWhole(page, 'history-es-1920', 1920);

  await entries.nth(3).getByRole('link', { name: 'Configuración' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Configuración' })).toBeVisible();
});

test('older changes come a page at a time, by keyboard, on the History screen and on the case page', async ({ app, page }) => {
  void app;
  await signIn(page, 'Ana Pérez');
  // 60 edits of one case: its history and the app's have two pages of 50.
  const created = await api<CaseRecord>(page, 'cases.create', { agreement: 'cafta-dr', kind: 'dispute', title: 'Edit 0', complainant: 'CRI', respondent: 'SLV' });
  let version = created.version;
  for (let edit = 1; edit <= 60; edit += 1) version = (await api<CaseRecord>(page, 'cases.update', { id: created.id, version, title: `Edit ${edit}` })).version;

  await go(page, '#/history');
  const entries = page.getByRole('list', { name: 'Changes, newest first' }).locator(':scope > li');
  await expect(entries).toHaveCount(50);
  const older = page.getByRole('button', { name: 'Show older changes' });
  await older.focus();
  await page.keyboard.press('Enter');
  await expect(entries).toHaveCount(62);
  // Focus lands on the first older entry, not on a button that moved away.
  await expect(entries.nth(50)).toBeFocused();
  await expect(entries.nth(50)).toContainText('Title: Edit 9 → Edit 10');
  await expect(page.getByText('No older changes.')).toBeVisible();
  await expect(older).toHaveCount(0);

  await go(page, `#/cases/${created.id}`);
  const caseHistory = page.locator('.history > li');
  await expect(caseHistory).toHaveCount(50);
  await page.getByRole('button', { name: 'Show older changes' }).click();
  await expect(caseHistory).toHaveCount(61);
  await expect(caseHistory.last()).toContainText('Opened the case record');
});

/**
 * Rewrites a recorded change as someone with the data file and SQLite could:
 * the append-only triggers dropped, the entry's `after` changed in place.
 */
function forgeEntry(dataDir: string, id: number, from: string, to: string): void {
  const db = new Database(join(dataDir, 'commission-desk.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    for (const name of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'").pluck().all() as string[]) {
      db.exec(`DROP TRIGGER "${name}"`);
    }
    const changed = db.prepare('UPDATE audit_log SET after = replace(after, ?, ?) WHERE id = ?').run(from, to, id).changes;
    if (changed !== 1) throw new Error(`entry ${id} not found`);
  } finally {
    db.close();
  }
}

test('a name change is in the history with the system account and installation, and Verify history finds a forged entry', async ({ app, page }) => {
  await signIn(page, 'Ana Pérez');
  await page.getByRole('link', { name: /Recording as/ }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Minister of Trade');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  await go(page, '#/history');
  const entries = page.getByRole('list', { name: 'Changes, newest first' }).locator(':scope > li');
  await expect(entries).toHaveCount(2);
  // Whoever typed the new name, the account and the installation say which login and which copy of the app did it.
  const renamed = entries.first();
  await expect(renamed).toContainText('Changed the name recorded in the history');
  await expect(renamed).toContainText('Name: Ana Pérez → Minister of Trade');
  await expect(renamed).toContainText(`System account: ${userInfo().username}`);
  await expect(renamed).toContainText(`App installation: ${E2E_DEVICE_ID.slice(0, 8)}`);
  await expect(renamed.getByTitle(E2E_DEVICE_ID)).toBeVisible();
  await expect(entries.nth(1)).toContainText('Gave the name recorded in the history');

  const verify = page.getByRole('button', { name: 'Verify history' });
  const outcome = page.getByRole('status').filter({ hasText: /history/ });
  await verify.focus();
  await page.keyboard.press('Enter');
  await expect(outcome).toHaveText('The history is intact: all 2 changes are exactly as they were recorded.');
  await shotWhole(page, 'history-verify-en-1280', 1280);

  // The first name given, rewritten in the file behind the app's back.
  forgeEntry(app.dataDir, 1, 'Ana Pérez', 'Someone Else');
  await verify.click();
  await expect(outcome).toContainText('The history was altered outside Commission Desk: change no. 1, dated');
  await expect(outcome).toContainText('is no longer what was recorded.');
  await expect(outcome).toContainText('Do not rely on this change or on later ones; restore a backup if you have one.');
  await shotWhole(page, 'history-verify-broken-en-1280', 1280);
  await shotWhole(page, 'history-verify-broken-en-1920', 1920);
});

test('en español: el cambio de nombre y Verificar el historial', async ({ app, page }) => {
  await signIn(page, 'Ana Pérez');
  await page.getByRole('link', { name: /Recording as/ }).click();
  await chooseLanguage(page, 'Español', 'es');
  await page.getByRole('textbox', { name: 'Nombre' }).fill('Ana María Pérez');
  await page.getByRole('button', { name: 'Guardar nombre' }).click();
  await expect(page.getByText('Guardado.')).toBeVisible();

  await go(page, '#/history');
  const entries = page.getByRole('list', { name: 'Cambios, del más reciente al más antiguo' }).locator(':scope > li');
  await expect(entries.first()).toContainText('Cambió el nombre que figura en el historial');
  await expect(entries.first()).toContainText(`Cuenta del sistema: ${userInfo().username}`);
  await expect(entries.first()).toContainText(`Instalación de la aplicación: ${E2E_DEVICE_ID.slice(0, 8)}`);

  const verify = page.getByRole('button', { name: 'Verificar el historial' });
  const outcome = page.getByRole('status').filter({ hasText: /historial/ });
  await verify.click();
  await expect(outcome).toHaveText('El historial está íntegro: los 3 cambios están exactamente como se registraron.');
  await shotWhole(page, 'history-verify-es-1280', 1280);

  // The language change (entry 2) rewritten: the one before it still holds.
  forgeEntry(app.dataDir, 2, '"es"', '"en"');
  await verify.click();
  await expect(outcome).toContainText('El historial se alteró fuera de Commission Desk: el cambio n.º 2, con fecha');
  await expect(outcome).toContainText('El único cambio anterior está íntegro.');
  await shotWhole(page, 'history-verify-broken-es-1920', 1920);
});
