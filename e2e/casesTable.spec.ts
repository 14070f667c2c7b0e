// The cases table as one view in the address: filters, search, sort, grouping
// and columns survive opening a case and coming Back, and a reload; column
// widths are remembered; the tab names the screen and the case; in English
// and Spanish. Data is made through the API: these tests are about the table.
import type { Page } from '@playwright/test';
import { api, expect, go, shot, test } from './fixtures';

type Created = { id: string; reference: string };

async function setUp(page: Page, locale: 'en' | 'es'): Promise<Created[]> {
  await api(page, 'settings.update', { userName: 'Test Officer', locale });
  const cases = [
    { agreement: 'cafta-dr', kind: 'dispute', title: 'Sugar quota administration', complainant: 'USA', respondent: 'GTM', openedOn: '2024-05-10' },
    { agreement: 'us-peru-tpa', kind: 'committee_matter', title: 'Sugar labelling rules', complainant: 'PER', respondent: 'USA', openedOn: '2025-03-03' },
    { agreement: 'us-peru-tpa', kind: 'dispute', title: 'Sugar tariff-rate quota', complainant: 'USA', respondent: 'PER', openedOn: '2023-02-14' },
    { agreement: 'us-peru-tpa', kind: 'dispute', title: 'Dairy import licences', complainant: 'USA', respondent: 'PER', openedOn: '2023-11-20' },
  ];
  const created: Created[] = [];
  for (const input of cases) created.push(await api<Created>(page, 'cases.create', input));
  await page.reload();
  return created;
}

const titles = (page: Page) => page.locator('tr.case-row td.col-title');

