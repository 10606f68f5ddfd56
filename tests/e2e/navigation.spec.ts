// Links do not prefetch (docs/decisions/0052): opening a page downloads that page, not the ~50 pages
// its menu and rows link to — each of which the server would render — and a click still opens its
// page in place, saying so while the page is on its way.
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

test('the home page and the đề án list download no other page in the background; a click on a đề án shows it is loading, then opens it', async ({ page }) => {
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
  // The page is held on its way until the list has shown that the click was taken.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route((url) => url.pathname === href && url.searchParams.has('_rsc'), async (route) => {
    await held;
    await route.continue();
  });
  await first.click();
  await expect(page.locator('html')).toHaveAttribute('data-navigating', 'true', { timeout: 60_000 });
  await expect(page.locator('#noi-dung')).toHaveAttribute('aria-busy', 'true');
  release();
  await page.waitForURL((url) => url.pathname === href, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name.slice(0, 20), { timeout: 60_000 });
  await expect(page.locator('html')).not.toHaveAttribute('data-navigating', 'true');
  await expect(page.locator('#noi-dung')).not.toHaveAttribute('aria-busy', 'true');
});
