import { expect, test } from '@playwright/test';
import { queryOne, signInAndWaitHome, vnDate } from './helpers';

// Issue 12 item 1: the demo's pending amendment page renders (it answered 500 "Invalid time value")
// and the Sở Công Thương can decide it. At 375 px, as an official on a phone would.
test.use({ viewport: { width: 375, height: 812 } });

test('the pending amendment of the demo renders and is approved', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  const { id } = await queryOne<{ id: number }>(`SELECT id FROM "Project" WHERE code = 'KCĐP-2026-002'`);
  await signInAndWaitHome(page, 'sct.lanhdao');
  await page.goto(`/de-an/${id}/dieu-chinh`);
  await expect(page.getByRole('heading', { level: 1, name: 'Điều chỉnh đề án KCĐP-2026-002' })).toBeVisible({ timeout: 20_000 });
  const diff = page.getByRole('table', { name: /Thay đổi/ });
  await expect(diff.getByRole('row', { name: /Ngày kết thúc/ })).toContainText('20/12/2026');
  await expect(diff.getByRole('row', { name: /Ngày kết thúc/ })).toContainText('30/11/2026');

  const form = page.getByRole('form', { name: /Quyết định đề nghị điều chỉnh/ });
  await form.getByLabel('Số/ký hiệu quyết định').fill('120/QĐ-SCT');
  await form.getByLabel('Ngày ban hành').fill(vnDate(0));
  await form.getByLabel('Cơ quan ban hành').fill('Sở Công Thương Hải Phòng');
  await form.getByRole('textbox', { name: 'Người ký', exact: true }).fill('Trần Thị Thu Hà');
  await form.getByLabel('Trích yếu').fill('Điều chỉnh thời gian hoàn thành đề án');
  await form.getByRole('button', { name: 'Duyệt và áp dụng điều chỉnh' }).click();
  await expect(page.getByRole('heading', { name: 'Phiên bản 1 → 2' })).toBeVisible({ timeout: 20_000 });
});
