import { expect, test } from '@playwright/test';
import { queryOne, signIn, signInAndWaitHome } from './helpers';
import { SIGN_IN_FAILED_MESSAGE } from '../../lib/domain/security/sign-in-throttle';

// Every demo account (README) reaches its own home, with its role and scope in the header.
const ACCOUNTS: { username: string; role: string; scope: RegExp }[] = [
  { username: 'admin', role: 'Quản trị hệ thống', scope: /Hải Phòng/ },
  { username: 'sct.lanhdao', role: 'Lãnh đạo Sở Công Thương', scope: /Hải Phòng/ },
  { username: 'ttkc.canbo', role: 'Cán bộ Trung tâm Khuyến công', scope: /Hải Phòng/ },
  { username: 'stc.canbo', role: 'Cán bộ Sở Tài chính', scope: /Hải Phòng/ },
  { username: 'khobac.canbo', role: 'Cán bộ Kho bạc Nhà nước', scope: /Hải Phòng/ },
  { username: 'xa.namsach', role: 'Cán bộ UBND xã/đặc khu', scope: /xã Nam Sách/ },
  { username: 'xa.vinhbao', role: 'Cán bộ UBND xã/đặc khu', scope: /xã Vĩnh Bảo/ },
  { username: 'coso.demo', role: 'Cơ sở công nghiệp nông thôn', scope: /./ },
  { username: 'coso.khac', role: 'Cơ sở công nghiệp nông thôn', scope: /./ },
  { username: 'bocongthuong', role: 'Cán bộ Bộ Công Thương', scope: /Toàn quốc/ },
  { username: 'ld.sct', role: 'Lãnh đạo Sở Công Thương', scope: /Lâm Đồng/ },
  { username: 'ld.ttkc', role: 'Cán bộ Trung tâm Khuyến công', scope: /Lâm Đồng/ },
];

for (const account of ACCOUNTS) {
  test(`${account.username} signs in and sees their work`, async ({ page }) => {
    await signInAndWaitHome(page, account.username);
    const header = page.getByRole('banner');
    await expect(header.getByText(account.role).first()).toBeVisible();
    await expect(header.getByText(account.scope).first()).toBeVisible();
    await expect(page.getByText('Đề án trong phạm vi')).toBeVisible();
  });
}

test('a wrong password and an unknown user get the same message', async ({ page }) => {
  const message = SIGN_IN_FAILED_MESSAGE;
  // Scoped to the form: Next's route announcer is an alert too.
  await signIn(page, 'ttkc.canbo', 'sai-mat-khau');
  await expect(page.locator('form').getByRole('alert')).toHaveText(message);
  await signIn(page, 'khong.ton.tai', 'sai-mat-khau');
  await expect(page.locator('form').getByRole('alert')).toHaveText(message);
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test('an expired session returns to sign-in and back to the page afterwards', async ({ page, context }) => {
  await signInAndWaitHome(page, 'ttkc.canbo');
  await context.clearCookies();
  await page.goto('/co-so');
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fco-so/);
  await page.getByLabel('Tên đăng nhập').fill('ttkc.canbo');
  await page.getByLabel('Mật khẩu').fill('KhuyenCong@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/co-so$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Cơ sở công nghiệp nông thôn' })).toBeVisible();
});

// Out of scope looks exactly like "does not exist" (404): nobody learns what another xã,
// facility or province holds by trying addresses.
test("a xã officer opening another xã's đề án gets the 404 page", async ({ page }) => {
  const other = await queryOne<{ id: number }>(
    `SELECT p.id FROM "Project" p JOIN "AdminUnit" a ON a.id = p."adminUnitId" WHERE a.name = 'Vĩnh Bảo' LIMIT 1`,
  );
  await signInAndWaitHome(page, 'xa.namsach');
  const response = await page.goto(`/de-an/${other.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
});

test('a beneficiary opening another facility gets the 404 page', async ({ page }) => {
  const other = await queryOne<{ id: number }>(
    `SELECT f.id FROM "Facility" f WHERE f.id <> (SELECT "facilityId" FROM "User" WHERE username = 'coso.demo') AND f."provinceId" = (SELECT "provinceId" FROM "User" WHERE username = 'coso.demo') LIMIT 1`,
  );
  await signInAndWaitHome(page, 'coso.demo');
  const response = await page.goto(`/co-so/${other.id}`);
  expect(response?.status()).toBe(404);
});

test('a Lâm Đồng user cannot open a Hải Phòng đề án', async ({ page }) => {
  const hp = await queryOne<{ id: number }>(`SELECT p.id FROM "Project" p JOIN "Province" v ON v.id = p."provinceId" WHERE v.code = 'HP' LIMIT 1`);
  await signInAndWaitHome(page, 'ld.ttkc');
  const response = await page.goto(`/de-an/${hp.id}`);
  expect(response?.status()).toBe(404);
  // The same answer as for an address that exists nowhere.
  expect((await page.goto('/de-an/987654321'))?.status()).toBe(404);
});

test('the home page fits a 375 px phone @phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signInAndWaitHome(page, 'xa.namsach');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByText('Menu').click();
  await expect(page.getByRole('navigation', { name: 'Menu chính' }).first().getByRole('link', { name: 'Đề án' })).toBeVisible();
});
