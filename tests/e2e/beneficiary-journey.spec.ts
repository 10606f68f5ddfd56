import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContextOptions, expect, type Page, test } from '@playwright/test';
import { e2eYear, signIn, signInAndWaitHome, vnDate, selectOptionContaining } from './helpers';

// Issue 13, one facility from registration to an accepted đề án. The facility works on a 375 × 812
// phone throughout; the staff of the xã work on a phone too, the Trung tâm, the Sở Công Thương and
// Sở Tài chính at a desk. A household business registers itself, xã Nam Sách verifies it, it applies
// online with a quotation attached, and its request enters the xã's plan proposal. The plan then
// goes the whole real way — the xã sends it, the Trung tâm reviews it, the Sở consolidates it, Sở Tài
// chính agrees the estimate, the Sở records the UBND decision — which approves a đề án for this
// facility. The Trung tâm draws up its estimate, signs the contract, starts it and schedules the
// acceptance; the facility uploads the acceptance dossier from the phone (the photo of the machine as
// HEIC), hands it in, is asked for one replacement, replaces it and hands in again; the Trung tâm
// accepts the dossier and records the acceptance, and the đề án moves on. The next-action banner of
// the facility's home and the dossier's progress bar are asserted at each stage. Nothing is set up in
// SQL. Two years after the e2e clock, so that plan.spec's round (the next year) is not touched when
// both run on one database; the đề án is new, so the specs that pick demo đề án by SQL are unaffected.
const YEAR = e2eYear() + 2;
const FACILITY = 'Hộ kinh doanh dệt chiếu Hoa Sen';
const USERNAME = 'detchieu.hoasen';
const PASSWORD = 'chiếu cói xanh bên sông Thái Bình';
const REQUEST = 'Hỗ trợ máy dệt chiếu cói tự động';
const PROPOSAL = `${REQUEST} — ${FACILITY}`;
const QUOTATION = 'Báo giá máy móc, thiết bị, dịch vụ';

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

const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' };
const DESK: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' };

async function open(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  return page;
}

/** Nothing cut off on the right at 375 px. */
async function expectNoSideScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `page ${page.url()} scrolls sideways`).toBeLessThanOrEqual(1);
}

/** The facility's home: the banner with the one next step, at the top, fitting the phone. */
async function expectNextAction(page: Page, title: string) {
  await page.goto('/');
  const banner = page.getByRole('region', { name: title });
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await expect(banner.getByText('Việc cần làm tiếp theo')).toBeVisible();
  expect((await banner.boundingBox())!.y, 'the next step within the first screen').toBeLessThan(812);
  await expectNoSideScroll(page);
  return banner;
}

function itemCard(page: Page, name: string) {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(name) }) });
}

const progress = (page: Page) => page.getByRole('progressbar', { name: 'Tiến độ hồ sơ' });
const dossierBanner = (page: Page) => page.getByRole('region', { name: 'Việc tiếp theo' });
const card = (page: Page, label: string) =>
  page.getByRole('list', { name: 'Danh mục hồ sơ nghiệm thu' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: label, exact: true }) });

