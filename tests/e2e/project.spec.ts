import { type Browser, expect, type Page, test } from '@playwright/test';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../lib/domain/documents';
import { e2eYear, queryOne, signInAndWaitHome, vnDate, selectOptionContaining } from './helpers';

// A đề án from the Trung tâm's dossier to the Sở's approval, against the demo seed: the officer
// creates it, enters a cost line whose support is above the Hải Phòng norm for machinery (50 %,
// at most 300.000.000 ₫ per facility), reads the refusal quoting the norm and its legal basis, fixes
// the line, attaches the dossier and submits; the SCT leader appraises and approves it.
const RUN = Date.now().toString(36).slice(-5);
const NAME = `Hỗ trợ máy bào cuốn liên hợp cho Hộ kinh doanh Trần Văn Khải ${RUN}`;
const FACILITY = 'Hộ kinh doanh Trần Văn Khải';

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await signInAndWaitHome(page, username);
  return page;
}

async function fillCostLine(page: Page, support: string, counterpart: string) {
  const line = page.getByRole('listitem', { name: 'Dòng dự toán 1' });
  await line.getByLabel('Nội dung chi').fill('Máy bào cuốn liên hợp MB-400');
  await line.getByLabel('Đơn vị tính').fill('chiếc');
  await line.getByLabel('Số lượng').fill('1');
  await line.getByLabel('Đơn giá (đồng)').fill('700.000.000');
  await line.getByLabel('Ngân sách hỗ trợ (đồng)').fill(support);
  await line.getByLabel('Vốn đối ứng (đồng)').fill(counterpart);
  await page.getByRole('button', { name: 'Lưu dự toán' }).click();
  await expect(page.getByText('Đã lưu dự toán.')).toBeVisible();
}

