// Issue 5 as an official meets it: a step taken too early is flagged, never
// shown as met; a period the Parties agreed replaces the treaty date with the
// original beside it; a scheduled step is drawn as planned and meets nothing;
// an environmental enforcement submission is recorded through the form.
import type { Page } from '@playwright/test';
import { addDays, format, subDays } from 'date-fns';
import { api, expect, go, shotWhole, signIn, test } from './fixtures';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const daysAgo = (n: number) => iso(subDays(new Date(), n));

/** The app's own date format (the browser's Intl, not Node's, whose data may differ). */
async function shown(page: Page, isoDate: string, locale = 'en-GB'): Promise<string> {
  return page.evaluate(
    ([date, tag]) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)),
    [isoDate, locale] as const,
  );
}

/** A CAFTA-DR dispute whose consultations were requested `requestedDaysAgo` days ago. */
async function openDispute(page: Page, requestedDaysAgo: number): Promise<string> {
  const created = await api<{ id: string }>(page, 'cases.create', {
    agreement: 'cafta-dr',
    kind: 'dispute',
    title: 'Customs valuation of originating tires',
    complainant: 'CRI',
    respondent: 'SLV',
  });
  await api(page, 'events.add', { caseId: created.id, type: 'consultations_requested', date: daysAgo(requestedDaysAgo) });
  await go(page, `#/cases/${created.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Customs valuation of originating tires' })).toBeVisible();
  return created.id;
}

test('a Commission meeting requested before the 60 days have run is flagged premature, not met (Art. 20.5.1)', async ({ app, page }) => {
  void app;
  await signIn(page);
  await openDispute(page, 30);

  const add = page.getByRole('form', { name: 'Record an event' });
  await add.getByLabel('Event').selectOption({ label: 'Commission meeting requested' });
  // The date to enter is said under the select: periods count from delivery.
  await expect(add.getByText('Date the request for a Commission meeting was delivered to the other Parties')).toBeVisible();
  await add.getByLabel('Date').fill(daysAgo(10));
  await add.getByRole('button', { name: 'Add event' }).click();

  const row = page.locator('.limits-table tr[data-rule="cafta-dr.commission-request"]');
  await expect(row).toContainText('Premature');
  await expect(row).not.toContainText('Met');
  await expect(row).toHaveClass(/tone-flagged/);
  await expect(row).toContainText(`Taken: Commission meeting requested, ${await shown(page, daysAgo(10))} (41 days early)`);
  await expect(row).toContainText('Taken before the treaty allowed it.');
  await expect(row).toContainText('CAFTA-DR Art. 20.5.1(a)');

  const problems = page.getByRole('region', { name: /Problems in this record/ });
  const problem = problems.getByRole('listitem').filter({ hasText: 'came before the treaty allowed it' });
  await expect(problem).toContainText('CAFTA-DR Art. 20.5.1(a)');
  await expect(problem).toContainText(`“Commission meeting requested” on ${await shown(page, daysAgo(10))}`);
  // From the problem to the time limit concerned.
  await problem.getByRole('button', { name: 'Show the time limit' }).click();
  await expect(row).toBeFocused();
  await expect(row).toHaveClass(/is-highlighted/);
});

test('a period agreed by the Parties shows the agreed date with the treaty date beside it, and can be removed', async ({ app, page }) => {
  void app;
  await signIn(page);
  await openDispute(page, 10);
  const row = page.locator('.limits-table tr[data-rule="cafta-dr.commission-request"]');
  const treatyDate = await shown(page, iso(addDays(subDays(new Date(), 10), 61)));
  await expect(row).toContainText(treatyDate);

  const record = row.getByRole('button', { name: 'Record a period agreed by the Parties for “A Commission meeting may be requested”' });
  await record.click();
  const form = page.getByRole('form', { name: /Period agreed by the Parties: A Commission meeting may be requested/ });
  await expect(form.getByLabel('Agreed date')).toBeFocused();
  // Escape cancels and gives the focus back to the button.
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(record).toBeFocused();

  await page.keyboard.press('Enter');
  const agreed = iso(addDays(new Date(), 90));
  await form.getByLabel('Agreed date').fill(agreed);
  await form.getByLabel(/^Note/).fill('Agreed at the consultations of 2 June');
  await form.getByRole('button', { name: 'Save agreed period' }).click();
  await expect(form).toBeHidden();
  await expect(row).toContainText(await shown(page, agreed));
  await expect(row).toContainText('Agreed by the Parties');
  await expect(row).toContainText(`Treaty date: ${treatyDate}`);
  await expect(row).toContainText('Agreed at the consultations of 2 June');
  await expect(page.locator('.history')).toContainText('Recorded a period agreed by the Parties for “A Commission meeting may be requested”');

  await row.getByRole('button', { name: 'Remove the agreed period for “A Commission meeting may be requested”' }).click();
  await expect(row).not.toContainText('Agreed by the Parties');
  await expect(row).toContainText(treatyDate);
  await expect(page.locator('.history')).toContainText('Removed the agreed period for “A Commission meeting may be requested”');
});

test('a scheduled Commission meeting is drawn as planned and meets no time limit until it is held', async ({ app, page }) => {
  void app;
  await signIn(page);
  await openDispute(page, 70);
  const add = page.getByRole('form', { name: 'Record an event' });
  await add.getByLabel('Event').selectOption({ label: 'Commission meeting requested' });
  await add.getByLabel('Date').fill(iso(addDays(new Date(), 20)));
  await add.getByLabel('Scheduled (not yet held)').check();
  await add.getByRole('button', { name: 'Add event' }).click();

  const planned = page.locator('.timeline-event.is-scheduled');
  await expect(planned).toContainText('Commission meeting requested');
  await expect(planned).toContainText('planned');
  await expect(page.locator('li.event.is-scheduled')).toContainText('Scheduled');
  // Still open: a scheduled step has not happened.
  await expect(page.locator('.limits-table tr[data-rule="cafta-dr.commission-request"]')).toContainText('Open now');
  await expect(page.getByText('is dated', { exact: false })).toHaveCount(0);
});

test('an environmental enforcement submission is recorded through the form, with its submitter and the Party concerned', async ({ app, page }) => {
  void app;
  await signIn(page);
  await go(page, '#/cases/new');
  await page.getByLabel('Kind of case').selectOption({ label: 'Environmental enforcement submission' });
  await expect(page.getByLabel('Complaining Party')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Third Parties' })).toHaveCount(0);
  await expect(page.getByLabel('The case concerns perishable goods')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Claims and findings' })).toHaveCount(0);

  await page.getByLabel('Title').fill('Sea turtle protection in Guanacaste');
  await page.getByLabel('Party concerned').selectOption({ label: 'Costa Rica' });
  await page.getByRole('button', { name: 'Save case' }).click();
  await expect(page.locator('#case-submitter-error')).toHaveText('Name the person or organization that filed the submission.');
  await expect(page.getByLabel('Submitter (person or organization)')).toBeFocused();

  await page.getByLabel('Submitter (person or organization)').fill('PRETOMA');
  await page.getByRole('button', { name: 'Save case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sea turtle protection in Guanacaste' })).toBeVisible();
  await expect(page.locator('.case-parties')).toHaveText(/PRETOMA \(submitter\)\s*→\s*Costa Rica/);

  // Only the steps of a submission are offered, starting with its filing.
  const type = page.getByRole('form', { name: 'Record an event' }).getByLabel('Event');
  await expect(type).toHaveValue('submission_filed');
  await expect(type.locator('option', { hasText: 'Consultations requested' })).toHaveCount(0);
  await type.selectOption({ label: 'Secretariat requests a response from the Party' });
  await expect(page.getByText('the 45 days count from delivery')).toBeVisible();

  await go(page, '#/cases');
  await expect(page.locator('td.col-complainant')).toHaveText('PRETOMA (submitter) → Costa Rica');
});

test('claims and findings: the CAFTA-DR enforcement provisions are one click away', async ({ app, page }) => {
  void app;
  await signIn(page);
  const id = await openDispute(page, 10);
  await go(page, `#/cases/${id}/edit`);
  const claims = page.getByRole('group', { name: 'Claims and findings' });
  await expect(claims).toContainText('The remedy time limits (Art. 20.16 / 20.17) follow from these findings.');
  await claims.getByRole('button', { name: 'Art. 16.2.1(a) (labor enforcement)' }).click();
  await expect(claims.getByLabel('Provision claimed (1)')).toHaveValue('Art. 16.2.1(a)');
  await expect(claims.getByLabel('Provision claimed (1)')).toBeFocused();
  await claims.getByLabel('Panel’s finding (1)').selectOption({ label: 'Non-conformity found' });
  await claims.getByLabel('Grounds of the request to reconvene the panel').selectOption({ label: 'Both (a) and (b)' });
  await shotWhole(page, 'case-form-claims-en');
  await page.getByRole('button', { name: 'Save case' }).click();
  const header = page.locator('.case-header');
  await expect(header).toContainText('Art. 16.2.1(a) — Non-conformity found');
  await expect(header).toContainText('Both (a) and (b)');
  const history = page.locator('.history');
  await expect(history).toContainText('Claims and findings: — → Art. 16.2.1(a) — Non-conformity found');
  await expect(history).toContainText('Grounds of the request to reconvene the panel: — → Both (a) and (b)');
});

