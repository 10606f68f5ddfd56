import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAndWaitHome } from './helpers';

// The open data API as its administrator and a client meet it: a client is created with its scope,
// the token is shown once, works against /api/mo, and answers 401 once revoked; the description is
// public and lists the endpoints.

test('an administrator issues a token that works once shown, and revokes it', async ({ page, request }) => {
  test.setTimeout(330_000);
  await signInAndWaitHome(page, 'admin');
  await page.goto('/quan-tri/api-du-lieu-mo');
  await expect(page.getByRole('heading', { level: 1, name: 'API dữ liệu mở' })).toBeVisible();
  const name = `Sở Nội vụ (thử ${Date.now()})`;
  await page.getByLabel('Tên đơn vị sử dụng').fill(name);
  await page.getByLabel('Phạm vi dữ liệu').selectOption({ label: 'Tỉnh/thành phố: Hải Phòng' });
  await page.getByLabel('Giới hạn yêu cầu mỗi phút').fill('30');
  await page.getByRole('button', { name: 'Tạo và cấp mã truy cập' }).click();
  await expect(page.getByText('Mã truy cập mới — chỉ hiển thị một lần')).toBeVisible({ timeout: 60_000 });
  const token = await page.getByLabel('Mã truy cập', { exact: true }).inputValue();
  expect(token).toMatch(/^kcmo_/);

  const ok = await request.get('/api/mo/de-an?so_dong=5', { headers: { Authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as { data: { province: { code: string }; totalCostVnd: string }[] };
  expect(body.data.length).toBeGreaterThan(0);
  expect(body.data.every((p) => p.province.code === 'HP' && /^\d+$/.test(p.totalCostVnd))).toBe(true);
  const other = await request.get('/api/mo/de-an?tinh=LD', { headers: { Authorization: `Bearer ${token}` } });
  expect(other.status()).toBe(403);

  // Shown once: after a reload only its prefix is on the page.
  await page.reload();
  const card = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name }) });
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(card.getByText(`${token.slice(0, 11)}…`)).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await card.getByRole('button', { name: 'Thu hồi' }).click();
  await expect(card.getByText(/Đã thu hồi/)).toBeVisible({ timeout: 60_000 });
  // A revoked token counts as no token: requests without a valid one are also limited per address
  // (30 a minute), and the crawl journey before this one sends many from this same address — so a
  // 429 may come first; once the address's minute is over, the answer is 401.
  await expect
    .poll(async () => (await request.get('/api/mo/de-an', { headers: { Authorization: `Bearer ${token}` } })).status(), { timeout: 150_000, intervals: [5_000, 10_000] })
    .toBe(401);
});

test('the description of the API is public and lists its endpoints', async ({ browser, request }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/du-lieu-mo');
  await expect(page.getByRole('heading', { level: 1, name: /API dữ liệu mở/ })).toBeVisible();
  for (const path of ['/api/mo/de-an', '/api/mo/de-an/{id}', '/api/mo/chuong-trinh/{id}/tien-do', '/api/mo/tong-hop']) {
    await expect(page.getByText(`GET ${path}`, { exact: true })).toBeVisible();
  }
  const doc = await request.get('/api/mo/openapi.json');
  expect(doc.status()).toBe(200);
  expect(((await doc.json()) as { openapi: string }).openapi).toBe('3.1.0');
  await context.close();
});

async function expectUsable(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(serious, what).toEqual([]);
  // Nothing cut off on a phone: the page itself never scrolls sideways (wide tables scroll in their own box).
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('[tabindex="0"]'))
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { by: document.documentElement.scrollWidth - width, wide };
  });
  expect(overflow, what).toEqual({ by: 0, wide: [] });
}

test('the admin page and the description are accessible and fit a phone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/du-lieu-mo');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectUsable(page, '/du-lieu-mo');
  await signInAndWaitHome(page, 'admin');
  await page.goto('/quan-tri/api-du-lieu-mo');
  await expect(page.getByRole('heading', { level: 2, name: 'Cơ sở dữ liệu quốc gia về khuyến công (Bộ Công Thương)' })).toBeVisible();
  await expectUsable(page, '/quan-tri/api-du-lieu-mo');
});
