// Proves the harness and the browser host's session (issue 7 §5): the printed
// address is exchanged for a session cookie, the app's API calls succeed on
// it, and a case opened in a new tab or after a reload loads its data.
import { api, expect, go, shot, signIn, test } from './fixtures';

test('the app opens in the browser host and the token leaves the address bar for a session cookie', async ({ app, page, context }) => {
  expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
  await expect(page).toHaveTitle(/Commission Desk/);
  await expect(page.locator('#root')).not.toBeEmpty();
  await expect(page).not.toHaveURL(/token=/);
  const port = new URL(app.url).port;
  const cookies = await context.cookies(app.url);
  expect(cookies.map(({ name, domain, path, httpOnly, sameSite, expires }) => ({ name, domain, path, httpOnly, sameSite, expires }))).toEqual([
    { name: `commission-desk-${port}`, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Strict', expires: -1 },
  ]);
  // HttpOnly: the page's scripts can neither read the cookie nor find the token anywhere.
  const visible = await page.evaluate(() => ({ cookie: document.cookie, storage: JSON.stringify({ ...sessionStorage, ...localStorage }) }));
  expect(visible.cookie).toBe('');
  expect(visible.storage).not.toContain(new URL(app.url).searchParams.get('token') ?? '');
  await shot(page, 'host-start');
});

test('the API answers on the session cookie or the token, and refuses a request with neither', async ({ app, page }) => {
  const status = (credentials: RequestCredentials, authorization?: string) =>
    page.evaluate(
      async ([mode, header]) =>
        (await fetch('/api/agreements.list', { method: 'POST', credentials: mode, headers: { 'Content-Type': 'application/json', ...(header ? { Authorization: header } : {}) }, body: '{}' })).status,
      [credentials, authorization] as const,
    );
  expect(await status('same-origin')).toBe(200);
  expect(await status('omit')).toBe(401);
  expect(await status('omit', `Bearer ${new URL(app.url).searchParams.get('token') ?? ''}`)).toBe(200);
});

test('a case opened in a new tab of the same browser session, or after a reload, loads its data', async ({ app, page, context }) => {
  await signIn(page);
  const created = await api<{ id: string }>(page, 'cases.create', { agreement: 'cafta-dr', kind: 'dispute', title: 'Sanitary measures on poultry imports', complainant: 'CRI', respondent: 'SLV' });
  const link = new URL(`/#/cases/${created.id}`, app.url).toString();

  // As Ctrl+click or a pasted link would: a new tab at the case's address, without the token.
  const tab = await context.newPage();
  await tab.goto(link);
  await expect(tab.getByRole('heading', { level: 1, name: 'Sanitary measures on poultry imports' })).toBeVisible();
  await expect(tab.getByText(/opened without the access token/)).toHaveCount(0);
  await shot(tab, 'host-new-tab-case');
  await tab.close();

  await go(page, `#/cases/${created.id}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sanitary measures on poultry imports' })).toBeVisible();
});

test('a browser without the session cookie is told to open the printed address', async ({ app, browser }) => {
  // Another browser profile: the link alone does not open the record.
  const stranger = await browser.newContext();
  try {
    const page = await stranger.newPage();
    await page.goto(new URL('/#/cases', app.url).toString());
    await expect(page.getByText(/opened without the access token/).first()).toBeVisible();
  } finally {
    await stranger.close();
  }
});
