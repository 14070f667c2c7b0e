// The case page as an official uses it: record a request for consultations,
// read the treaty time limits it starts on the timeline and in the table
// (article and counting), correct the date and see the limits move, remove it.
import type { Page } from '@playwright/test';
import { addDays, format, subDays } from 'date-fns';
import { api, expect, shot, test } from './fixtures';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

async function signIn(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Your name').fill('Ana Pérez');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * The shell scrolls inside its main area, so a full-page screenshot would show
 * one screenful: the window is made as tall as the content first.
 */
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


async function openCase(page: Page, perishable: boolean): Promise<string> {
  const created = await api<{ id: string }>(page, 'cases.create', {
    agreement: 'cafta-dr',
    kind: 'dispute',
    title: perishable ? 'Import permits for fresh bananas' : 'Tariff treatment of originating tires',
    complainant: 'CRI',
    respondent: 'SLV',
    thirdParties: ['USA'],
    hsCodes: perishable ? ['0803'] : ['4011'],
    perishable,
  });
  await page.evaluate((id) => {
    window.location.hash = `#/cases/${id}`;
  }, created.id);
  return created.id;
}

/** The app's own date format (the browser's Intl, not Node's, whose data may differ). */
async function shown(page: Page, isoDate: string): Promise<string> {
  return page.evaluate(
    (date) =>
      new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)),
    isoDate,
  );
}

test('a request for consultations puts its time limits on the timeline; correcting and removing it updates them', async ({ app, page }) => {
  void app;
  await signIn(page);
  await openCase(page, false);
  await expect(page.getByRole('heading', { level: 1, name: 'Tariff treatment of originating tires' })).toBeVisible();
  await expect(page.getByText('No events recorded yet. Add the first one below')).toBeVisible();

  // A date that is not a date is refused by the API, next to the field.
  const add = page.getByRole('form', { name: 'Record an event' });
  await add.getByLabel('Date').fill('');
  await add.getByRole('button', { name: 'Add event' }).click();
  await expect(add.locator('#event-add-date-error')).toHaveText('Enter a real calendar date.');

  const requested = iso(subDays(new Date(), 10));
  await add.getByLabel('Event').selectOption({ label: 'Consultations requested' });
  await add.getByLabel('Date').fill(requested);
  await add.getByLabel('Notes').fill('Costa Rica requests consultations under Art. 20.4.');
  await add.getByRole('button', { name: 'Add event' }).click();

  const limits = page.locator('.limits-table');
  const commission = limits.locator('tr[data-rule="cafta-dr.commission-request"]');
  await expect(commission).toContainText('A Commission meeting may be requested');
  await expect(commission).toContainText('May be requested from');
  await expect(commission).toContainText('CAFTA-DR Art. 20.5.1(a)');
  // "If the consultations fail to resolve the matter within 60 days": the meeting may be requested from day 61.
  await expect(commission).toContainText(`${await shown(page, requested)} + 60 days; opens the day after the period ends`);
  await expect(commission).toContainText(await shown(page, iso(addDays(subDays(new Date(), 10), 61))));
  await expect(commission).toContainText('Available in 51 days');
  // No panel may be requested until a Commission meeting has been (Art. 20.6.1): the page says so instead of a date.
  await expect(limits.locator('tr[data-rule="cafta-dr.panel-request-without-commission"]')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /Problems in this record/ })).toContainText(
    'A panel cannot be requested until a Commission meeting has been requested',
  );
  // The 7 days in which another Party could join have passed unused: a window, not a failure.
  await expect(limits.locator('tr[data-rule="cafta-dr.third-party-consultations"]')).toContainText('No longer applicable');

  const timeline = page.locator('.timeline-svg');
  await expect(timeline).toContainText('Consultations requested');
  await expect(timeline).toContainText('CAFTA-DR Art. 20.5.1(a)');
  await expect(timeline).toContainText('A Commission meeting may be');
  await expect(timeline).toContainText(/Today/);
  await expect(page.getByText('Stage: Consultations')).toBeVisible();
  await shotWhole(page, 'case-timeline-en');

  // Correct the date: every limit counted from the request moves with it.
  const corrected = iso(subDays(new Date(), 20));
  const event = page.locator('li.event', { hasText: 'Costa Rica requests consultations' });
  await event.getByRole('button', { name: 'Correct “Consultations requested”' }).click();
  await event.getByLabel('Date').fill(corrected);
  await event.getByRole('button', { name: 'Save correction' }).click();
  await expect(commission).toContainText(`${await shown(page, corrected)} + 60 days`);
  await expect(commission).toContainText(await shown(page, iso(addDays(subDays(new Date(), 20), 61))));
  await expect(commission).toContainText('Available in 41 days');

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(commission).toContainText('Puede solicitarse desde');
  await expect(commission).toContainText('+ 60 días');
  await expect(page.locator('.timeline-svg')).toContainText('Hoy');
  await shotWhole(page, 'case-timeline-es');
  await page.getByRole('button', { name: 'English' }).click();

  // Remove it, after a confirmation: the case has no limits left.
  await event.getByRole('button', { name: 'Remove “Consultations requested”' }).click();
  await expect(event.getByText('Remove this event?')).toBeVisible();
  await event.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.locator('li.event')).toHaveCount(0);
  await expect(page.getByText('No time limits run from the events recorded so far.')).toBeVisible();
  await expect(page.getByText('Stage: No steps recorded')).toBeVisible();

  const history = page.locator('.history');
  await expect(history).toContainText('Removed the event Consultations requested');
  await expect(history).toContainText('Corrected the event Consultations requested');
  await expect(history).toContainText(`${await shown(page, requested)} → ${await shown(page, corrected)}`);
  await expect(history).toContainText('Ana Pérez');
  await shotWhole(page, 'case-history-en');
});

