// Running a Commission meeting (issue 8): an official creates the meeting,
// records who attended, takes minutes on two agenda items linked to cases,
// writes down a decision and an action item due yesterday; the item shows
// overdue, and the linked case shows the Commission convened on the
// meeting's day. Minutes typed just before a reload are still there. The
// meetings table keeps its filter across Back. Once in Spanish.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { api, expect, go, shotWhole, signIn, test } from './fixtures';

/** WCAG 2 A/AA violations on the screen, as e2e/accessibility.spec.ts checks them. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

type Created = { id: string; reference: string };

/** A dispute whose Commission meeting was requested on `requestedOn` (the Commission then convenes on it). */
async function dispute(page: Page, title: string, requestedOn: string): Promise<Created> {
  const created = await api<Created>(page, 'cases.create', { agreement: 'cafta-dr', kind: 'dispute', title, complainant: 'CRI', respondent: 'SLV', openedOn: requestedOn });
  await api(page, 'events.add', { caseId: created.id, type: 'consultations_requested', date: requestedOn });
  await api(page, 'events.add', { caseId: created.id, type: 'commission_meeting_requested', date: requestedOn });
  return created;
}

/** The browser's own today and yesterday, as the app counts them. */
async function days(page: Page): Promise<{ today: string; yesterday: string }> {
  return page.evaluate(() => {
    const iso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const now = new Date();
    return { today: iso(now), yesterday: iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1)) };
  });
}