test('one facility: registers, is verified, applies with an attachment, enters the xã plan, gets an approved đề án, hands in its acceptance dossier from a phone and is accepted @phone', async ({ browser }) => {
  // About 25 minutes of headroom: eight roles' steps on a busy two-core machine. Waits are on state.
  test.setTimeout(1_800_000);
  const facility = await open(browser, PHONE);
  const xa = await open(browser, PHONE);
  const sct = await open(browser, DESK);
  let ttkc: Page;
  let stc: Page;
  let requestUrl = '';
  let projectUrl = '';
  let projectCode = '';

  await test.step('Sở Công Thương opens registration for the year.', async () => {
    await signInAndWaitHome(sct, 'sct.lanhdao');
    await sct.goto('/ke-hoach');
    await sct.getByLabel('Năm kế hoạch').fill(String(YEAR));
    await sct.getByLabel('Tên đợt đăng ký').fill(`Đăng ký kế hoạch khuyến công năm ${YEAR}`);
    await sct.getByLabel('Hạn gửi kế hoạch').fill(vnDate(30));
    await sct.getByRole('button', { name: 'Mở đăng ký' }).click();
    await expect(sct.getByRole('heading', { level: 1, name: `Đăng ký kế hoạch khuyến công năm ${YEAR}` })).toBeVisible();
  });

  await test.step('The household business registers itself without signing in (MST of 12 digits).', async () => {
    await facility.goto('/dang-nhap');
    await facility.getByRole('link', { name: 'Đăng ký cơ sở' }).click();
    await expect(facility.getByRole('heading', { level: 1, name: 'Đăng ký cơ sở công nghiệp nông thôn' })).toBeVisible();
    await expectNoSideScroll(facility);
    await facility.getByLabel('Tên cơ sở').fill(FACILITY);
    await facility.getByLabel('Loại hình').selectOption({ label: 'Hộ kinh doanh' });
    // 11 digits are refused on the field; a household business may use the owner's 12-digit ID number.
    await facility.getByLabel('Mã số thuế').fill('03108500123');
    await facility.getByLabel('Người đại diện').fill('Nguyễn Thị Hoa');
    await facility.getByLabel('Số điện thoại').fill('0912345678');
    await selectOptionContaining(facility, 'Xã/đặc khu nơi sản xuất', 'xã Nam Sách');
    await facility.getByLabel('Địa chỉ sản xuất').fill('Thôn Đông, xã Nam Sách');
    await facility.getByLabel('Ngành nghề').fill('Dệt chiếu cói');
    await facility.getByLabel('Số lao động').fill('12');
    await facility.getByLabel('Tên đăng nhập').fill(USERNAME);
    await facility.getByLabel(/^Mật khẩu/).fill(PASSWORD);
    await facility.getByLabel('Nhập lại mật khẩu').fill(PASSWORD);
    await facility.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await expect(facility.getByText('Mã số thuế của hộ kinh doanh gồm 10 chữ số, hoặc 12 chữ số')).toBeVisible();
    await facility.getByLabel('Mã số thuế').fill('031085001234');
    await facility.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await expect(facility.getByText('Đã gửi đăng ký')).toBeVisible({ timeout: 60_000 });
  });

  await test.step('It signs in: the home says it waits for verification.', async () => {
    await signIn(facility, USERNAME, PASSWORD);
    await facility.waitForURL((url) => url.pathname === '/', { timeout: 90_000 });
    await expectNextAction(facility, 'Chờ xác minh đăng ký');
    await expect(facility.getByText('Trạng thái đăng ký: Chờ xác minh')).toBeVisible();
  });

  await test.step('xã Nam Sách verifies it from the list of pending registrations.', async () => {
    await signInAndWaitHome(xa, 'xa.namsach');
    await xa.goto('/co-so/cho-xac-minh');
    await expect(xa.getByRole('heading', { name: FACILITY })).toBeVisible();
    await expect(xa.getByText('031085001234')).toBeVisible();
    await expectNoSideScroll(xa);
    await xa.getByRole('button', { name: `Xác minh ${FACILITY}` }).click();
    await expect(xa.getByText('Không có cơ sở nào chờ xác minh.')).toBeVisible({ timeout: 60_000 });
  });

  await test.step('The facility drafts its request; the spending norm shows while it types.', async () => {
    const banner = await expectNextAction(facility, 'Lập đề nghị hỗ trợ');
    await banner.getByRole('link', { name: 'Lập đề nghị hỗ trợ' }).click();
    await expect(facility.getByRole('heading', { level: 1, name: 'Lập đề nghị hỗ trợ' })).toBeVisible();
    await expect(facility.getByText(`kế hoạch khuyến công năm ${YEAR}`)).toBeVisible();
    await facility.getByLabel('Nội dung đề nghị hỗ trợ').fill(REQUEST);
    await selectOptionContaining(facility, 'Nội dung hoạt động khuyến công', 'KC03.4 —');
    await facility.getByLabel('Máy móc, thiết bị hoặc hoạt động').fill('Máy dệt chiếu cói tự động 2 đầu');
    await facility.getByLabel('Tổng kinh phí dự kiến').fill('400.000.000');
    await facility.getByLabel('Vốn đối ứng của cơ sở').fill('280.000.000');
    await expect(facility.getByText(/^Mức chi:/)).toBeVisible({ timeout: 60_000 });
    await expectNoSideScroll(facility);
    await facility.getByRole('button', { name: 'Lưu đề nghị' }).click();
    await facility.waitForURL(/\/de-nghi-ho-tro\/\d+$/, { timeout: 90_000 });
    requestUrl = new URL(facility.url()).pathname;
    await expect(facility.getByText('120.000.000')).toBeVisible();
  });

  await test.step('It attaches the quotation from the phone: the limit is said first, a 25 MB file is refused before sending.', async () => {
    await facility.goto(requestUrl);
    await expect(facility.getByText('Mỗi tệp tối đa 20 MB.', { exact: false })).toBeVisible();
    await facility.getByLabel('Loại tệp đính kèm').selectOption({ label: QUOTATION });
    await facility.getByLabel(`Tải lên tệp: ${QUOTATION}`, { exact: true }).setInputFiles({ name: 'bao-gia-scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(25 * 1024 * 1024, 0x25) });
    await expect(facility.getByRole('alert').filter({ hasText: 'tối đa 20 MB mỗi tệp' })).toBeVisible();
    await facility.getByLabel(`Tải lên tệp: ${QUOTATION}`, { exact: true }).setInputFiles(pdf('bao-gia-may-det-chieu.pdf'));
    const attachments = facility.getByRole('list', { name: 'Tệp đính kèm của đề nghị' });
    await expect(attachments.getByRole('link', { name: 'bao-gia-may-det-chieu.pdf' })).toBeVisible({ timeout: 60_000 });
    await expect(attachments).toContainText(QUOTATION);
    await expect(attachments).toContainText('Nguyễn Thị Hoa');
    await expectNoSideScroll(facility);
    await expectNextAction(facility, 'Hoàn thiện và gửi đề nghị hỗ trợ');
  });

  await test.step('It sends the request to its xã.', async () => {
    await facility.goto(requestUrl);
    await facility.getByRole('button', { name: 'Gửi đề nghị cho xã' }).click();
    await expect(facility.getByText('Đã gửi, chờ xã/Trung tâm xem xét').first()).toBeVisible({ timeout: 60_000 });
    // Sent: the attachments are what the xã reviews, no more uploads.
    await expect(facility.getByLabel(`Tải lên tệp: ${QUOTATION}`, { exact: true })).toHaveCount(0);
    await expectNextAction(facility, 'Chờ xã xem xét đề nghị');
  });

  await test.step('xã Nam Sách starts its plan, reads the request and its quotation, and takes it into the plan.', async () => {
    await xa.goto(`/ke-hoach/${YEAR}`);
    await xa.getByRole('button', { name: 'Lập kế hoạch của đơn vị' }).click();
    await expect(xa.getByRole('heading', { level: 1, name: `Kế hoạch khuyến công năm ${YEAR} — UBND xã Nam Sách` })).toBeVisible();
    const planUrl = new URL(xa.url()).pathname;
    await xa.goto('/de-nghi-ho-tro');
    const requestCard = xa.getByRole('listitem').filter({ hasText: FACILITY });
    await expectNoSideScroll(xa);
    await requestCard.getByRole('link', { name: REQUEST }).click();
    await expect(xa.getByRole('heading', { level: 1, name: REQUEST })).toBeVisible();
    const quotation = xa.getByRole('list', { name: 'Tệp đính kèm của đề nghị' }).getByRole('link', { name: 'bao-gia-may-det-chieu.pdf' });
    await expect(quotation).toBeVisible();
    const file = await xa.request.get((await quotation.getAttribute('href'))!);
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain('bao-gia-may-det-chieu.pdf');
    await expect(xa.getByLabel('Kế hoạch năm')).toHaveValue(/\d+/);
    await xa.getByRole('button', { name: 'Đưa vào kế hoạch', exact: true }).click();
    await expect(xa.getByText(`Kế hoạch khuyến công năm ${YEAR} của UBND xã Nam Sách.`)).toBeVisible({ timeout: 60_000 });
    await expect(xa.getByRole('button', { name: 'Đưa vào kế hoạch', exact: true })).toHaveCount(0);
    await xa.goto(planUrl);
    await expect(xa.getByRole('heading', { name: new RegExp(`1\\. ${PROPOSAL}`) })).toBeVisible();
    await expectNoSideScroll(xa);
  });

  await test.step('The facility’s home says its request is in the plan.', async () => {
    const banner = await expectNextAction(facility, 'Đề nghị đã vào kế hoạch năm');
    await expect(banner.getByText(`kế hoạch khuyến công năm ${YEAR}`)).toBeVisible();
    await facility.goto('/de-nghi-ho-tro');
    await expect(facility.getByText('Đã đưa vào kế hoạch').first()).toBeVisible();
    await expectNoSideScroll(facility);
  });

  await test.step('The xã completes the proposal with its programme target and sends the plan.', async () => {
    await itemCard(xa, PROPOSAL).getByRole('link', { name: 'Sửa đề xuất' }).click();
    await selectOptionContaining(xa, 'Chỉ tiêu chương trình', 'I.2 Hỗ trợ chuyển giao');
    await xa.getByLabel('Số lượng theo chỉ tiêu').fill('1');
    await xa.getByRole('button', { name: 'Lưu đề xuất' }).click();
    await expect(xa.getByRole('heading', { name: new RegExp(`1\\. ${PROPOSAL}`) })).toBeVisible({ timeout: 60_000 });
    await xa.getByRole('button', { name: 'Gửi kế hoạch' }).click();
    await expect(xa.getByText('Đã gửi', { exact: true }).first()).toBeVisible({ timeout: 60_000 });
  });

  await test.step('The Trung tâm accepts the proposal and finishes its review.', async () => {
    ttkc = await open(browser, DESK);
    await signInAndWaitHome(ttkc, 'ttkc.canbo');
    await ttkc.goto(`/ke-hoach/${YEAR}`);
    await ttkc.getByRole('link', { name: 'UBND xã Nam Sách' }).click();
    const review = ttkc.getByRole('form', { name: `Xem xét đề xuất ${PROPOSAL}` });
    await review.getByRole('radio', { name: 'Chấp nhận', exact: true }).check();
    await review.getByRole('button', { name: 'Lưu ý kiến xem xét' }).click();
    await expect(itemCard(ttkc, PROPOSAL).locator('header').getByText('Chấp nhận', { exact: true })).toBeVisible({ timeout: 60_000 });
    await ttkc.getByRole('button', { name: 'Hoàn thành xem xét' }).click();
    await expect(ttkc.getByText('Đã xem xét', { exact: true }).first()).toBeVisible({ timeout: 60_000 });
  });

  await test.step('The Sở closes registration and sends the KCĐP estimate to Sở Tài chính.', async () => {
    await sct.goto(`/ke-hoach/${YEAR}/tong-hop`);
    await sct.getByRole('button', { name: 'Kết thúc nhận đăng ký' }).click();
    await expect(sct.getByRole('button', { name: 'Gửi Sở Tài chính' })).toBeVisible({ timeout: 60_000 });
    await expect(sct.getByText('120.000.000\u00a0₫').first()).toBeVisible();
    await sct.getByRole('button', { name: 'Gửi Sở Tài chính' }).click();
    await expect(sct.getByText('Sở Tài chính đang thẩm định').first()).toBeVisible({ timeout: 60_000 });
  });

  await test.step('Sở Tài chính sets the ceiling and agrees the estimate as requested.', async () => {
    stc = await open(browser, DESK);
    await signInAndWaitHome(stc, 'stc.canbo');
    await stc.goto(`/ke-hoach/${YEAR}/kinh-phi`);
    await stc.getByLabel(`Trần kinh phí KCĐP năm ${YEAR} (đồng)`).fill('1.000.000.000');
    await expect(stc.getByLabel(`Mức được duyệt cho ${PROPOSAL}`)).toHaveValue('120.000.000');
    await stc.getByRole('button', { name: 'Lưu thẩm định' }).click();
    await expect(stc.getByText(/Đã lưu\. Tổng hỗ trợ được duyệt 120\.000\.000/)).toBeVisible({ timeout: 60_000 });
    await stc.getByRole('button', { name: 'Thống nhất dự toán' }).click();
    await expect(stc.getByText('Đã thẩm định kinh phí').first()).toBeVisible({ timeout: 60_000 });
  });

  await test.step('The Sở records the UBND decision: the facility’s đề án is approved.', async () => {
    await sct.goto(`/ke-hoach/${YEAR}/quyet-dinh`);
    await sct.getByLabel('Số/ký hiệu quyết định').fill(`${YEAR}/QĐ-UBND-HS`);
    await sct.getByLabel('Ngày ban hành').fill(vnDate(0));
    await sct.getByRole('textbox', { name: 'Người ký', exact: true }).fill('Hoàng Minh Cường');
    await sct.getByLabel('Tệp quyết định đã ký (PDF, ảnh)').setInputFiles(pdf('qd-ke-hoach.pdf'));
    await sct.getByRole('button', { name: 'Ghi nhận quyết định và tạo 1 đề án' }).click();
    const created = sct.getByRole('table', { name: 'Đề án được tạo từ kế hoạch' });
    const row = created.getByRole('row').filter({ hasText: REQUEST });
    await expect(row).toContainText('120.000.000', { timeout: 60_000 });
    projectCode = (await row.getByRole('link').textContent())!.trim();
    expect(projectCode).toMatch(new RegExp(`^KCĐP-${YEAR}-\\d{3}$`));
    await row.getByRole('link').click();
    await expect(sct.getByRole('heading', { level: 1, name: PROPOSAL })).toBeVisible();
    await expect(sct.getByText('Đã phê duyệt').first()).toBeVisible();
    projectUrl = new URL(sct.url()).pathname;
  });

  await test.step('The facility’s home points at its approved đề án.', async () => {
    const banner = await expectNextAction(facility, 'Đề nghị đã thành đề án');
    await expect(banner).toContainText('đã được phê duyệt, chờ ký hợp đồng');
    await banner.getByRole('link', { name: 'Xem đề án' }).click();
    await expect(facility.getByRole('heading', { level: 1, name: PROPOSAL })).toBeVisible();
    await expectNoSideScroll(facility);
  });

  await test.step('The Trung tâm draws up the estimate within the norm, signs the contract and starts the work.', async () => {
    await ttkc.goto(`${projectUrl}/du-toan`);
    const line = ttkc.getByRole('listitem', { name: 'Dòng dự toán 1' });
    await line.getByLabel('Nội dung chi').fill('Máy dệt chiếu cói tự động 2 đầu');
    await line.getByLabel('Đơn vị tính').fill('chiếc');
    await line.getByLabel('Số lượng').fill('1');
    await line.getByLabel('Đơn giá (đồng)').fill('400.000.000');
    await line.getByLabel('Ngân sách hỗ trợ (đồng)').fill('120.000.000');
    await line.getByLabel('Vốn đối ứng (đồng)').fill('280.000.000');
    await ttkc.getByRole('button', { name: 'Lưu dự toán' }).click();
    await expect(ttkc.getByText('Đã lưu dự toán.')).toBeVisible({ timeout: 60_000 });
    await ttkc.goto(projectUrl);
    await expect(ttkc.getByText('Mức hỗ trợ nằm trong mức chi.')).toBeVisible();
    const contract = ttkc.getByRole('form', { name: 'Ký hợp đồng' });
    await contract.getByLabel('Số hợp đồng').fill(`HS-${YEAR}/HĐ-TTKC`);
    await contract.getByLabel('Ngày ký').fill(vnDate(0));
    await expect(contract.getByLabel('Bên nhận hỗ trợ (bên B)')).toHaveValue(FACILITY);
    await contract.getByLabel('Đã gửi hợp đồng đến Kho bạc Nhà nước').check();
    await contract.getByRole('button', { name: 'Lưu hợp đồng' }).click();
    await expect(ttkc.getByText('Đã ký hợp đồng').first()).toBeVisible({ timeout: 60_000 });
    await ttkc.getByRole('button', { name: 'Bắt đầu thực hiện' }).click();
    await expect(ttkc.getByText('Đang thực hiện').first()).toBeVisible({ timeout: 60_000 });
  });

  await test.step('The Trung tâm schedules the acceptance.', async () => {
    await ttkc.reload();
    const request = ttkc.getByRole('form', { name: 'Đề nghị nghiệm thu' });
    if (!(await request.isVisible())) await ttkc.getByText('Đề nghị nghiệm thu', { exact: true }).first().click();
    await request.getByLabel('Ngày nghiệm thu dự kiến').fill(vnDate(7));
    await request.getByRole('button', { name: 'Đề nghị nghiệm thu' }).click();
    await expect(ttkc.getByRole('link', { name: 'Mở hồ sơ nghiệm thu', exact: true })).toBeVisible({ timeout: 60_000 });
  });

  await test.step('The facility’s home sends it to the dossier; the đề án page shows it within the first screen.', async () => {
    const banner = await expectNextAction(facility, 'Nộp giấy tờ nghiệm thu còn thiếu');
    await expect(banner).toContainText(`Đề án ${projectCode} còn thiếu 8 giấy tờ nghiệm thu.`);
    await facility.goto(projectUrl);
    const openDossier = facility.getByRole('link', { name: 'Mở hồ sơ nghiệm thu', exact: true });
    await expect(openDossier).toBeVisible();
    expect((await openDossier.boundingBox())!.y).toBeLessThan(812);
    await expectNextAction(facility, 'Nộp giấy tờ nghiệm thu còn thiếu');
    await facility.getByRole('region', { name: 'Nộp giấy tờ nghiệm thu còn thiếu' }).getByRole('link', { name: 'Mở hồ sơ nghiệm thu' }).click();
    await expect(facility.getByRole('heading', { level: 1, name: 'Hồ sơ nghiệm thu' })).toBeVisible();
    await expect(dossierBanner(facility)).toContainText('Việc cần làm: tải lên tài liệu còn thiếu');
    await expect(progress(facility)).toHaveAttribute('aria-valuenow', '0');
    await expect(facility.getByText('Mỗi tệp tối đa 20 MB.', { exact: false })).toBeVisible();
    expect((await progress(facility).boundingBox())!.y).toBeLessThan(812);
    await expectNoSideScroll(facility);
  });

  await test.step('A 25 MB file is refused before sending, with the limit, and by the server with 413 if sent anyway.', async () => {
    await facility.getByLabel('Tải lên tệp: Biên bản nghiệm thu', { exact: true }).setInputFiles({ name: 'bien-ban-scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(25 * 1024 * 1024, 0x25) });
    await expect(card(facility, 'Biên bản nghiệm thu').getByRole('alert')).toContainText('tối đa 20 MB mỗi tệp');
    const projectId = projectUrl.split('/').at(-1)!;
    const sentAnyway = await facility.request.post('/api/tai-lieu', {
      multipart: { projectId, kind: 'BIEN_BAN_NGHIEM_THU', file: { name: 'lon.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(25 * 1024 * 1024) } },
    });
    expect(sentAnyway.status()).toBe(413);
    expect(await sentAnyway.text()).toContain('tối đa 20 MB');
  });

  await test.step('A wrong file is uploaded, then withdrawn (kept as history).', async () => {
    await facility.getByLabel('Tải lên tệp: Biên bản nghiệm thu', { exact: true }).setInputFiles(pdf('nham-tep.pdf'));
    await expect(card(facility, 'Biên bản nghiệm thu').getByRole('link', { name: 'nham-tep.pdf' })).toBeVisible({ timeout: 60_000 });
    await card(facility, 'Biên bản nghiệm thu').getByRole('button', { name: 'Rút tệp nham-tep.pdf' }).click();
    await expect(card(facility, 'Biên bản nghiệm thu').getByRole('link', { name: 'nham-tep.pdf' })).toHaveCount(0, { timeout: 60_000 });
    await expect(card(facility, 'Biên bản nghiệm thu')).toContainText('Phiên bản trước, tệp đã rút (1)');
  });

  await test.step('It uploads the checklist, the photo of the machine as HEIC from an iPhone; the bar reaches 100 %.', async () => {
    for (const [i, label] of CHECKLIST.entries()) {
      const file = label === PHOTO ? { name: 'IMG_0042.HEIC', mimeType: 'image/heic', buffer: HEIC } : pdf(`tai-lieu-${i + 1}.pdf`);
      await facility.getByLabel(`Tải lên tệp: ${label}`, { exact: true }).setInputFiles(file);
      await expect(card(facility, label).getByRole('link', { name: file.name })).toBeVisible({ timeout: 60_000 });
      await expect(progress(facility)).toHaveAttribute('aria-valuenow', String(Math.floor(((i + 1) * 100) / CHECKLIST.length)));
    }
    await expect(dossierBanner(facility)).toContainText('hồ sơ đã đủ, bấm "Nộp hồ sơ"');
    // The photo is shown as a JPEG.
    const href = await card(facility, PHOTO).getByRole('link', { name: 'IMG_0042.HEIC' }).getAttribute('href');
    const shown = await facility.request.get(href!);
    expect(shown.headers()['content-type']).toBe('image/jpeg');
    await expectNoSideScroll(facility);
    await expectNextAction(facility, 'Nộp hồ sơ nghiệm thu');
  });

  await test.step('It hands the dossier in: the home says it waits for the Trung tâm.', async () => {
    await facility.goto(projectUrl);
    await facility.getByRole('link', { name: 'Mở hồ sơ nghiệm thu', exact: true }).click();
    await facility.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await expect(dossierBanner(facility)).toContainText('Đã nộp hồ sơ. Đang chờ Trung tâm Khuyến công xem xét.', { timeout: 60_000 });
    await expect(facility.getByLabel(`Tải lên tệp: ${PHOTO}`, { exact: true })).toHaveCount(0);
    await expectNextAction(facility, 'Chờ Trung tâm xem xét hồ sơ nghiệm thu');
  });

  await test.step('The Trung tâm is told; it asks for the photo again and accepts the rest.', async () => {
    await ttkc.goto('/thong-bao');
    await expect(ttkc.getByText(`${projectCode}: cơ sở đã nộp hồ sơ nghiệm thu`).first()).toBeVisible();
    await ttkc.goto(projectUrl);
    await ttkc.getByRole('link', { name: 'Mở hồ sơ nghiệm thu', exact: true }).click();
    await expect(dossierBanner(ttkc)).toContainText('Việc cần làm: xem xét 8 tài liệu');
    await ttkc.getByRole('button', { name: `Yêu cầu thay thế: ${PHOTO}` }).click();
    await card(ttkc, PHOTO).getByLabel(/Lý do cần thay thế/).fill('Ảnh chưa thấy rõ biển số máy, đề nghị chụp lại');
    await card(ttkc, PHOTO).getByRole('button', { name: 'Gửi yêu cầu thay thế' }).click();
    await expect(card(ttkc, PHOTO)).toContainText('Cần thay thế', { timeout: 60_000 });
    for (const label of CHECKLIST.filter((l) => l !== PHOTO)) {
      await ttkc.getByRole('button', { name: `Chấp nhận: ${label}`, exact: true }).click();
      await expect(card(ttkc, label)).toContainText('Đã chấp nhận', { timeout: 60_000 });
    }
    await expect(dossierBanner(ttkc)).toContainText('Đang chờ cơ sở thay thế tài liệu theo yêu cầu.');
  });

  await test.step('The facility sees what to redo, replaces the photo (the old one kept) and hands in again.', async () => {
    const banner = await expectNextAction(facility, 'Thay thế giấy tờ nghiệm thu theo yêu cầu');
    await banner.getByRole('link', { name: 'Mở hồ sơ nghiệm thu' }).click();
    await expect(dossierBanner(facility)).toContainText('thay thế 1 tài liệu theo yêu cầu của Trung tâm');
    await expect(card(facility, PHOTO)).toContainText('Ảnh chưa thấy rõ biển số máy, đề nghị chụp lại');
    await expect(progress(facility)).toHaveAttribute('aria-valuenow', '87');
    await facility.getByLabel(`Thay thế tệp: ${PHOTO}`, { exact: true }).setInputFiles({ name: 'IMG_0043.HEIC', mimeType: 'image/heic', buffer: HEIC });
    await expect(card(facility, PHOTO).getByRole('link', { name: 'IMG_0043.HEIC' })).toBeVisible({ timeout: 60_000 });
    await expect(card(facility, PHOTO)).toContainText('Phiên bản trước, tệp đã rút (1)');
    await expect(progress(facility)).toHaveAttribute('aria-valuenow', '100');
    await facility.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await expect(dossierBanner(facility)).toContainText('Đã nộp hồ sơ.', { timeout: 60_000 });
    await expectNextAction(facility, 'Chờ Trung tâm xem xét hồ sơ nghiệm thu');
  });

  await test.step('The Trung tâm accepts the new photo: the dossier is accepted, and the facility is told.', async () => {
    await ttkc.reload();
    await ttkc.getByRole('button', { name: `Chấp nhận: ${PHOTO}`, exact: true }).click();
    await expect(dossierBanner(ttkc)).toContainText('Hồ sơ đã được chấp nhận', { timeout: 60_000 });
    await facility.goto(projectUrl);
    await facility.getByRole('link', { name: 'Mở hồ sơ nghiệm thu', exact: true }).click();
    await expect(dossierBanner(facility)).toContainText('Hồ sơ nghiệm thu đã được chấp nhận');
    await expect(progress(facility)).toHaveAttribute('aria-valuenow', '100');
  });

  await test.step('The Trung tâm records the acceptance: the đề án moves on, and the facility’s home says so.', async () => {
    await ttkc.goto(projectUrl);
    const result = ttkc.getByRole('form', { name: 'Kết quả nghiệm thu' });
    await result.getByLabel('Ngày nghiệm thu').fill(vnDate(0));
    await result.getByLabel('Số lượng sản phẩm đạt').fill('1');
    await result.getByLabel('Thành phần hội đồng nghiệm thu').fill('Sở Công Thương, Trung tâm Khuyến công, UBND xã Nam Sách');
    await result.getByLabel('Đạt', { exact: true }).check();
    await result.getByRole('button', { name: 'Lưu kết quả nghiệm thu' }).click();
    await expect(ttkc.getByText('Đã nghiệm thu', { exact: true }).first()).toBeVisible({ timeout: 60_000 });
    const banner = await expectNextAction(facility, 'Đề nghị đã thành đề án');
    await expect(banner).toContainText(`${projectCode}: đã nghiệm thu, chờ thanh toán`);
  });
});
