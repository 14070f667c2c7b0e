// The cases table (sorting, filtering, grouping, columns, paging as the user
// scrolls) and the dashboard of time limits, against the real browser host.
import type { Page } from '@playwright/test';
import { expect, shot, test, type AppUnderTest } from './fixtures';

type Created = { id: string; reference: string };

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

/** The name is asked on first start; tests that are not about it set it first. */
async function signIn(page: Page, app: AppUnderTest): Promise<void> {
  await api(page, app, 'settings.update', { userName: 'Test Officer', locale: 'en' });
  await page.reload();
}

/** A calendar date `offset` days from today, on this computer's calendar (as the host counts). */
function dayFrom(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function column(page: Page, id: string) {
  return page.locator(`tr.case-row td.col-${id}`);
}

async function seedThree(page: Page, app: AppUnderTest): Promise<void> {
  await api(page, app, 'cases.create', {
    agreement: 'cafta-dr', kind: 'dispute', title: 'Sugar quota administration', complainant: 'USA', respondent: 'GTM', openedOn: '2024-05-10',
  });
  await api(page, app, 'cases.create', {
    agreement: 'us-peru-tpa', kind: 'committee_matter', title: 'Sugar labelling rules', complainant: 'PER', respondent: 'USA', openedOn: '2025-03-03',
  });
  await api(page, app, 'cases.create', {
    agreement: 'us-peru-tpa', kind: 'dispute', title: 'Dairy import licences', complainant: 'USA', respondent: 'PER', openedOn: '2023-11-20',
  });
}

test('sorting by a column orders the whole casebook, both ways', async ({ app, page }) => {
  await seedThree(page, app);
  await signIn(page, app);
  await page.goto(`${new URL(app.url).origin}/#/cases`);
  await expect(page.getByRole('status').filter({ hasText: '3 cases' })).toBeVisible();

  const opened = page.getByRole('columnheader', { name: /^Opened/ });
  await opened.getByRole('button').click();
  // Dates sort newest first on the first click.
  await expect(opened).toHaveAttribute('aria-sort', 'descending');
  await expect(column(page, 'openedOn')).toHaveText(['3 Mar 2025', '10 May 2024', '20 Nov 2023']);
  await opened.getByRole('button').click();
  await expect(opened).toHaveAttribute('aria-sort', 'ascending');
  await expect(column(page, 'openedOn')).toHaveText(['20 Nov 2023', '10 May 2024', '3 Mar 2025']);

  const title = page.getByRole('columnheader', { name: /^Title/ });
  await title.getByRole('button').click();
  await expect(title).toHaveAttribute('aria-sort', 'ascending');
  await expect(opened).toHaveAttribute('aria-sort', 'none');
  await expect(column(page, 'title')).toHaveText(['Dairy import licences', 'Sugar labelling rules', 'Sugar quota administration']);
  await shot(page, 'cases-table-en');
  await title.getByRole('button').click();
  await expect(column(page, 'title')).toHaveText(['Sugar quota administration', 'Sugar labelling rules', 'Dairy import licences']);
});

test('filters: agreement, text search, grouping and columns', async ({ app, page }) => {
  await seedThree(page, app);
  await signIn(page, app);
  await page.goto(`${new URL(app.url).origin}/#/cases`);
  await expect(column(page, 'title')).toHaveCount(3);

  await page.getByRole('combobox', { name: 'Agreement', exact: true }).selectOption('us-peru-tpa');
  await expect(page.getByRole('status').filter({ hasText: '2 cases' })).toBeVisible();
  await expect(column(page, 'agreement')).toHaveText(['US–Peru TPA', 'US–Peru TPA']);

  await page.getByRole('searchbox', { name: 'Search' }).fill('sugar');
  await expect(page.getByRole('status').filter({ hasText: '1 case' })).toBeVisible();
  await expect(column(page, 'title')).toHaveText(['Sugar labelling rules']);
  await shot(page, 'cases-filtered-en');

  await page.getByRole('combobox', { name: 'Agreement', exact: true }).selectOption('');
  await expect(column(page, 'title')).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(column(page, 'title')).toHaveCount(3);

  await page.getByRole('searchbox', { name: 'Search' }).fill('nothing matches this');
  await expect(page.getByText('No case matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Grouped by agreement: a header row per group with its count.
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('agreement');
  const groups = page.locator('tr.group-row');
  await expect(groups).toHaveText([/^CAFTA-DR\s+1 case$/, /^US–Peru TPA\s+2 cases$/]);
  await shot(page, 'cases-grouped-en');
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('');

  // Hidden columns are part of the view in the address: a reload keeps them.
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Lead officer' }).uncheck();
  await expect(page.getByRole('columnheader', { name: /^Lead officer/ })).toHaveCount(0);
  await expect(page).toHaveURL(/#\/cases\?hide=leadOfficer$/);
  await page.reload();
  await expect(column(page, 'title')).toHaveCount(3);
  await expect(page.getByRole('columnheader', { name: /^Lead officer/ })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: /^Updated/ })).toHaveCount(1);

  // A row opens its case.
  await page.locator('tr.case-row', { hasText: 'Dairy import licences' }).locator('td.col-kind').click();
  await expect(page).toHaveURL(/#\/cases\/[0-9a-f-]{36}$/);
});

test('a long casebook loads as the user scrolls, keeping few rows in the page', async ({ app, page }) => {
  test.setTimeout(90_000);
  const total = 450;
  for (let start = 0; start < total; start += 25) {
    await Promise.all(
      Array.from({ length: 25 }, (_, offset) =>
        api(page, app, 'cases.create', {
          agreement: 'us-colombia-tpa', kind: 'committee_matter', title: `Matter ${String(start + offset).padStart(3, '0')}`, complainant: 'COL', respondent: 'USA',
        }),
      ),
    );
  }
  await signIn(page, app);
  await page.goto(`${new URL(app.url).origin}/#/cases`);
  await expect(page.getByRole('status').filter({ hasText: `${total} cases` })).toBeVisible();
  await page.getByRole('columnheader', { name: /^Title/ }).getByRole('button').click();
  await expect(column(page, 'title').first()).toHaveText('Matter 000');
  // Virtualized: a screenful of rows, not 450.
  expect(await page.locator('tr.case-row').count()).toBeLessThan(60);

  const scroller = page.getByRole('region', { name: 'Cases, scroll to see more' });
  await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  // The last rows are on the third page of 200: fetched on demand.
  await expect(column(page, 'title').last()).toHaveText('Matter 449');
  expect(await page.locator('tr.case-row').count()).toBeLessThan(60);
  await shot(page, 'cases-scrolled-en');
});

test('the dashboard shows overdue and upcoming time limits with their articles', async ({ app, page }) => {
  await signIn(page, app);
  const soon = await api<Created>(page, app, 'cases.create', {
    agreement: 'cafta-dr', kind: 'dispute', title: 'Sanitary permits for fresh poultry', complainant: 'USA', respondent: 'GTM', perishable: true, hsCodes: ['0207'],
  });
  const late = await api<Created>(page, app, 'cases.create', {
    agreement: 'cafta-dr', kind: 'dispute', title: 'Tariff treatment of cut flowers', complainant: 'CRI', respondent: 'DOM', perishable: true,
  });
  await page.reload();
  await expect(page.getByText('Nothing is overdue and no time limit falls in the next 30 days.')).toBeVisible();

  // Perishable goods: consultations must begin within 15 days of the request (CAFTA-DR Art. 20.4.4).
  await api(page, app, 'events.add', { caseId: soon.id, type: 'consultations_requested', date: dayFrom(-10) });
  await api(page, app, 'events.add', { caseId: late.id, type: 'consultations_requested', date: dayFrom(-20) });
  await page.reload();

  const limits = page.getByRole('region', { name: /^Time limits/ });
  const rows = limits.locator('tbody tr');
  const overdue = rows.filter({ hasText: '5 days overdue' });
  await expect(overdue).toHaveCount(1);
  await expect(overdue).toHaveClass(/tone-overdue/);
  await expect(overdue).toContainText(late.reference);
  await expect(overdue).toContainText('CAFTA-DR Art. 20.4.4');
  await expect(overdue).toContainText('Must happen by');

  const dueSoon = rows.filter({ hasText: '5 days left' });
  await expect(dueSoon).toHaveCount(1);
  await expect(dueSoon).toHaveClass(/tone-soon/);
  await expect(dueSoon).toContainText(soon.reference);
  await expect(dueSoon).toContainText('CAFTA-DR Art. 20.4.4');
  // Overdue first, then by date.
  await expect(rows.first()).toContainText('5 days overdue');
  await expect(limits).toContainText('1 overdue');
  await expect(limits).toContainText('1 due within 7 days');

  await expect(page.getByRole('table').filter({ hasText: 'Agreement' }).last()).toContainText('CAFTA-DR');
  await shot(page, 'dashboard-limits-en');

  await dueSoon.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${soon.id}$`));
});