test('filters, sort, grouping and columns live in the address: Back and reload keep them', async ({ app: _app, page }) => {
  const created = await setUp(page, 'en');
  await go(page, '#/cases');
  await expect(page).toHaveTitle('Cases — Commission Desk');
  await expect(titles(page)).toHaveCount(4);

  await page.getByRole('searchbox', { name: 'Search' }).fill('sugar');
  await expect(page).toHaveURL(/[?&]q=sugar/);
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('agreement');
  const title = page.getByRole('columnheader', { name: /^Title/ });
  await title.getByRole('button').click();
  await expect(title).toHaveAttribute('aria-sort', 'ascending');
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Kind' }).uncheck();
  await page.keyboard.press('Escape');

  const expectView = async () => {
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('sugar');
    await expect(page.getByRole('combobox', { name: 'Group by' })).toHaveValue('agreement');
    await expect(page.locator('tr.group-row')).toHaveText([/^CAFTA-DR\s+1 case$/, /^US–Peru TPA\s+2 cases$/]);
    await expect(titles(page)).toHaveText(['Sugar quota administration', 'Sugar labelling rules', 'Sugar tariff-rate quota']);
    await expect(page.getByRole('columnheader', { name: /^Title/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByRole('columnheader', { name: /^Kind/ })).toHaveCount(0);
  };
  await expectView();
  expect(new URL(page.url()).hash).toBe('#/cases?q=sugar&sort=title.asc&group=agreement&hide=kind');

  // Open the second case by keyboard: from the table's region the down arrow enters the rows
  // (one tab stop), arrows move between them skipping group headers, Enter opens.
  await page.getByRole('region', { name: 'Cases, scroll to see more' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('tr.case-row').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('tr.case-row').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const labelling = created[1];
  await expect(page).toHaveURL(new RegExp(`#/cases/${labelling?.id ?? ''}$`));
  await expect(page).toHaveTitle(`Case ${labelling?.reference ?? ''} — Commission Desk`);

  await page.goBack();
  await expect(page).toHaveTitle('Cases — Commission Desk');
  await expectView();

  await page.reload();
  await expectView();

  // Filters cleared: the address is the plain list again, and the view with it.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/#\/cases\?sort=title\.asc&group=agreement&hide=kind$/);
  await expect(titles(page)).toHaveCount(4);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
});

test('a column resized by keyboard or mouse keeps its width after a reload', async ({ app: _app, page }) => {
  await setUp(page, 'en');
  await go(page, '#/cases');
  await expect(titles(page)).toHaveCount(4);
  const width = (id: string) => page.locator(`th.col-${id}`).evaluate((element) => Math.round(element.getBoundingClientRect().width));

  // Keyboard: the handle is a focusable separator; arrows change the width by 10 px.
  const status = page.getByRole('separator', { name: 'Width of column Status' });
  const before = await width('status');
  await status.focus();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
  await expect(status).toHaveAttribute('aria-valuenow', String(before + 40));
  expect(await width('status')).toBe(before + 40);

  // Mouse: drag the handle of Stage 60 px to the right.
  const stageBefore = await width('stage');
  const handle = page.getByRole('separator', { name: 'Width of column Stage' });
  const box = await handle.boundingBox();
  if (box === null) throw new Error('the resize handle of Stage is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 3 });
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 3 });
  await page.mouse.up();
  expect(await width('stage')).toBe(stageBefore + 60);

  await page.reload();
  await expect(titles(page)).toHaveCount(4);
  expect(await width('status')).toBe(before + 40);
  expect(await width('stage')).toBe(stageBefore + 60);
});

test('Back from a case returns to the same rows of a long list', async ({ app: _app, page }) => {
  await api(page, 'settings.update', { userName: 'Test Officer', locale: 'en' });
  for (let start = 0; start < 150; start += 30) {
    await Promise.all(
      Array.from({ length: 30 }, (_, offset) =>
        api(page, 'cases.create', {
          agreement: 'us-colombia-tpa', kind: 'committee_matter', title: `Matter ${String(start + offset).padStart(3, '0')}`, complainant: 'COL', respondent: 'USA',
        }),
      ),
    );
  }
  await page.reload();
  await go(page, '#/cases?sort=title.asc');
  await expect(titles(page).first()).toHaveText('Matter 000');

  const scroller = page.getByRole('region', { name: 'Cases, scroll to see more' });
  await scroller.evaluate((element) => element.scrollTo({ top: 36 * 100 }));
  const row = page.locator('tr.case-row', { hasText: 'Matter 105' });
  await expect(row).toBeVisible();
  // Virtualized: a screenful of rows in the page, not 150.
  expect(await page.locator('tr.case-row').count()).toBeLessThan(60);
  await row.locator('td.col-kind').click();
  await expect(page).toHaveURL(/#\/cases\/[0-9a-f-]{36}$/);

  await page.goBack();
  await expect(page.locator('tr.case-row', { hasText: 'Matter 105' })).toBeInViewport();
  expect(await scroller.evaluate((element) => element.scrollTop)).toBe(36 * 100);
});

test('in Spanish: the view in the address, the tab title of a case, and Back', async ({ app: _app, page }) => {
  const created = await setUp(page, 'es');
  await go(page, '#/cases?agreement=us-peru-tpa&sort=openedOn.desc');
  await expect(page).toHaveTitle('Casos — Commission Desk');
  await expect(page.getByRole('combobox', { name: 'Acuerdo', exact: true })).toHaveValue('us-peru-tpa');
  await expect(page.getByRole('columnheader', { name: /^Apertura/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.locator('tr.case-row td.col-openedOn')).toHaveText(['3 mar 2025', '20 nov 2023', '14 feb 2023']);

  await page.getByRole('combobox', { name: 'Agrupar por' }).selectOption('stage');
  await expect(page).toHaveURL(/group=stage/);
  await expect(page.locator('tr.group-row').first()).toBeVisible();
  const grouped = await page.locator('tbody tr:not(.spacer)').allTextContents();
  await page.locator('tr.case-row', { hasText: 'Dairy import licences' }).locator('td.col-status').click();
  const dairy = created[3];
  await expect(page).toHaveTitle(`Caso ${dairy?.reference ?? ''} — Commission Desk`);

  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Acuerdo', exact: true })).toHaveValue('us-peru-tpa');
  await expect(page.getByRole('combobox', { name: 'Agrupar por' })).toHaveValue('stage');
  await expect(page.locator('tbody tr:not(.spacer)')).toHaveText(grouped);
  await expect(page.getByRole('separator', { name: 'Ancho de la columna Título' })).toBeVisible();
});

// Headless Chromium hides scroll bars unless told not to; these screenshots
// must show the table's real horizontal scroll bar.
const withScrollBars = test.extend({
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({ ...launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] });
    },
    { scope: 'worker' },
  ],
});

withScrollBars.describe('screenshots of the sample casebook', () => {
  withScrollBars.use({ demo: true });

  for (const locale of ['en', 'es'] as const) {
    withScrollBars(`the cases table at 1280 and 1920 px (${locale})`, async ({ app: _app, page }) => {
      await api(page, 'settings.update', { userName: 'Test Officer', locale });
      await page.reload();
      await go(page, '#/cases');
      const region = page.getByRole('region', { name: locale === 'en' ? 'Cases, scroll to see more' : 'Casos; desplácese para ver más' });
      for (const width of [1280, 1920]) {
        await page.setViewportSize({ width, height: 800 });
        await expect(titles(page).first()).toBeVisible();
        // The title column shows long titles whole or nearly: at least 340 px at 1280.
        const titleWidth = await page.locator('th.col-title').evaluate((element) => element.getBoundingClientRect().width);
        expect(titleWidth).toBeGreaterThanOrEqual(340);
        const box = await region.evaluate((element) => ({
          right: element.getBoundingClientRect().right,
          overflows: element.scrollWidth > element.clientWidth,
          // A drawn horizontal scroll bar takes height from the box (borders are 2 px).
          scrollBar: (element as HTMLElement).offsetHeight - element.clientHeight - 2,
        }));
        // The page uses the whole window: the table's box reaches near its right edge.
        expect(box.right).toBeGreaterThan(width - 40);
        if (box.overflows) expect(box.scrollBar).toBeGreaterThanOrEqual(10);
        await shot(page, `cases-table-${locale}-${width}`);
      }
    });
  }
});
