// Proves the harness: the browser host serves the built app, the page reads
// its token, and the app's first API call succeeds.
import { expect, shot, test } from './fixtures';

test('the app opens in the browser host with its access token', async ({ app, page }) => {
  expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
  await expect(page).toHaveTitle(/Commission Desk/);
  await expect(page.locator('#root')).not.toBeEmpty();
  // The client moves the token out of the address bar once read.
  await expect(page).not.toHaveURL(/token=/);
  await shot(page, 'host-start');
});

test('the API refuses a request without the token', async ({ app, page }) => {
  const status = await page.evaluate(async () => (await fetch('/api/agreements.list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
  expect(status).toBe(401);
  const withToken = await page.evaluate(async (token) => {
    const response = await fetch('/api/agreements.list', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{}' });
    return ((await response.json()) as { ok: boolean }).ok;
  }, new URL(app.url).searchParams.get('token'));
  expect(withToken).toBe(true);
});
