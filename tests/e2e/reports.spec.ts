import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers';

// Báo cáo, against the demo seed (which carries seed 000's 2021–2025 lines for Hải Phòng): the
// summary for the period, its drill-down to the history rows and to the đề án list, an official
// Excel table, and the dashboard on the home page — on a desktop and on a phone.

async function signInSct(page: Page) {
  await signIn(page, 'sct.lanhdao');
  await expect(page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeVisible({ timeout: 60_000 });
}

test('the 2021–2025 summary counts the imported lines and drills down to them', async ({ page }) => {
  test.setTimeout(120_000);
  await signInSct(page);
  await page.goto('/bao-cao?yearFrom=2021&yearTo=2025');
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo tổng hợp khuyến công' })).toBeVisible();
  // Seed 000's five-year lines form their own period row: KCQG support 11.200.000.000 đồng, 115 đề án.
  const period = page.getByRole('table', { name: 'Theo năm' }).getByRole('row', { name: /Giai đoạn 2021–2025/ });
  await expect(period).toContainText('11.200.000.000');
  await expect(period.getByRole('link', { name: /^115 đề án/ })).toBeVisible();
  await page.getByRole('table', { name: 'Tổng hợp' }).getByRole('link', { name: /dòng lịch sử/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dữ liệu lịch sử trong báo cáo' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Dòng tổng hợp lịch sử' }).getByRole('row')).toHaveCount(15);

  await page.goto('/bao-cao?yearFrom=2026&yearTo=2026');
  await page.getByRole('table', { name: 'Tổng hợp' }).getByRole('link', { name: /đề án — Tổng cộng: xem danh sách/ }).click();
  await expect(page).toHaveURL(/\/de-an\?.*counted=1/);
  await expect(page.getByText(/Từ báo cáo: 2026–2026/)).toBeVisible();

  await page.goto('/bao-cao?yearFrom=2021&yearTo=2025');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel: danh sách theo khu vực' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao-danh-sach-\d{4}-\d{2}-\d{2}\.xlsx$/);
  // A download is not a page on its way: the page is not left showing that it is loading.
  await expect(page.locator('html')).not.toHaveAttribute('data-navigating', 'true', { timeout: 30_000 });
  await expect(page.locator('#noi-dung')).not.toHaveAttribute('aria-busy', 'true');
});

test('the home page shows the dashboard with its data tables @phone', async ({ page }) => {
  test.setTimeout(120_000);
  await signInSct(page);
  await expect(page.getByRole('heading', { name: 'Tổng quan khuyến công' })).toBeVisible();
  await page.getByText('Bảng số liệu').first().click();
  await expect(page.getByRole('table', { name: 'Theo năm' })).toBeVisible();
  // Nothing wider than the phone: the page does not scroll sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
