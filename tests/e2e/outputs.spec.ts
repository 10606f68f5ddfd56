import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { queryOne, signInAndWaitHome, vnDate } from './helpers';

// Issue 17: the Trung tâm records a training class of a đề án on a phone, imports its participant
// list from the portal's template (a bad row first: nothing written, the row named), and the
// programme's "Người" target moves by the number of participants.
test.use({ viewport: { width: 375, height: 812 } });

const TARGET_TEXT = 'Đào tạo cán bộ quản lý, kỹ thuật; bồi dưỡng nâng cao cho nghệ nhân';

async function achievedOnTarget(page: Page, programmeId: number): Promise<string> {
  await page.goto(`/chuong-trinh/${programmeId}`);
  const table = page.getByRole('table', { name: /Tiến độ từng chỉ tiêu — giai đoạn/ });
  const row = table.getByRole('row').filter({ hasText: TARGET_TEXT });
  await expect(row).toHaveCount(1, { timeout: 60_000 });
  return (await row.getByRole('cell').nth(4).innerText()).trim();
}

async function filledList(template: Buffer, people: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  people.forEach((cells, i) => {
    sheet.getRow(4 + i).values = cells;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('a training class with its imported participants moves the programme progress @phone', async ({ page }) => {
  test.setTimeout(240_000);
  const { id: programmeId } = await queryOne<{ id: number }>(`SELECT id FROM "Programme" WHERE code = 'KCDP-HP-2026-2030'`);
  const { id: projectId } = await queryOne<{ id: number }>(`SELECT id FROM "Project" WHERE code = 'KCĐP-2026-003'`);
  await signInAndWaitHome(page, 'ttkc.canbo');
  const before = Number(await achievedOnTarget(page, programmeId));

  const title = `Lớp bồi dưỡng nghệ nhân mây tre ${Date.now() % 100000}`;
  await page.goto(`/de-an/${projectId}`);
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Kết quả thực hiện' }) });
  await section.getByText('Ghi kết quả mới').click();
  const form = page.getByRole('form', { name: 'Ghi kết quả thực hiện' });
  await expect(form.getByLabel('Loại kết quả')).toHaveValue('TRAINING_CLASS');
  await form.getByLabel('Tên lớp').fill(title);
  await form.getByLabel('Ngày bắt đầu').fill(vnDate(-3));
  await form.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(page.getByText('Đã ghi kết quả thực hiện.')).toBeVisible({ timeout: 60_000 });

  const card = page.getByRole('listitem').filter({ hasText: title });
  await expect(card).toBeVisible({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: 'Tải mẫu danh sách (.xlsx)' }).click()]);
  const template = await readFile((await download.path())!);
  const people = [
    [1, 'Nguyễn Thị Hoà', 1978, 'Nữ', 'Tổ hợp tác Mây tre đan Nam Sách', '0912345678'],
    [2, 'Trần Văn Bắc', 1983, 'Nam', 'Tổ hợp tác Mây tre đan Nam Sách', null],
    [3, 'Lê Thị Cúc', 1990, 'Nữ', null, null],
    [4, 'Phạm Văn Dũng', 1969, 'Nam', null, null],
    [5, 'Vũ Thị Én', 1995, 'Nữ', null, null],
  ];
  const bad = people.map((r) => [...r]);
  bad[2]![2] = 'chín mươi'; // Excel row 6

  await card.getByLabel('Tệp danh sách học viên (.xlsx)').setInputFiles({ name: 'danh-sach-loi.xlsx', mimeType: 'application/octet-stream', buffer: await filledList(template, bad) });
  await card.getByRole('button', { name: 'Nhập danh sách' }).click();
  await expect(card.getByRole('alert')).toContainText('Dòng 6, cột "Năm sinh"', { timeout: 60_000 });
  await expect(card.getByRole('alert')).toContainText('không học viên nào được ghi');

  await card.getByLabel('Tệp danh sách học viên (.xlsx)').setInputFiles({ name: 'danh-sach.xlsx', mimeType: 'application/octet-stream', buffer: await filledList(template, people) });
  await card.getByRole('button', { name: 'Nhập danh sách' }).click();
  await expect(card.getByText('Đã nhập 5 học viên.')).toBeVisible({ timeout: 60_000 });
  await expect(card.getByText('Danh sách học viên (5)')).toBeVisible({ timeout: 60_000 });

  expect(Number(await achievedOnTarget(page, programmeId))).toBe(before + 5);
});

test('a xã official reads the xã’s inspections and collaborators on a phone; Sở Công Thương follows up a recommendation @phone', async ({ page }) => {
  test.setTimeout(240_000);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await signInAndWaitHome(page, 'xa.namsach');
  await page.goto('/kiem-tra?nam=2026');
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch kiểm tra, giám sát năm 2026' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('link', { name: 'Kiểm tra lớp đào tạo nghề mây tre đan' })).toBeVisible();
  await expect(page.getByText('Giám sát đề án hỗ trợ máy móc thiết bị tại Vĩnh Bảo')).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Thêm cuộc kiểm tra' })).toHaveCount(0);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto('/cong-tac-vien');
  await expect(page.getByRole('link', { name: 'Phạm Thị Thu Hà' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Đỗ Văn Khánh')).toHaveCount(0);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('link', { name: 'Phạm Thị Thu Hà' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Phạm Thị Thu Hà' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('DEMO-210/QĐ-SCT', { exact: false })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Các hoạt động' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText(/^2\.500\.000\s₫$/)).toBeVisible();
  await expect(page.getByRole('form', { name: 'Ghi hoạt động' })).toHaveCount(0);
  expect(await overflow()).toBeLessThanOrEqual(0);
  const { id: vinhBaoInspection } = await queryOne<{ id: number }>(`SELECT id FROM "Inspection" WHERE title = 'Giám sát đề án hỗ trợ máy móc thiết bị tại Vĩnh Bảo'`);
  const response = await page.goto(`/kiem-tra/${vinhBaoInspection}`);
  expect(response?.status()).toBe(404);

  await page.context().clearCookies();
  await signInAndWaitHome(page, 'sct.lanhdao');
  await page.goto(`/kiem-tra/${vinhBaoInspection}`);
  const form = page.getByRole('form', { name: 'Ghi nhận thực hiện kiến nghị' });
  await form.getByLabel('Kết quả thực hiện kiến nghị').fill('Hộ kinh doanh đã vận hành thử đủ 30 ngày, có biên bản.');
  await form.getByRole('button', { name: 'Ghi nhận thực hiện kiến nghị' }).click();
  await expect(page.getByText('Đã theo dõi kiến nghị').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Hộ kinh doanh đã vận hành thử đủ 30 ngày, có biên bản.')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