test('an official runs a Commission meeting and follows it up', async ({ app, page }) => {
  void app;
  // The whole meeting, start to finish, in one test: longer than the default on a busy machine.
  test.setTimeout(90_000);
  await signIn(page);
  const { today, yesterday } = await days(page);
  const dairy = await dispute(page, 'Dairy import permits', yesterday);
  const sugar = await dispute(page, 'Sugar safeguard', yesterday);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' }).click();
  await expect(page.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'New meeting' }).click();
  await page.getByLabel('Agreement').selectOption('cafta-dr');
  await page.getByLabel('Body').selectOption('ftc');
  await page.getByLabel('Meeting number').fill('7');
  await page.getByRole('textbox', { name: 'First day' }).fill(today);
  await page.getByLabel('Place', { exact: true }).fill('San José');
  await page.getByLabel('Status').selectOption('held');
  await page.getByLabel('Chair').selectOption('CRI');
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.getByRole('heading', { name: /Meeting No\. 7 of the Free Trade Commission/ })).toBeVisible();

  // Attendees from the keyboard: Enter adds and the focus goes back to the name.
  const attendees = page.getByRole('form', { name: 'Add attendee' });
  await attendees.getByLabel('Name').fill('Ana Pérez');
  await attendees.getByLabel('Delegation').selectOption('CRI');
  await attendees.getByLabel('Title').fill('Minister');
  await attendees.getByLabel('Name').press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name of attendee 1' })).toHaveValue('Ana Pérez');
  await expect(attendees.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Luis Soto');
  await attendees.getByLabel('Delegation').selectOption('SLV');
  await attendees.getByLabel('Name').press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name of attendee 2' })).toHaveValue('Luis Soto');
  // Corrected in place from the keyboard: Enter saves and goes to the same field of the next row.
  await page.getByRole('textbox', { name: 'Title of attendee 1' }).fill('Minister of Foreign Trade');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Title of attendee 2' })).toBeFocused();
  await page.keyboard.type('Vice Minister');

  // Two agenda items linked to the cases.
  const agenda = page.getByRole('form', { name: 'Add agenda item' });
  for (const [title, record] of [['Dairy import permits', dairy], ['Sugar safeguard', sugar]] as const) {
    await agenda.getByLabel('Agenda item').fill(title);
    await agenda.getByLabel('Case').selectOption(record.id);
    await agenda.getByRole('button', { name: 'Add agenda item' }).click();
    await expect(page.getByRole('heading', { name: title, level: 3 })).toBeVisible();
  }
  const minutes = page.getByRole('textbox', { name: 'Minutes' });
  await minutes.first().fill('Costa Rica presented the measure. El Salvador answered.');
  await expect(page.getByText('Saved', { exact: true }).first()).toBeVisible();
  // Typed, then the page reloaded at once: nothing is lost.
  await minutes.nth(1).pressSequentially('The Parties agreed to consult again');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Minutes' }).nth(1)).toHaveValue('The Parties agreed to consult again');
  await expect(page.getByRole('textbox', { name: 'Minutes' }).first()).toHaveValue('Costa Rica presented the measure. El Salvador answered.');
  await expect(page.getByText('Saved', { exact: true })).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Title of attendee 1' })).toHaveValue('Minister of Foreign Trade');
  await expect(page.getByRole('textbox', { name: 'Title of attendee 2' })).toHaveValue('Vice Minister');

  // The second item moves up from the keyboard and keeps the focus.
  await page.getByRole('button', { name: 'Move “Sugar safeguard” up (Alt+↑)' }).click();
  await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText('Sugar safeguard');

  const decisions = page.getByRole('form', { name: 'Add decision' });
  await decisions.getByLabel('Decision', { exact: true }).fill('The Commission takes note of the consultations on dairy permits.');
  await decisions.getByLabel('Number').fill('1');
  await decisions.getByRole('button', { name: 'Add decision' }).click();
  await expect(page.getByText('Decision No. 1')).toBeVisible();

  const actions = page.getByRole('form', { name: 'Add action item' });
  await actions.getByLabel('What').fill('Circulate the draft minutes');
  await actions.getByLabel('Owner', { exact: true }).fill('Luis Soto');
  await actions.getByRole('textbox', { name: 'Due' }).fill(yesterday);
  await actions.getByRole('button', { name: 'Add action item' }).click();
  const item = page.locator('tr.action-item').first();
  await expect(item.getByRole('textbox', { name: 'What, action item 1' })).toHaveValue('Circulate the draft minutes');
  // The owner corrected in place, saved as typed: the dashboard shows the new name.
  await item.getByRole('textbox', { name: 'Owner, action item 1' }).fill('Luis Soto Aguilar');
  await page.keyboard.press('Tab');
  await expect(item).toContainText('overdue');
  await expect(page.getByText('Recorded as the Commission convened on 2 cases of its agenda (CAFTA-DR Art. 20.5).')).toBeVisible();
  await shotWhole(page, 'meeting-en-1280', 1280);
  await shotWhole(page, 'meeting-en-1920', 1920);

  // The dashboard lists the item overdue beside the time limits; its window can be changed.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  const open = page.getByRole('region', { name: 'Open action items from meetings' });
  await expect(open.locator('tr.action-row.tone-overdue')).toContainText('Circulate the draft minutes');
  await expect(open).toContainText('1 overdue');
  await expect(open.locator('tr.action-row.tone-overdue')).toContainText('Luis Soto Aguilar');
  await open.getByLabel('Due within').selectOption('7');
  await expect(open.locator('tr.action-row')).toHaveCount(1);
  // Obligations to meet: the Commission held today is next due a year on, cited from its own agreement.
  const obligations = page.getByRole('region', { name: 'Obligations to meet' });
  const commission = obligations.locator('tr', { hasText: 'CAFTA-DR — Free Trade Commission' });
  await expect(commission).toContainText('At least once a year (CAFTA-DR Art. 19.1.5–19.1.6)');
  await expect(commission).not.toContainText('overdue');
  await shotWhole(page, 'dashboard-actions-en-1280', 1280);
  await shotWhole(page, 'dashboard-actions-en-1920', 1920);
  await page.goBack();

  // The linked case shows the Commission convened on the meeting's day.
  await page.getByRole('link', { name: /Dairy import permits/ }).first().click();
  await expect(page.getByRole('heading', { name: /Dairy import permits/ })).toBeVisible();
  await expect(page.locator('li[data-event-id]', { hasText: 'Commission convened' })).toHaveCount(1);

  // The table: filtered by year, opened, Back keeps the filter.
  await go(page, '/meetings');
  await page.getByRole('search').getByLabel('Year').selectOption(today.slice(0, 4));
  await expect(page).toHaveURL(new RegExp(`#/meetings\\?year=${today.slice(0, 4)}`));
  await shotWhole(page, 'meetings-en-1280', 1280);
  await shotWhole(page, 'meetings-en-1920', 1920);
  await page.locator('tr.meeting-row').first().press('Enter');
  await expect(page.getByRole('heading', { name: /Meeting No\. 7/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('search').getByLabel('Year')).toHaveValue(today.slice(0, 4));
  await expect(page.locator('tr.meeting-row')).toHaveCount(1);

  // The decision register of the agreement chosen, below the table: the decision reached by keyboard opens its meeting.
  await page.getByRole('search').getByLabel('Agreement').selectOption('cafta-dr');
  const register = page.getByRole('region', { name: 'Decision register' });
  const decision = register.locator('tbody tr', { hasText: 'The Commission takes note of the consultations on dairy permits.' });
  await expect(decision).toContainText('Free Trade Commission');
  await expect(register).toContainText('1 decision');
  await decision.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Meeting No\. 7/ })).toBeVisible();
});

