import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { queryOne, signInAndWaitHome, vnDate } from './helpers';

// Issue 13 part B: the acceptance dossier on a phone. The beneficiary of KCĐP-2026-005 (an account
// made here for the demo's Dệt kim Gia Lộc) uploads the checklist — the photo of the installed
// machines as HEIC from an iPhone — withdraws a wrong file, hands the dossier in; the Trung tâm asks
// for the photo again; the beneficiary replaces it and hands in again; the Trung tâm accepts and
// records the acceptance. At 375 px throughout; the next action and the progress bar at the top.
test.use({ viewport: { width: 375, height: 812 } });

const HEIC = readFileSync(path.join(import.meta.dirname, '../fixtures/may-da-lap.heic'));
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`) });
const PHOTO = 'Ảnh chụp máy móc, thiết bị đã lắp đặt';
const CHECKLIST = [
  'Biên bản nghiệm thu',
  'Báo cáo kết quả thực hiện đề án',
  'Bảng tổng hợp khối lượng và kinh phí thực hiện',
  'Hợp đồng mua sắm máy móc, thiết bị',
  'Biên bản nghiệm thu, bàn giao máy móc, thiết bị',
  'Biên bản thanh lý hợp đồng mua sắm',
  'Hoá đơn tài chính',
  PHOTO,
];

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await signInAndWaitHome(page, username);
  return page;
}

const progress = (page: Page) => page.getByRole('progressbar', { name: 'Tiến độ hồ sơ' });
const banner = (page: Page) => page.getByRole('region', { name: 'Việc tiếp theo' });
const card = (page: Page, label: string) => page.getByRole('list', { name: 'Danh mục hồ sơ nghiệm thu' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: label, exact: true }) });

test('a beneficiary hands in its acceptance dossier from a phone; the Trung tâm asks for one replacement, then accepts', async ({ browser }) => {
  const project = await queryOne<{ id: number }>(`SELECT id FROM "Project" WHERE code = 'KCĐP-2026-005'`);
  await queryOne(
    `INSERT INTO "User" (username, "passwordHash", "fullName", role, "provinceId", "facilityId")
     SELECT 'coso.detkim', u."passwordHash", 'Nguyễn Thị Hằng', 'BENEFICIARY', f."provinceId", f.id
       FROM "User" u, "Facility" f WHERE u.username = 'coso.demo' AND f.name = 'Công ty TNHH Dệt kim Gia Lộc'
     ON CONFLICT (username) DO UPDATE SET "isActive" = true RETURNING id`,
  );

  // The Trung tâm schedules the acceptance (the đề án is in progress).
  const staff = await signedIn(browser, 'ttkc.canbo');
  await staff.goto(`/de-an/${project.id}`);
  const request = staff.getByRole('form', { name: 'Đề nghị nghiệm thu' });
  if (!(await request.isVisible())) await staff.getByText('Đề nghị nghiệm thu', { exact: true }).first().click();
  await request.getByLabel('Ngày nghiệm thu dự kiến').fill(vnDate(7));
  await request.getByRole('button', { name: 'Đề nghị nghiệm thu' }).click();
  await expect(staff.getByRole('link', { name: 'Mở hồ sơ nghiệm thu', exact: true })).toBeVisible();

  // The beneficiary finds the dossier at the top of its đề án page, within the first screen.
  const facility = await signedIn(browser, 'coso.detkim');
  await facility.goto(`/de-an/${project.id}`);
  const open = facility.getByRole('link', { name: 'Mở hồ sơ nghiệm thu', exact: true });
  await expect(open).toBeVisible();
  expect((await open.boundingBox())!.y).toBeLessThan(812);
  await open.click();
  await expect(facility.getByRole('heading', { level: 1, name: 'Hồ sơ nghiệm thu' })).toBeVisible();
  await expect(banner(facility)).toContainText('Việc cần làm: tải lên tài liệu còn thiếu');
  await expect(progress(facility)).toHaveAttribute('aria-valuenow', '0');
  await expect(facility.getByText('Mỗi tệp tối đa 20 MB.', { exact: false })).toBeVisible();
  expect((await progress(facility).boundingBox())!.y).toBeLessThan(812);

  // A 25 MB file is refused before anything is sent, with the limit in the message …
  await facility.getByLabel('Tải lên tệp: Biên bản nghiệm thu', { exact: true }).setInputFiles({ name: 'bien-ban-scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(25 * 1024 * 1024, 0x25) });
  await expect(card(facility, 'Biên bản nghiệm thu').getByRole('alert')).toContainText('tối đa 20 MB mỗi tệp');
  // … and by the server with 413 if sent anyway.
  const sentAnyway = await facility.request.post('/api/tai-lieu', {
    multipart: { projectId: String(project.id), kind: 'BIEN_BAN_NGHIEM_THU', file: { name: 'lon.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(25 * 1024 * 1024) } },
  });
  expect(sentAnyway.status()).toBe(413);
  expect(await sentAnyway.text()).toContain('tối đa 20 MB');

  // A wrong file is uploaded, then withdrawn.
  await facility.getByLabel('Tải lên tệp: Biên bản nghiệm thu', { exact: true }).setInputFiles(pdf('nham-tep.pdf'));
  await expect(card(facility, 'Biên bản nghiệm thu').getByRole('link', { name: 'nham-tep.pdf' })).toBeVisible();
  await card(facility, 'Biên bản nghiệm thu').getByRole('button', { name: 'Rút tệp nham-tep.pdf' }).click();
  await expect(card(facility, 'Biên bản nghiệm thu').getByRole('link', { name: 'nham-tep.pdf' })).toHaveCount(0);
  await expect(card(facility, 'Biên bản nghiệm thu')).toContainText('Phiên bản trước, tệp đã rút (1)');

  // The checklist, the photo from an iPhone as HEIC.
  for (const [i, label] of CHECKLIST.entries()) {
    const file = label === PHOTO ? { name: 'IMG_0042.HEIC', mimeType: 'image/heic', buffer: HEIC } : pdf(`tai-lieu-${i + 1}.pdf`);
    await facility.getByLabel(`Tải lên tệp: ${label}`, { exact: true }).setInputFiles(file);
    await expect(card(facility, label).getByRole('link', { name: file.name })).toBeVisible();
  }
  await expect(progress(facility)).toHaveAttribute('aria-valuenow', '100');
  await expect(banner(facility)).toContainText('hồ sơ đã đủ, bấm "Nộp hồ sơ"');
  // The photo is shown as a JPEG.
  const href = await card(facility, PHOTO).getByRole('link', { name: 'IMG_0042.HEIC' }).getAttribute('href');
  const shown = await facility.request.get(href!);
  expect(shown.headers()['content-type']).toBe('image/jpeg');

  await facility.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await expect(banner(facility)).toContainText('Đã nộp hồ sơ. Đang chờ Trung tâm Khuyến công xem xét.');
  await expect(facility.getByLabel(`Tải lên tệp: ${PHOTO}`, { exact: true })).toHaveCount(0);

  // The Trung tâm is told, reviews: one replacement asked for, the rest accepted.
  await staff.goto('/thong-bao');
  await expect(staff.getByText('KCĐP-2026-005: cơ sở đã nộp hồ sơ nghiệm thu').first()).toBeVisible();
  await staff.goto(`/de-an/${project.id}`);
  await staff.getByRole('link', { name: 'Mở hồ sơ nghiệm thu', exact: true }).click();
  await expect(banner(staff)).toContainText('Việc cần làm: xem xét 8 tài liệu');
  await staff.getByRole('button', { name: `Yêu cầu thay thế: ${PHOTO}` }).click();
  await card(staff, PHOTO).getByLabel(/Lý do cần thay thế/).fill('Ảnh chưa thấy rõ biển số máy, đề nghị chụp lại');
  await card(staff, PHOTO).getByRole('button', { name: 'Gửi yêu cầu thay thế' }).click();
  await expect(card(staff, PHOTO)).toContainText('Cần thay thế');
  for (const label of CHECKLIST.filter((l) => l !== PHOTO)) {
    await staff.getByRole('button', { name: `Chấp nhận: ${label}`, exact: true }).click();
    await expect(card(staff, label)).toContainText('Đã chấp nhận');
  }
  await expect(banner(staff)).toContainText('Đang chờ cơ sở thay thế tài liệu theo yêu cầu.');

  // The beneficiary sees what to redo, replaces the photo (the old one kept) and hands in again.
  await facility.reload();
  await expect(banner(facility)).toContainText('thay thế 1 tài liệu theo yêu cầu của Trung tâm');
  await expect(card(facility, PHOTO)).toContainText('Ảnh chưa thấy rõ biển số máy, đề nghị chụp lại');
  await expect(progress(facility)).toHaveAttribute('aria-valuenow', '87');
  await facility.getByLabel(`Thay thế tệp: ${PHOTO}`, { exact: true }).setInputFiles({ name: 'IMG_0043.HEIC', mimeType: 'image/heic', buffer: HEIC });
  await expect(card(facility, PHOTO).getByRole('link', { name: 'IMG_0043.HEIC' })).toBeVisible();
  await expect(card(facility, PHOTO)).toContainText('Phiên bản trước, tệp đã rút (1)');
  await expect(progress(facility)).toHaveAttribute('aria-valuenow', '100');
  await facility.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await expect(banner(facility)).toContainText('Đã nộp hồ sơ.');

  // The Trung tâm accepts the new photo: the dossier is accepted, the acceptance may proceed.
  await staff.reload();
  await staff.getByRole('button', { name: `Chấp nhận: ${PHOTO}`, exact: true }).click();
  await expect(banner(staff)).toContainText('Hồ sơ đã được chấp nhận');
  await facility.reload();
  await expect(banner(facility)).toContainText('Hồ sơ nghiệm thu đã được chấp nhận');

  await staff.goto(`/de-an/${project.id}`);
  const result = staff.getByRole('form', { name: 'Kết quả nghiệm thu' });
  await result.getByLabel('Ngày nghiệm thu').fill(vnDate(0));
  await result.getByLabel('Thành phần hội đồng nghiệm thu').fill('Sở Công Thương, Trung tâm Khuyến công, UBND xã Gia Lộc');
  await result.getByLabel('Đạt', { exact: true }).check();
  await result.getByRole('button', { name: 'Lưu kết quả nghiệm thu' }).click();
  await expect(staff.getByText('Đã nghiệm thu', { exact: true }).first()).toBeVisible();
});
