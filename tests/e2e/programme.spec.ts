import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { queryOne, signInAndWaitHome } from './helpers';

// Chương trình khuyến công, against the demo seed: the Hải Phòng 2026–2030 programme (approved,
// appendix of seed 001) and a draft each journey creates for itself.
const HP_NAME = 'Chương trình khuyến công thành phố Hải Phòng giai đoạn 2026–2030';

async function hpProgrammeId(): Promise<number> {
  return (await queryOne<{ id: number }>(`SELECT id FROM "Programme" WHERE code = 'KCDP-HP-2026-2030'`)).id;
}

async function exportHpAppendix(page: Page): Promise<{ name: string; bytes: Buffer }> {
  await page.goto(`/chuong-trinh/${await hpProgrammeId()}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất Excel' }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

async function createDraft(page: Page): Promise<string> {
  const code = `E2E-${Date.now()}`;
  await page.goto('/chuong-trinh');
  await page.getByRole('link', { name: 'Tạo chương trình' }).click();
  await page.getByLabel('Mã chương trình').fill(code);
  await page.getByLabel('Tên chương trình').fill(`Chương trình thử ${code}`);
  await page.getByRole('button', { name: 'Tạo chương trình' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Chương trình thử ${code}` })).toBeVisible();
  await expect(page.getByText('Dự thảo').first()).toBeVisible();
  return code;
}