test('a factual record not yet public after the normal 60 days is past the normal time, not overdue (TPA Art. 18.9.7)', async ({ app, page }) => {
  void app;
  await signIn(page);
  const created = await api<{ id: string }>(page, 'cases.create', {
    agreement: 'us-peru-tpa',
    kind: 'environment_submission',
    title: 'Forest concessions in Loreto',
    submitter: 'Derecho, Ambiente y Recursos Naturales',
    respondent: 'PER',
  });
  await api(page, 'events.add', { caseId: created.id, type: 'submission_filed', date: daysAgo(200) });
  await api(page, 'events.add', { caseId: created.id, type: 'factual_record_instructed', date: daysAgo(180) });
  await api(page, 'events.add', { caseId: created.id, type: 'draft_factual_record_submitted', date: daysAgo(150) });
  await api(page, 'events.add', { caseId: created.id, type: 'final_factual_record_submitted', date: daysAgo(80) });
  await go(page, `#/cases/${created.id}`);
  const row = page.locator('.limits-table tr[data-rule="us-peru-tpa.factual-record-publication"]');
  await expect(row).toContainText('Normally by');
  await expect(row).toContainText('Past the normal time');
  await expect(row).toContainText('20 days past the normal time');
  await expect(row).toHaveClass(/tone-pastTarget/);
  await expect(page.locator('.timeline-limit.tone-overdue')).toHaveCount(0);
});

for (const [language, button] of [
  ['en', 'English'],
  ['es', 'Español'],
] as const) {
  test(`screenshots of the flagged case page and the submission form (${language})`, async ({ app, page }) => {
    void app;
    await signIn(page);
    const id = await openDispute(page, 30);
    await api(page, 'events.add', { caseId: id, type: 'commission_meeting_requested', date: daysAgo(10) });
    await api(page, 'events.add', { caseId: id, type: 'commission_convened', date: iso(addDays(new Date(), 12)), scheduled: true });
    await api(page, 'limits.agree', { caseId: id, rule: 'cafta-dr.panel-request-without-commission', days: 90, note: 'Agreed by exchange of notes' });
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.reload();
    await expect(page.locator('.problems')).toBeVisible();
    for (const width of [1280, 1920]) await shotWhole(page, `case-problems-${language}-${width}`, width);

    await go(page, '#/cases/new');
    await page.locator('#case-kind').selectOption('environment_submission');
    await page.locator('#case-submitter').fill('Programa Restauración de Tortugas Marinas (PRETOMA)');
    for (const width of [1280, 1920]) await shotWhole(page, `submission-form-${language}-${width}`, width);
  });
}
