import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { queryOne, signIn, signInAndWaitHome } from './helpers';

// Every main page passes axe-core (WCAG 2.1 A/AA rules) with no serious or critical violation, the
// forms work from the keyboard alone, and responses carry the security headers with a CSP nonce
// that Next's scripts actually use (a page that hydrates proves it).

async function expectNoSeriousViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(serious, what).toEqual([]);
}

test('the sign-in page is accessible and usable by keyboard alone', async ({ page }) => {
  const response = await page.goto('/dang-nhap');
  const csp = response!.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-/);
  expect(response!.headers()['x-frame-options']).toBe('DENY');
  await expectNoSeriousViolations(page, '/dang-nhap');

  // Skip link, then the two fields and the button, in order; Enter submits.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Chuyển đến nội dung chính' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
  await page.keyboard.type('ttkc.canbo');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mật khẩu')).toBeFocused();
  await page.keyboard.type('KhuyenCong@2026');
  await page.keyboard.press('Enter');
  // Only a hydrated page signs in: Next's scripts ran under the nonce-based CSP. (Generous wait: the
  // first page a fresh server renders is slow.)
  await expect(page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeVisible({ timeout: 20_000 });
});

const PAGES_BY_ACCOUNT: [string, string[]][] = [
  ['ttkc.canbo', ['/', '/de-an', '/de-an/{project}', '/de-an/{project}/thanh-toan', '/ke-hoach', '/chuong-trinh', '/co-so', '/quyet-dinh', '/dinh-muc', '/thong-bao', '/doi-mat-khau']],
  ['admin', ['/quan-tri/nguoi-dung', '/quan-tri/nhat-ky']],
  ['khobac.canbo', ['/kho-bac']],
  ['xa.namsach', ['/', '/ke-hoach']],
  ['coso.demo', ['/', '/de-an']],
];

for (const [account, paths] of PAGES_BY_ACCOUNT) {
  test(`main pages of ${account} have no serious accessibility violation`, async ({ page }) => {
    const project = await queryOne<{ id: number }>(`SELECT id FROM "Project" WHERE "provinceId" = (SELECT id FROM "Province" WHERE code = 'HP') ORDER BY id LIMIT 1`);
    await signInAndWaitHome(page, account);
    for (const p of paths) {
      const path = p.replace('{project}', String(project.id));
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectNoSeriousViolations(page, path);
    }
  });
}

test('the audit log filters work from the keyboard', async ({ page }) => {
  await signInAndWaitHome(page, 'admin');
  await page.goto('/quan-tri/nhat-ky');
  await page.getByLabel('Sự kiện').focus();
  await page.keyboard.press('Tab'); // Đối tượng
  await page.keyboard.press('Tab'); // Mã đối tượng
  await page.keyboard.press('Tab'); // Người thực hiện
  await expect(page.getByLabel('Người thực hiện')).toBeFocused();
  await page.keyboard.type('admin');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/username=admin/);
  await expect(page.getByRole('table', { name: 'Nhật ký hệ thống' })).toContainText('signIn');
});

test('an account created by the administrator must choose its own password first', async ({ page }) => {
  await signInAndWaitHome(page, 'admin');
  await page.goto('/quan-tri/nguoi-dung');
  await page.getByLabel('Tên đăng nhập').fill('e2e.moi');
  await page.getByLabel('Họ và tên').fill('Người Mới E2E');
  await page.getByLabel('Vai trò').selectOption({ label: 'Cơ sở công nghiệp nông thôn' });
  await page.getByLabel('Cơ sở CNNT').selectOption({ index: 1 });
  await page.getByLabel('Mật khẩu ban đầu').fill('mat khau tam cua quan tri');
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByText('Đã tạo tài khoản e2e.moi.')).toBeVisible();

  const fresh = await page.context().browser()!.newContext();
  const other = await fresh.newPage();
  await signIn(other, 'e2e.moi', 'mat khau tam cua quan tri');
  await expect(other).toHaveURL(/\/doi-mat-khau/);
  await expect(other.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' })).toBeVisible();
  await expectNoSeriousViolations(other, '/doi-mat-khau (forced)');
  await other.getByLabel('Mật khẩu hiện tại').fill('mat khau tam cua quan tri');
  await other.getByLabel(/^Mật khẩu mới/).fill('mot cau rat dai cua toi');
  await other.getByLabel('Nhập lại mật khẩu mới').fill('mot cau rat dai cua toi');
  await other.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(other.getByText('Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.')).toBeVisible();
  await signIn(other, 'e2e.moi', 'mot cau rat dai cua toi');
  await expect(other.getByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeVisible();
  await fresh.close();
});
