import { type Browser, expect, type Page, test } from '@playwright/test';
import { e2eYear, signIn } from './helpers';

// Báo cáo định kỳ, against the demo seed: xã Nam Sách fills and sends its quarterly report (takes it
// back once to correct it), Sở Công Thương returns it with a comment, the xã resends, Sở Công Thương accepts; xã Vĩnh Bảo, which did
// not report, shows as late. The quarter is the first of last year, so it is always past due.
const YEAR = e2eYear() - 1;

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  // Signing in checks a password hash: slow on a busy machine, so wait for the home page generously.
  await expect(page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeVisible({ timeout: 60_000 });
  return page;
}

test('a xã sends its quarterly report, Sở Công Thương returns it, the xã resends, it is accepted; a silent xã is late', async ({ browser }) => {
  test.setTimeout(180_000);
  const xa = await as(browser, 'xa.namsach');
  await xa.goto('/bao-cao/dinh-ky');
  await xa.getByLabel('Loại báo cáo').selectOption('QUARTERLY');
  await xa.getByLabel('Năm').selectOption(String(YEAR));
  await xa.getByLabel('Kỳ', { exact: true }).selectOption('1');
  await xa.getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(xa.getByRole('heading', { level: 1, name: `Báo cáo Quý I năm ${YEAR}` })).toBeVisible({ timeout: 30_000 });
  const reportUrl = xa.url();
  await expect(xa.getByText(/Số liệu năm \d{4} \(tính từ hồ sơ/)).toBeVisible();
  await xa.getByLabel(/Kết quả thực hiện/).fill('Đã khảo sát 5 cơ sở, hỗ trợ 1 đề án máy móc.');
  await xa.getByRole('button', { name: 'Gửi Sở Công Thương' }).click();
  // Once sent, the page shows the new state and the report is no longer editable.
  await expect(xa.getByText('Đã gửi', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(xa.getByRole('button', { name: 'Gửi Sở Công Thương' })).toHaveCount(0);
  // A slip noticed after sending: the xã takes the report back while it is still unread, corrects it and sends again.
  await xa.getByRole('button', { name: 'Rút lại để sửa' }).click();
  await expect(xa.getByText('Dự thảo', { exact: true })).toBeVisible({ timeout: 30_000 });
  await xa.getByLabel(/Kết quả thực hiện/).fill('Đã khảo sát 6 cơ sở, hỗ trợ 1 đề án máy móc.');
  await xa.getByRole('button', { name: 'Gửi Sở Công Thương' }).click();
  await expect(xa.getByText('Đã gửi', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(xa.getByRole('button', { name: 'Rút lại để sửa' })).toBeVisible();

  const sct = await as(browser, 'sct.lanhdao');
  await sct.goto(reportUrl);
  await sct.getByLabel(/Ý kiến/).fill('Bổ sung khó khăn về vốn đối ứng.');
  await sct.getByRole('button', { name: 'Trả lại' }).click();
  await expect(sct.getByText('Bị trả lại', { exact: true })).toBeVisible({ timeout: 30_000 });

  await xa.reload();
  await expect(xa.getByText('Bổ sung khó khăn về vốn đối ứng.')).toBeVisible();
  await xa.getByLabel(/Khó khăn, vướng mắc/).fill('Cơ sở thiếu vốn đối ứng.');
  await xa.getByRole('button', { name: 'Gửi Sở Công Thương' }).click();
  await expect(xa.getByText('Đã gửi', { exact: true })).toBeVisible({ timeout: 30_000 });

  await sct.reload();
  await sct.getByRole('button', { name: 'Chấp nhận' }).click();
  await expect(sct.getByText('Đã chấp nhận', { exact: true })).toBeVisible({ timeout: 30_000 });

  await sct.goto(`/bao-cao/dinh-ky/theo-doi?kind=QUARTERLY&year=${YEAR}&period=1`);
  const missing = sct.getByRole('table', { name: 'Xã chưa nộp báo cáo' });
  await expect(missing.getByRole('row', { name: /Vĩnh Bảo.*Chậm \d+ ngày/ })).toBeVisible();
  await expect(missing.getByRole('row', { name: /Nam Sách/ })).toHaveCount(0);
  await expect(sct.getByRole('link', { name: 'xã Nam Sách' })).toBeVisible();
});