test('a perishable case shows an overdue deadline in red and a soon-due one in amber', async ({ app, page }) => {
  void app;
  await signIn(page);
  await openCase(page, true);
  await expect(page.getByText('Perishable goods', { exact: true })).toBeVisible();
  await expect(page.getByText('HS chapters 1–24')).toBeVisible();

  const add = page.getByRole('form', { name: 'Record an event' });
  await add.getByLabel('Event').selectOption({ label: 'Consultations requested' });
  await add.getByLabel('Date').fill(iso(subDays(new Date(), 20)));
  await add.getByRole('button', { name: 'Add event' }).click();

  const limits = page.locator('.limits-table');
  // Art. 20.4.4: consultations on perishable goods begin within 15 days — 5 days ago.
  const start = limits.locator('tr[data-rule="cafta-dr.consultations-perishable"]');
  await expect(start).toContainText('CAFTA-DR Art. 20.4.4');
  await expect(start).toContainText('5 days overdue');
  await expect(start).toHaveClass(/tone-overdue/);
  // The shorter perishable period replaces the 60 days (Art. 20.5.1(b)); an opening is never "overdue".
  const commission = limits.locator('tr[data-rule="cafta-dr.commission-request"]');
  await expect(commission).toContainText('CAFTA-DR Art. 20.5.1(b)');
  await expect(commission).toContainText('+ 15 days');
  await expect(commission).toContainText('Open now');
  await expect(page.locator('.timeline-limit.tone-overdue')).toHaveCount(1);
  await shotWhole(page, 'case-timeline-overdue');

  // Consultations held on day 14 meet the 15-day deadline.
  await add.getByLabel('Event').selectOption({ label: 'Consultations held' });
  await add.getByLabel('Date').fill(iso(subDays(new Date(), 6)));
  await add.getByRole('button', { name: 'Add event' }).click();
  await expect(start).toContainText('Met');
  await expect(start).toHaveClass(/tone-met/);

  await add.getByLabel('Event').selectOption({ label: 'Commission meeting requested' });
  await add.getByLabel('Date').fill(iso(subDays(new Date(), 5)));
  await add.getByRole('button', { name: 'Add event' }).click();
  // Art. 20.5.4: the Commission convenes within 10 days of the request — due in 5 days.
  const convenes = limits.locator('tr[data-rule="cafta-dr.commission-convenes"]');
  await expect(convenes).toContainText('Due in 5 days');
  await expect(convenes).toHaveClass(/tone-dueSoon/);
  await shotWhole(page, 'case-timeline-perishable');
});