test('the meetings screens in Spanish', async ({ app, page }) => {
  void app;
  // Two axe runs and four whole-page screenshots.
  test.setTimeout(90_000);
  await signIn(page);
  await api(page, 'settings.update', { locale: 'es' });
  await page.reload();
  const { yesterday } = await days(page);
  const meeting = await api<Created>(page, 'meetings.create', { agreement: 'us-peru-tpa', body: 'ftc', number: 6, startsOn: '2024-02-15', place: 'Lima', status: 'held' });
  await api(page, 'attendees.add', { meetingId: meeting.id, name: 'Rosa Quispe', party: 'PER', title: 'Viceministra' });
  await api(page, 'agendaItems.add', { meetingId: meeting.id, title: 'Informes de los comités', minutes: 'Se recibieron los informes.' });
  await api(page, 'actionItems.add', { meetingId: meeting.id, what: 'Enviar el acta', ownerParty: 'USA', dueOn: yesterday });
  await api(page, 'decisions.add', { meetingId: meeting.id, number: '1', text: 'La Comisión toma nota de los informes de los comités.' });
  await go(page, '/meetings');
  await expect(page.getByRole('heading', { name: 'Reuniones', level: 1 })).toBeVisible();
  await page.getByRole('search').getByLabel('Tratado').selectOption('us-peru-tpa');
  await expect(page.locator('tr.meeting-row')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Registro de decisiones' })).toContainText('La Comisión toma nota de los informes de los comités.');
  expect(await violations(page), 'meetings table').toEqual([]);
  await shotWhole(page, 'meetings-es-1280', 1280);
  await shotWhole(page, 'meetings-es-1920', 1920);
  await page.locator('tr.meeting-row').first().press('Enter');
  await expect(page.getByRole('heading', { name: /Comisión de Libre Comercio: reunión N\.º 6/ })).toBeVisible();
  await expect(page.locator('tr.action-item')).toContainText('vencida');
  expect(await violations(page), 'meeting page').toEqual([]);
  await shotWhole(page, 'meeting-es-1280', 1280);
  await shotWhole(page, 'meeting-es-1920', 1920);

  // The dashboard (past its welcome panel, shown while there is no case): the
  // US–Peru Commission, last held on 15 Feb 2024, is a meeting behind.
  await api(page, 'cases.create', { agreement: 'us-peru-tpa', kind: 'dispute', title: 'Licencias de importación', complainant: 'USA', respondent: 'PER', openedOn: yesterday });
  await go(page, '/');
  const obligations = page.getByRole('region', { name: 'Obligaciones de reunirse' });
  const commission = obligations.locator('tr', { hasText: 'APC Perú–EE. UU. — Comisión de Libre Comercio' });
  await expect(commission).toContainText('atrasada');
  await expect(commission).toContainText('Al menos una vez al año (APC Perú–EE. UU. Art. 20.1.7)');
  expect(await violations(page), 'dashboard').toEqual([]);
  await shotWhole(page, 'dashboard-es-1280', 1280);
  await shotWhole(page, 'dashboard-es-1920', 1920);
});

test('a removed meeting is restored from the Trash', async ({ app, page }) => {
  void app;
  await signIn(page);
  const meeting = await api<Created>(page, 'meetings.create', { agreement: 'us-peru-tpa', body: 'ftc', number: 6, startsOn: '2024-02-15', place: 'Lima', status: 'held' });
  await api(page, 'agendaItems.add', { meetingId: meeting.id, title: 'Committee reports', minutes: 'Reports received.' });
  await go(page, `/meetings/${meeting.id}`);
  await page.getByRole('button', { name: 'Remove meeting' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '“Meeting No. 6 of the Free Trade Commission” of 15 Feb 2024 moved to the Trash.' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
  const row = page.locator('tr[data-trash-id]', { hasText: 'Meeting No. 6 of the Free Trade Commission' });
  await expect(row).toContainText('US–Peru TPA, 15 Feb 2024');
  await row.getByRole('button', { name: 'Restore “Meeting No. 6 of the Free Trade Commission” of 15 Feb 2024' }).press('Enter');
  await expect(page.locator('.trash-status')).toContainText('restored, with its attendees, agenda, decisions and action items');
  await expect(page.locator('tr[data-trash-id]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Open the meeting' }).click();
  await expect(page.getByRole('heading', { name: /Meeting No\. 6 of the Free Trade Commission/ })).toBeVisible();
  await expect(page.locator('textarea[id^="agenda-minutes-"]')).toHaveValue('Reports received.');
});

test('a meeting removed by mistake comes back with Undo, on its page', async ({ app, page }) => {
  void app;
  await signIn(page);
  const meeting = await api<Created>(page, 'meetings.create', { agreement: 'cafta-dr', body: 'ftc', number: 1, startsOn: '2011-02-22', place: 'San Salvador', status: 'held' });
  await go(page, `/meetings/${meeting.id}`);
  await page.getByRole('button', { name: 'Remove meeting' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove meeting' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'moved to the Trash.' });
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: /Meeting No\. 1 of the Free Trade Commission/, level: 1 })).toBeFocused();
});
