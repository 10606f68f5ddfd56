// Issue 12 (items 6, 8, 13, 15, 19): what officials noticed on the demo data, on desktop and at 375 px.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { queryOne, signInAndWaitHome } from './helpers';

async function rightEdge(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box (not rendered)');
  return box.x + box.width;
}

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('the đề án list on a 375 px phone: filters behind "Bộ lọc", status and amount of every row in view @phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signInAndWaitHome(page, 'ttkc.canbo');
  await page.goto('/de-an');
  const filters = page.getByRole('button', { name: /Bộ lọc/ });
  await expect(filters).toBeVisible();
  await expect(page.getByLabel('Nguồn kinh phí')).toBeHidden();
  const list = page.getByRole('list', { name: 'Danh sách đề án' });
  const rows = list.getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  // The list comes right after the search box, not below nine fields.
  expect((await rows.first().boundingBox())!.y).toBeLessThan(740);
  const count = await rows.count();
  expect(count).toBeGreaterThan(2);
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const status = row.locator('span.rounded-full').first();
    const amount = row.getByLabel('Hỗ trợ');
    await expect(amount).toHaveText(/₫$/);
    expect(await rightEdge(status)).toBeLessThanOrEqual(375);
    expect(await rightEdge(amount)).toBeLessThanOrEqual(375);
  }
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  await filters.click();
  await expect(filters).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Nguồn kinh phí')).toBeVisible();
});

test('the dự toán of a đề án on a 375 px phone: amounts of every cost line in view, nothing cut off @phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const { id } = await queryOne<{ id: number }>(`SELECT p."id" FROM "Project" p WHERE p."status" = 'IN_PROGRESS' AND EXISTS (SELECT 1 FROM "CostLine" c WHERE c."projectId" = p."id") ORDER BY p."id" LIMIT 1`);
  await signInAndWaitHome(page, 'ttkc.canbo');
  await page.goto(`/de-an/${id}/du-toan`);
  await expect(page.getByRole('heading', { name: 'Mức chi áp dụng' })).toBeVisible();
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  const table = page.getByRole('table', { name: 'Mức hỗ trợ so với mức chi' });
  if ((await table.count()) > 0) {
    // The table may scroll sideways inside its box, but the box stays on screen.
    expect(await rightEdge(table.locator('xpath=..'))).toBeLessThanOrEqual(375);
  }
  await page.goto(`/de-an/${id}`);
  await expect(page.getByRole('heading', { name: 'Kinh phí' })).toBeVisible();
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  // The cost table: on a phone one card per line, its amount and state support in view.
  const lines = page.getByRole('list', { name: 'Các dòng dự toán' }).getByRole('listitem');
  await expect(lines.first()).toBeVisible();
  for (let i = 0; i < (await lines.count()); i++) {
    for (const figure of await lines.nth(i).locator('dd').all()) expect(await rightEdge(figure)).toBeLessThanOrEqual(375);
  }
});

test('a seeded đề án in progress reads as the portal would have recorded it', async ({ page }) => {
  const { id } = await queryOne<{ id: number }>(`SELECT p."id" FROM "Project" p WHERE p."status" = 'IN_PROGRESS' AND p."provinceId" = (SELECT "id" FROM "Province" WHERE "code" = 'HP') ORDER BY p."id" LIMIT 1`);
  await signInAndWaitHome(page, 'ttkc.canbo');
  await page.goto(`/de-an/${id}`);
  const dossier = page.getByRole('region', { name: 'Hồ sơ đề án' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Hồ sơ đề án' }) }));
  await expect(dossier.getByText(/Đủ hồ sơ \(\d+\/\d+\)/)).toBeVisible();
  await expect(page.getByText(/Thiếu \d+\/\d+/)).toHaveCount(0);
  const appraisal = page.locator('section', { has: page.getByRole('heading', { name: 'Thẩm định' }) });
  await expect(appraisal.getByText('Hiệu quả kinh tế - xã hội, tính lan toả')).toBeVisible();
  await expect(appraisal.getByText(/capacity|efficiency/)).toHaveCount(0);
  await expect(page.getByText('Tỷ lệ % làm tròn 1 chữ số thập phân (từ 5 trở lên làm tròn lên).')).toBeVisible();
});

test("Lâm Đồng's recoverable đề án carries its flag; the demo programme's decision is marked as demo", async ({ page }) => {
  await signInAndWaitHome(page, 'ld.ttkc');
  await page.goto('/de-an');
  const row = page.getByRole('row', { name: /KCĐP-2024-003/ });
  await expect(row.getByText('Hỗ trợ có thu hồi', { exact: true })).toBeVisible();
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cà phê Di Linh Xanh');
  await expect(page.getByText('Hỗ trợ có thu hồi', { exact: true }).first()).toBeVisible();

  await page.context().clearCookies();
  await signInAndWaitHome(page, 'sct.lanhdao');
  const { id } = await queryOne<{ id: number }>(`SELECT "id" FROM "Programme" WHERE "status" = 'APPROVED' ORDER BY "id" LIMIT 1`);
  await page.goto(`/chuong-trinh/${id}`);
  await expect(page.getByText(/DEMO-1234\/QĐ-UBND/).first()).toBeVisible();
  await expect(page.getByText(/làm tròn 1 chữ số thập phân/).first()).toBeVisible();
});
