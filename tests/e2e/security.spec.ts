import { expect, test } from '@playwright/test';
import { queryOne, signIn, signInAndWaitHome } from './helpers';

// The security behaviour a person meets in the browser: where sign-in returns to, a session that
// ends everywhere at sign-out, and uploads near and above the size limit.

test('a callback address that leaves the portal is ignored after sign-in', async ({ page, baseURL }) => {
  await signIn(page, 'stc.canbo', undefined, '/dang-nhap?callbackUrl=%2F%09%2Fexample.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test('after sign-out the old session cookie no longer opens the portal', async ({ page, browser }) => {
  await signInAndWaitHome(page, 'stc.canbo');
  const saved = await page.context().storageState();
  await page.getByRole('button', { name: 'Đăng xuất' }).first().click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  // Someone who copied the cookie before the sign-out replays it.
  const replay = await browser.newContext({ storageState: saved });
  const other = await replay.newPage();
  await other.goto('/de-an');
  await expect(other).toHaveURL(/\/dang-nhap/);
  await replay.close();
});

test('a 15 MB document uploads, a 21 MB one is refused with the limit', async ({ page }) => {
  test.setTimeout(180_000);
  const draft = await queryOne<{ id: number }>(
    `SELECT p.id FROM "Project" p JOIN "Province" v ON v.id = p."provinceId" WHERE v.code = 'HP' AND p.status = 'DRAFT' ORDER BY p.id LIMIT 1`,
  );
  await signInAndWaitHome(page, 'ttkc.canbo');
  await page.goto(`/de-an/${draft.id}`);
  const pdf = (mb: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(mb * 1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
  const form = page.getByRole('form', { name: 'Tải lên tài liệu' }).first();
  await form.getByLabel('Tệp').setInputFiles({ name: 'thuyet-minh-lon.pdf', mimeType: 'application/pdf', buffer: pdf(15) });
  await form.getByRole('button', { name: 'Tải lên', exact: true }).click();
  await expect(form.getByText('Đã tải lên.')).toBeVisible({ timeout: 120_000 });

  await form.getByLabel('Tệp').setInputFiles({ name: 'qua-lon.pdf', mimeType: 'application/pdf', buffer: pdf(21) });
  await form.getByRole('button', { name: 'Tải lên', exact: true }).click();
  await expect(form.getByRole('alert')).toContainText('vượt quá dung lượng cho phép', { timeout: 60_000 });
});
