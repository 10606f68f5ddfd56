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

// A request sent by mistake is taken back by the Trung tâm before anyone decides it: it stays on
// the page as withdrawn, and the đề án may have a new request at once.
test('the Trung tâm withdraws a request it sent by mistake', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  const { id, code } = await queryOne<{ id: number; code: string }>(
    `SELECT p.id, p.code FROM "Project" p JOIN "Province" v ON v.id = p."provinceId"
      WHERE v.code = 'HP' AND p.status = 'IN_PROGRESS' AND p.code <> 'KCĐP-2026-002'
        AND NOT EXISTS (SELECT 1 FROM "Amendment" a WHERE a."projectId" = p.id)
      ORDER BY p.id DESC LIMIT 1`,
  );
  await signInAndWaitHome(page, 'ttkc.canbo');
  await page.goto(`/de-an/${id}/dieu-chinh`);
  await expect(page.getByRole('heading', { level: 1, name: `Điều chỉnh đề án ${code}` })).toBeVisible({ timeout: 20_000 });
  const request = page.getByRole('form', { name: 'Đề nghị điều chỉnh' });
  await request.getByLabel('Lý do điều chỉnh').fill('Cơ sở chuyển xưởng sang thôn mới');
  await request.getByLabel('Địa điểm').fill('Thôn Đông (nhập nhầm)');
  await request.getByRole('button', { name: 'Gửi đề nghị điều chỉnh' }).click();
  await expect(page.getByText('Chờ duyệt', { exact: true })).toBeVisible({ timeout: 20_000 });

  await page.getByRole('button', { name: 'Rút đề nghị điều chỉnh' }).click();
  await expect(page.getByText('Đã rút đề nghị', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Rút đề nghị điều chỉnh' })).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Đề nghị điều chỉnh' })).toBeVisible();
});
