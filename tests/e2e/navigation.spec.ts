// Links do not prefetch (docs/decisions/0052): opening a page downloads that page, not the ~50 pages
// its menu and rows link to — each of which the server would render — and a click still opens its
// page in place.
import { expect, test, type Page } from '@playwright/test';
import { signInAndWaitHome } from './helpers';

/** The pages the browser asked for in the background (Next's prefetch requests) while `open` ran and the network settled. */
async function backgroundPages(page: Page, open: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const record = (request: { headers(): Record<string, string>; url(): string }) => {
    if (request.headers()['next-router-prefetch']) seen.push(new URL(request.url()).pathname);
  };
  page.on('request', record);
  await open();
  await page.waitForLoadState('networkidle', { timeout: 90_000 });
  page.off('request', record);
  return seen;
}

test('the home page and the đề án list download no other page in the background; a click on a đề án opens it', async ({ page }) => {
  expect(await backgroundPages(page, () => signInAndWaitHome(page, 'ttkc.canbo'))).toEqual([]);

  const table = page.getByRole('table', { name: 'Danh sách đề án' });
  expect(
    await backgroundPages(page, async () => {
      await page.goto('/de-an');
      await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
      await page.mouse.wheel(0, 4000);
    }),
  ).toEqual([]);

  const first = table.locator('a[href^="/de-an/"]').first();
  const href = (await first.getAttribute('href'))!;
  expect(href).toMatch(/^\/de-an\/\d+$/);
  const name = (await first.innerText()).trim();
  await first.click();
  await page.waitForURL((url) => url.pathname === href, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name.slice(0, 20), { timeout: 60_000 });
});