test('TTKC drafts a đề án, is stopped by the norm, fixes it and submits; the SCT appraises and approves it', async ({ browser }) => {
  test.setTimeout(600_000);
  // Next year's đề án, running inside its year (the date rules of lib/domain/date-rules.ts).
  const year = e2eYear() + 1;
  let ttkc: Page, sct: Page;
  let projectUrl = '';
  await test.step('The Trung tâm creates the đề án as a draft', async () => {
    ttkc = await as(browser, 'ttkc.canbo');
    await ttkc.goto('/de-an');
    await ttkc.getByRole('link', { name: 'Tạo đề án' }).click();
    await ttkc.getByLabel('Tên đề án').fill(NAME);
    await ttkc.getByLabel('Năm thực hiện').fill(String(year));
    await ttkc.getByLabel('Nguồn kinh phí').selectOption('KCDP');
    await selectOptionContaining(ttkc, 'Nội dung hoạt động khuyến công', 'KC03.4 ·');
    await selectOptionContaining(ttkc, 'Xã/phường/đặc khu thực hiện', 'Nam Sách');
    await ttkc.getByLabel('Ngày bắt đầu').fill(`01/03/${year}`);
    await ttkc.getByLabel('Ngày kết thúc').fill(`30/09/${year}`);
    await ttkc.getByLabel('Sản phẩm, kết quả dự kiến').fill('01 máy bào cuốn vận hành, năng suất tăng 30 %');
    await ttkc.getByRole('button', { name: 'Tạo đề án' }).click();
    await expect(ttkc.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
    await expect(ttkc.getByText('Dự thảo').first()).toBeVisible();
    projectUrl = ttkc.url();
  });
  await test.step('It adds the beneficiary facility', async () => {
    await ttkc.getByRole('link', { name: 'Sửa hồ sơ' }).click();
    await ttkc.getByLabel('Tìm cơ sở (tên, MST)').fill('tran van khai');
    await selectOptionContaining(ttkc, 'Cơ sở', FACILITY, true);
    await ttkc.getByRole('button', { name: 'Thêm cơ sở' }).click();
    await ttkc.getByLabel('Thiết bị, nội dung được hỗ trợ').fill('Máy bào cuốn liên hợp');
    await ttkc.getByRole('button', { name: 'Lưu cơ sở thụ hưởng' }).click();
    await expect(ttkc.getByText('Đã lưu cơ sở thụ hưởng.')).toBeVisible();
  });
  await test.step('A cost line above the norm is flagged with the norm and its legal basis', async () => {
    await ttkc.goto(`${projectUrl}/du-toan`);
    await fillCostLine(ttkc, '400.000.000', '300.000.000');
    const violation = ttkc.getByRole('alert').filter({ hasText: 'Vượt mức chi' });
    await expect(violation).toContainText(`Hỗ trợ 400.000.000 ₫ cho cơ sở ${FACILITY} vượt mức chi tối đa 300.000.000 ₫`);
    await expect(violation).toContainText('50 % chi phí');
    await expect(violation).toContainText('Nghị quyết 13/2025/NQ-HĐND');
  });
  await test.step('Submission is refused while the line is above the norm', async () => {
    await ttkc.goto(projectUrl);
    await ttkc.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await expect(ttkc.getByRole('alert').filter({ hasText: 'Chưa thể gửi đăng ký' })).toContainText('vượt mức chi tối đa 300.000.000 ₫');
  });
  await test.step('The line is brought within the norm', async () => {
    await ttkc.goto(`${projectUrl}/du-toan`);
    await fillCostLine(ttkc, '300.000.000', '400.000.000');
    await expect(ttkc.getByText('Mức hỗ trợ nằm trong mức chi.')).toBeVisible();
  });
  await test.step('The dossier is attached and the đề án submitted', async () => {
    await ttkc.goto(projectUrl);
    const { dossierChecklist } = await queryOne<{ dossierChecklist: DocumentKind[] }>(`SELECT "dossierChecklist" FROM "ContentCategory" WHERE code = 'KC03.4'`);
    for (const kind of dossierChecklist) {
      await ttkc.getByLabel('Loại tài liệu').selectOption({ label: DOCUMENT_KIND_LABELS[kind] });
      await ttkc.getByLabel('Tệp').setInputFiles({ name: `${kind.toLowerCase()}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${kind}\n`) });
      await ttkc.getByRole('button', { name: 'Tải lên', exact: true }).click();
      await expect(ttkc.getByRole('link', { name: DOCUMENT_KIND_LABELS[kind], exact: true })).toBeVisible();
    }
    await expect(ttkc.getByText('Đủ hồ sơ')).toBeVisible();
    await ttkc.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await expect(ttkc.getByText('Đã đăng ký').first()).toBeVisible();
    await expect(ttkc.getByRole('button', { name: 'Gửi đăng ký' })).toHaveCount(0);
  });
  await test.step('The SCT leader appraises and approves it', async () => {
    sct = await as(browser, 'sct.lanhdao');
    await sct.goto(projectUrl);
    const appraisal = sct.getByRole('form', { name: 'Thẩm định đề án' });
    for (const criterion of ['Phù hợp với chương trình', 'Hiệu quả kinh tế', 'Năng lực của đơn vị', 'Lồng ghép với chương trình khác', 'Hồ sơ đầy đủ']) {
      await appraisal.getByLabel(new RegExp(`^${criterion}`)).check();
    }
    await appraisal.getByLabel('Ý kiến thẩm định').fill('Đề án phù hợp, cơ sở có năng lực đối ứng.');
    await appraisal.getByRole('radio', { name: 'Đạt', exact: true }).check();
    await appraisal.getByRole('button', { name: 'Lưu kết quả thẩm định' }).click();
    await expect(sct.getByText('Đã thẩm định').first()).toBeVisible();
    const approval = sct.getByRole('form', { name: 'Phê duyệt đề án' });
    await expect(approval.getByLabel('Kinh phí hỗ trợ phê duyệt (đồng)')).toHaveValue('300000000');
    await approval.getByLabel('Số/ký hiệu quyết định').fill(`${RUN}/QĐ-SCT`);
    await approval.getByLabel('Ngày ban hành').fill(vnDate(0));
    await approval.getByLabel('Cơ quan ban hành').fill('Sở Công Thương Hải Phòng');
    await approval.getByLabel(/^Người ký/).fill('Trần Thị Thu Hà');
    await approval.getByRole('button', { name: 'Phê duyệt đề án' }).click();
    await expect(sct.getByText('Đã phê duyệt').first()).toBeVisible();
    await expect(sct.getByText(`${RUN}/QĐ-SCT ngày ${vnDate(0)}`)).toBeVisible();
    await expect(sct.getByRole('heading', { name: 'Diễn biến' })).toBeVisible();
  });
  await test.step('The decision is found in the register', async () => {
    await sct.goto(`/quyet-dinh?q=${RUN}`);
    await expect(sct.getByRole('link', { name: /^Đề án KCĐP-/ })).toBeVisible();
  });
});

test('the đề án list finds a record typed without diacritics and exports it', async ({ page }) => {
  await signInAndWaitHome(page, 'ttkc.canbo');
  await page.goto('/de-an');
  await page.getByLabel('Tìm kiếm').fill('ung dung may moc');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/q=ung\+dung\+may\+moc/);
  const table = page.getByRole('table', { name: 'Danh sách đề án' });
  await expect(table.getByRole('link', { name: /ứng dụng máy móc thiết bị sơ chế, sấy và đóng gói hành tỏi/ })).toBeVisible();
  await expect(table.getByRole('link', { name: /Đào tạo nghề mây tre đan/ })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Xuất Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/^de-an-\d{4}-\d{2}-\d{2}\.xlsx$/);
});

test('the đề án page fits a 375 px phone, its tables scrolling sideways @phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signInAndWaitHome(page, 'ttkc.canbo');
  await page.goto('/de-an');
  // On a phone the list is a list of cards (the table is for wider screens).
  await page.getByRole('list', { name: 'Danh sách đề án' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Thông tin chung' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Diễn biến' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
