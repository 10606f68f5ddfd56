import { expect, test } from '@playwright/test';
import { signInAndWaitHome } from './helpers';

// Without SMTP the portal sends nothing: the admin's outbox shows what would be sent. The journey
// gives an address, finds the verification mail in the outbox, opens its link and confirms.
test('an address is verified through the mail kept in the outbox; the jobs page lists the schedule', async ({ page }) => {
  const address = `quantri.${Date.now()}@khuyencong.example`;
  await signInAndWaitHome(page, 'admin');

  await page.goto('/tai-khoan');
  await page.getByLabel('Địa chỉ thư điện tử').fill(address);
  await page.getByRole('button', { name: 'Lưu và gửi thư xác nhận' }).click();
  await expect(page.getByText(`Đã gửi thư xác nhận đến ${address}`)).toBeVisible();
  await expect(page.getByText('Chưa xác nhận')).toBeVisible();

  await page.goto('/quan-tri/thu-di');
  await expect(page.getByText('Chưa cấu hình máy chủ SMTP')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: address });
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: '[Khuyến công] Xác nhận địa chỉ thư điện tử' }).click();
  const body = page.locator('pre').filter({ hasText: 'xac-minh-email' });
  const link = /http\S+xac-minh-email\?token=\S+/.exec(await body.innerText())![0];

  await page.goto(new URL(link).pathname + new URL(link).search);
  await page.getByRole('button', { name: 'Xác nhận địa chỉ thư' }).click();
  await expect(page.getByText(`Đã xác nhận địa chỉ ${address}`)).toBeVisible({ timeout: 15_000 });

  await page.goto('/quan-tri/tac-vu');
  await expect(page.getByRole('row').filter({ hasText: 'Gửi thư trong hộp thư đi' })).toContainText('1 phút một lần');
  await expect(page.getByRole('row').filter({ hasText: 'Nhắc hạn đăng ký kế hoạch năm' })).toContainText('Hằng ngày lúc 07:00');
});