test('staff read the appendix as on paper, with the inconsistent row showing both totals, and its progress', async ({ page }) => {
  await signInAndWaitHome(page, 'ttkc.canbo');
  await page.getByRole('navigation', { name: 'Menu chính' }).last().getByRole('link', { name: 'Chương trình' }).click();
  await page.getByRole('link', { name: HP_NAME }).click();
  const table = page.getByRole('table', { name: /Phụ lục chỉ tiêu/ });
  const row = table.getByRole('row').filter({ hasText: 'Hỗ trợ đầu tư các phòng trưng bày' });
  await expect(row.getByRole('cell').last()).toContainText('25');
  await expect(row).toContainText('⚠ tổng các năm: 15');
  await expect(page.getByRole('figure', { name: /Tiến độ theo nhóm nội dung — giai đoạn 2026–2030/ })).toBeVisible();
  await page.getByRole('link', { name: '2027', exact: true }).click();
  await expect(page.getByRole('figure', { name: /năm 2027/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Tiến độ từng chỉ tiêu — năm 2027' })).toBeVisible();
});

test('the export downloads the appendix as .xlsx with its filename', async ({ page }) => {
  await signInAndWaitHome(page, 'stc.canbo');
  const file = await exportHpAppendix(page);
  expect(file.name).toBe('phu-luc-chi-tieu-KCDP-HP-2026-2030.xlsx');
  expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('a draft is typed in place, imported from Excel after a preview, approved, then amended with a reason', async ({ page }) => {
  test.setTimeout(480_000);
  let exported: { name: string; bytes: Buffer } = { name: '', bytes: Buffer.alloc(0) };
  let code = '';
  await test.step('The Trung tâm exports the approved appendix and creates a draft programme', async () => {
    await signInAndWaitHome(page, 'ttkc.canbo');
    exported = await exportHpAppendix(page);
    code = await createDraft(page);
  });
  await test.step('In place: one group, one item with an inconsistent total — kept, flagged.', async () => {
    await page.getByRole('button', { name: 'Sửa bảng chỉ tiêu' }).click();
    await page.getByRole('button', { name: '+ Thêm nhóm nội dung' }).click();
    await page.getByLabel('Tên nhóm I').fill('Hỗ trợ mô hình trình diễn');
    await page.getByRole('button', { name: 'Thêm chỉ tiêu vào nhóm I' }).click();
    await page.getByLabel('Nội dung, mục I.1', { exact: true }).fill('Mô hình trình diễn kỹ thuật');
    await page.getByLabel('ĐVT, mục I.1', { exact: true }).selectOption('Mô hình');
    await page.getByLabel('Năm 2027, mục I.1', { exact: true }).fill('1');
    await page.getByLabel('Năm 2028, mục I.1', { exact: true }).fill('x');
    await page.getByLabel('Tổng nội dung, mục I.1', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Lưu bảng chỉ tiêu' }).click();
    await expect(page.getByText('Nhập số nguyên không âm hoặc để trống')).toBeVisible();
    await page.getByLabel('Năm 2028, mục I.1', { exact: true }).fill('1');
    await expect(page.getByText('⚠ tổng các năm: 2')).toBeVisible();
    await page.getByRole('button', { name: 'Lưu bảng chỉ tiêu' }).click();
    await expect(page.getByText('Đã lưu bảng chỉ tiêu (2 thay đổi).')).toBeVisible();
    await expect(page.getByRole('table', { name: /Phụ lục chỉ tiêu/ }).getByText('⚠ tổng các năm: 2')).toBeVisible();
  });
  await test.step('Excel: a PDF renamed .xlsx is named for what it is; the real file is previewed before anything is written.', async () => {
    await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
    const input = page.getByLabel('Tệp phụ lục chỉ tiêu (.xlsx)');
    await input.setInputFiles({ name: 'phu-luc.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'thực chất là tệp PDF' })).toBeVisible();
    await input.setInputFiles({ name: exported.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: exported.bytes });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await expect(page.getByText(/6 nhóm, 34 chỉ tiêu · 0 lỗi chặn · 1 cảnh báo/)).toBeVisible();
    await expect(page.getByText(/Tổng ghi \(25\) khác tổng các năm \(15\)/).first()).toBeVisible();
    await page.getByRole('button', { name: /Xác nhận nhập \d+ thay đổi/ }).click();
    await expect(page.getByText(/Đã nhập phụ lục từ Excel: \d+ thay đổi\./)).toBeVisible();
    await expect(page.getByRole('table', { name: /Phụ lục chỉ tiêu/ }).getByText('Quản lý, vận hành Cơ sở dữ liệu cụm công nghiệp thành phố Hải Phòng')).toBeVisible();
  });
  await test.step('Sở Công Thương approves with the decision; a later change needs a reason and is an amendment.', async () => {
    const url = page.url().replace(/\?.*$/, '');
    await page.context().clearCookies();
    await signInAndWaitHome(page, 'sct.lanhdao');
    await page.goto(url);
    const approval = page.getByRole('form', { name: 'Phê duyệt chương trình' });
    await approval.getByRole('textbox', { name: 'Số/ký hiệu quyết định' }).fill(`${Date.now() % 100000}/QĐ-UBND`);
    await approval.getByRole('textbox', { name: 'Ngày ban hành' }).fill('15/04/2026');
    await approval.getByRole('textbox', { name: 'Người ký', exact: true }).fill('Hoàng Minh Cường');
    await expect(approval.getByRole('textbox', { name: 'Ngày ban hành' })).toHaveValue('15/04/2026');
    await page.getByRole('button', { name: 'Phê duyệt chương trình' }).click();
    await expect(page.getByText('Đã phê duyệt').first()).toBeVisible();
    await page.getByRole('button', { name: 'Sửa bảng chỉ tiêu' }).click();
    await page.getByLabel('Tổng nội dung, mục II.7', { exact: true }).fill('15');
    await page.getByRole('button', { name: 'Lưu bảng chỉ tiêu' }).click();
    await expect(page.getByText('Chương trình đã phê duyệt: cần nhập lý do điều chỉnh.')).toBeVisible();
    await page.getByLabel('Lý do điều chỉnh').fill('Đính chính tổng mục II.7');
    await page.getByRole('button', { name: 'Lưu bảng chỉ tiêu' }).click();
    await expect(page.getByText('Đã lưu bảng chỉ tiêu (1 thay đổi).')).toBeVisible();
    const amendments = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Điều chỉnh chương trình' }) });
    await expect(amendments.getByText('Đính chính tổng mục II.7')).toBeVisible();
    await amendments.getByText('1 thay đổi').click();
    await expect(amendments.getByText('Sửa II.7 — Tổng nội dung: 25 → 15')).toBeVisible();
    expect(code).toMatch(/^E2E-/);
  });
});

test('a xã officer reads the programme but cannot edit or import it', async ({ page }) => {
  const id = await hpProgrammeId();
  await signInAndWaitHome(page, 'xa.namsach');
  await page.goto(`/chuong-trinh/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: HP_NAME })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sửa bảng chỉ tiêu' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Nhập từ Excel' })).toHaveCount(0);
  const response = await page.goto(`/chuong-trinh/${id}/nhap-excel`);
  expect(response?.status()).toBe(403);
});

test('Kho bạc cannot download the appendix', async ({ page }) => {
  const id = await hpProgrammeId();
  await signInAndWaitHome(page, 'khobac.canbo');
  const response = await page.request.get(`/chuong-trinh/${id}/xuat-excel`);
  expect(response.status()).toBe(403);
});

test('the programme page fits a 375 px phone, its tables scrolling sideways @phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const id = await hpProgrammeId();
  await signInAndWaitHome(page, 'sct.lanhdao');
  await page.goto(`/chuong-trinh/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: HP_NAME })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
