// The case page as an official uses it: record a request for consultations,
// read the treaty time limits it starts on the timeline and in the table
// (article and counting), correct the date and see the limits move, remove it.
import type { Page } from '@playwright/test';
import { addDays, format, subDays } from 'date-fns';
import { join } from 'node:path';
import { api, expect, shotWhole, test } from './fixtures';

const screenshotPath = (name: string) => join(__dirname, 'screenshots', `${name}.png`);

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

async function signIn(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Your name').fill('Ana Pérez');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog).toBeHidden();
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
  // Add, correct, switch language, remove, read the history: a long walk on a busy machine.
  test.slow();
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

/**
 * Every pair of things drawn on the timeline that overlap: two labels, a
 * label and a limit's bar or marker, a label and the Today line. Measured in
 * the browser with its own fonts, so the layout's estimates are checked
 * against what is really drawn.
 */
async function timelineCollisions(page: Page): Promise<string[]> {
  return page.locator('.timeline-svg').evaluate((svg) => {
    type Box = { name: string; x0: number; x1: number; y0: number; y1: number; owner: Element | null };
    const origin = svg.getBoundingClientRect();
    const box = (element: Element, name: string, owner: Element | null): Box => {
      const rect = element.getBoundingClientRect();
      return { name, x0: rect.left - origin.left, x1: rect.right - origin.left, y0: rect.top - origin.top, y1: rect.bottom - origin.top, owner };
    };
    const labels: Box[] = [];
    const blocks = svg.querySelectorAll('.timeline-event, .timeline-limit');
    for (const block of blocks)
      for (const text of block.querySelectorAll('text:not(.timeline-limit-number)'))
        if ((text.textContent ?? '') !== '') labels.push(box(text, text.textContent ?? '', block));
    const shapes: Box[] = [];
    for (const block of blocks)
      for (const shape of block.querySelectorAll('.timeline-limit-bar, .timeline-limit-badge, .timeline-limit-start, .timeline-event-marker'))
        shapes.push(box(shape, `${shape.getAttribute('class') ?? ''} of ${block.querySelector('text')?.textContent ?? ''}`, block));
    for (const today of svg.querySelectorAll('line.timeline-today')) shapes.push(box(today, 'Today line', null));
    for (const heading of svg.querySelectorAll('.timeline-section')) labels.push(box(heading, heading.textContent ?? '', null));
    const todayLabel = svg.querySelector('.timeline-today-label');
    if (todayLabel !== null) labels.push(box(todayLabel, 'Today label', null));
    const hit = (a: Box, b: Box) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
    const found: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      const a = labels[i]!;
      for (let j = i + 1; j < labels.length; j++) if (hit(a, labels[j]!)) found.push(`${a.name} × ${labels[j]!.name}`);
      for (const shape of shapes) if (hit(a, shape)) found.push(`${a.name} × ${shape.name}`);
    }
    return found;
  });
}

/**
 * The timeline section only (the rest of the page has its own screenshots).
 * The shell scrolls inside its main area, so the window is first made tall
 * enough for the whole section.
 */
async function shotTimeline(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const section = page.locator('section:has(.timeline)');
  const bottom = await section.evaluate((element) => Math.ceil(element.getBoundingClientRect().bottom + (document.querySelector('main')?.scrollTop ?? 0)));
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, bottom + 16) });
  await page.mouse.move(0, 0);
  await section.screenshot({ path: screenshotPath(name) });
  await page.setViewportSize(viewport);
}

test.describe('the sample casebook', () => {
  test.use({ demo: true });

  test('a case of seven years reads on its timeline: labels clear of bars, of each other and of Today, rows in order', async ({ app, page }) => {
    void app;
    // Four layouts measured and photographed: more than one screenful of work on a busy machine.
    test.slow();
    await signIn(page);
    const list = await api<{ rows: readonly { id: string; title: string }[] }>(page, 'cases.list', { text: 'Guatemala' });
    const id = list.rows.find((row) => row.title.startsWith('In the Matter of Guatemala'))?.id ?? '';
    await page.evaluate((caseId) => {
      window.location.hash = `#/cases/${caseId}`;
    }, id);
    const timeline = page.locator('.timeline-svg');
    await expect(timeline).toContainText('Final report issued');
    // Numbered by date, then article: the rows read 1, 2, 3… from the top.
    const rows = await timeline.locator('.timeline-limit').evaluateAll((limits) =>
      limits.map((limit) => [Number(limit.querySelector('.timeline-limit-number')?.textContent), limit.querySelector('.timeline-limit-bar')?.getAttribute('y1')]),
    );
    const tops = rows.map(([, y]) => Number(y));
    expect(rows.map(([n]) => n)).toEqual(rows.map((_, index) => index + 1));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    for (const [language, button] of [
      ['en', 'English'],
      ['es', 'Español'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      for (const width of [1280, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        await expect(timeline).toHaveAttribute('width', String(await timeline.evaluate((svg) => Math.round(svg.parentElement?.getBoundingClientRect().width ?? 0))));
        expect(await timelineCollisions(page), `${language} at ${width} px`).toEqual([]);
        await shotTimeline(page, `case-timeline-sample-${language}-${width}`);
      }
    }
  });
});
