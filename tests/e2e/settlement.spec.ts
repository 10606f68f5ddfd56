import { type Browser, expect as baseExpect, type Page, test } from '@playwright/test';
import { documentKindLabel } from '../../lib/domain/documents';
import { e2eNow, queryOne, signInAndWaitHome, vnDate } from './helpers';

// Each step waits on state with a generous timeout: the machine that runs this is shared and busy.
const expect = baseExpect.configure({ timeout: 30_000 });

// Money to the end against the demo seed, every step through the screens (the database is only
// read, to find the đề án and its checklist): the contracted đề án is advanced and the Kho bạc pays
// the advance with a payment order; the Trung tâm starts the work, schedules the acceptance, files
// the acceptance dossier and records the council's result (passed, value accepted); the payment
// after acceptance clears the advance; the contract is liquidated, the settlement drawn up, approved
// by the Sở and the đề án closed; the printed settlement sheet balances.
//
// The đề án: Hải Phòng's contracted one with no request committed (KCĐP-2026-004 in the demo). The
// other journeys that pick demo đề án keep off it: payment.spec.ts takes KCĐP-2026-010 (in progress),
// beneficiary-dossier.spec.ts KCĐP-2026-005, amendment.spec.ts KCĐP-2026-002, outputs.spec.ts KCĐP-2026-003.
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const ADVANCE = 50_000_000n;
const dots = (v: bigint) => v.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** The e2e clock's today in Vietnam: as a native date input takes it, and as an official document prints it. */
function todayInVietnam() {
  const d = new Date(e2eNow().getTime() + 7 * 3_600_000);
  const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const pad = (n: number) => String(n).padStart(2, '0');
  // Nghị định 30/2020/NĐ-CP: two-digit day; months 1 and 2 with a leading zero, the others without.
  return { iso: `${year}-${pad(month)}-${pad(day)}`, official: `Hải Phòng, ngày ${pad(day)} tháng ${month < 3 ? pad(month) : month} năm ${year}` };
}

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await signInAndWaitHome(page, username);
  return page;
}

async function request(page: Page, projectId: number, kind: 'Tạm ứng' | 'Thanh toán', amount: bigint, payee: string) {
  await page.goto(`/de-an/${projectId}/thanh-toan`);
  const form = page.getByRole('form', { name: 'Lập đề nghị tạm ứng, thanh toán' });
  await form.getByLabel('Loại đề nghị').selectOption({ label: kind });
  await form.getByLabel('Số tiền đề nghị (đồng)').fill(dots(amount));
  await form.getByLabel('Đơn vị thụ hưởng').fill(payee);
  await form.getByRole('button', { name: 'Lập đề nghị' }).click();
  await expect(form.getByText(new RegExp(`Đã lập đề nghị ${kind.toLowerCase()} #\\d+`))).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: payee }).first();
  await row.getByRole('button', { name: 'Gửi Kho bạc' }).click();
  await expect(row.getByText('Đã gửi Kho bạc')).toBeVisible();
}

async function pay(kb: Page, code: string, payee: string, order: string) {
  await kb.goto(`/kho-bac?q=${encodeURIComponent(code)}&trang_thai=SENT_TO_TREASURY`);
  const row = kb.getByRole('row').filter({ hasText: payee }).first();
  await row.getByRole('button', { name: 'Thanh toán' }).click();
  await row.getByLabel('Số ủy nhiệm chi').fill(order);
  await row.getByRole('button', { name: /^Chấp nhận thanh toán/ }).click();
  // Paid, the request leaves the list of those waiting.
  await expect(kb.getByRole('row').filter({ hasText: payee })).toHaveCount(0);
  await kb.goto(`/kho-bac?q=${encodeURIComponent(code)}&trang_thai=PAID`);
  await expect(kb.getByRole('row').filter({ hasText: order }).getByText('Kho bạc đã thanh toán')).toBeVisible();
}

/** One checklist item's card on the acceptance dossier page. */
const dossierCard = (page: Page, label: string) =>
  page.getByRole('list', { name: 'Danh mục hồ sơ nghiệm thu' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: label, exact: true }) });

test('contracted → advance paid → acceptance → payment clears it → liquidation → settlement → closed; the sheet prints', async ({ browser }) => {
  test.setTimeout(600_000);
  const project = await queryOne<{ id: number; code: string; approved: string; total: string; checklist: string[] }>(
    `SELECT p.id, p.code, p."approvedSupportVnd"::text AS approved, p."totalCostVnd"::text AS total, c."acceptanceChecklist" AS checklist
       FROM "Project" p JOIN "ContentCategory" c ON c.id = p."contentCategoryId"
      WHERE p.status = 'CONTRACTED' AND p."provinceId" = (SELECT "provinceId" FROM "User" WHERE username = 'ttkc.canbo')
        AND NOT EXISTS (SELECT 1 FROM "PaymentRequest" r WHERE r."projectId" = p.id AND r.status NOT IN ('REFUSED', 'CANCELLED'))
      ORDER BY p.id LIMIT 1`,
  );
  const approved = BigInt(project.approved);
  const total = BigInt(project.total);
  const payee = `Cơ sở quyết toán ${RUN}`;
  const today = todayInVietnam();
  let ttkc: Page, kb: Page, sct: Page;

  await test.step('The Trung tâm requests an advance and sends it to Kho bạc; Kho bạc pays it', async () => {
    ttkc = await as(browser, 'ttkc.canbo');
    kb = await as(browser, 'khobac.canbo');
    await request(ttkc, project.id, 'Tạm ứng', ADVANCE, payee);
    await pay(kb, project.code, payee, `UNC-${RUN}-1`);
  });

  await test.step('Before acceptance the đề án cannot be paid: the payment is refused', async () => {
    await ttkc.goto(`/de-an/${project.id}/thanh-toan`);
    const form = ttkc.getByRole('form', { name: 'Lập đề nghị tạm ứng, thanh toán' });
    await form.getByLabel('Loại đề nghị').selectOption({ label: 'Thanh toán' });
    await form.getByLabel('Số tiền đề nghị (đồng)').fill('1.000.000');
    await form.getByLabel('Đơn vị thụ hưởng').fill(`${payee} (quá sớm)`);
    await form.getByRole('button', { name: 'Lập đề nghị' }).click();
    await expect(form.getByText(/sau khi nghiệm thu đạt/)).toBeVisible();
  });

  await test.step('The Trung tâm starts the work and schedules the acceptance', async () => {
    await ttkc.goto(`/de-an/${project.id}`);
    await ttkc.getByRole('button', { name: 'Bắt đầu thực hiện' }).click();
    await expect(ttkc.getByText('Đang thực hiện').first()).toBeVisible();
    const schedule = ttkc.getByRole('form', { name: 'Đề nghị nghiệm thu' });
    // The step opens by itself when it is the only one offered; otherwise open it.
    if (!(await schedule.isVisible())) await ttkc.getByText('Đề nghị nghiệm thu', { exact: true }).first().click();
    await schedule.getByLabel('Ngày nghiệm thu dự kiến').fill(vnDate(0));
    await schedule.getByLabel('Thành phần hội đồng nghiệm thu').fill('Sở Công Thương, Trung tâm Khuyến công, UBND xã');
    await schedule.getByRole('button', { name: 'Đề nghị nghiệm thu' }).click();
    await expect(ttkc.getByText('Đang nghiệm thu').first()).toBeVisible();
    await expect(ttkc.getByRole('link', { name: 'Mở hồ sơ nghiệm thu', exact: true })).toBeVisible();
  });

  await test.step('The Trung tâm files the acceptance dossier, every document of the checklist', async () => {
    await ttkc.getByRole('link', { name: 'Mở hồ sơ nghiệm thu', exact: true }).click();
    await expect(ttkc.getByRole('heading', { level: 1, name: 'Hồ sơ nghiệm thu' })).toBeVisible();
    for (const [i, kind] of project.checklist.entries()) {
      const label = documentKindLabel(kind);
      const name = `nghiem-thu-${i + 1}-${kind.toLowerCase()}.pdf`;
      await ttkc.getByLabel(`Tải lên tệp: ${label}`, { exact: true }).setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${kind}\n%%EOF\n`) });
      await expect(dossierCard(ttkc, label).getByRole('link', { name })).toBeVisible();
    }
    await expect(ttkc.getByRole('progressbar', { name: 'Tiến độ hồ sơ' })).toHaveAttribute('aria-valuenow', '100');
  });

  await test.step('The council meets: the Trung tâm records the acceptance as passed, for the whole estimate', async () => {
    await ttkc.goto(`/de-an/${project.id}`);
    const result = ttkc.getByRole('form', { name: 'Kết quả nghiệm thu' });
    await result.getByLabel('Ngày nghiệm thu').fill(vnDate(0));
    await result.getByLabel('Thành phần hội đồng nghiệm thu').fill('Sở Công Thương, Trung tâm Khuyến công, UBND xã');
    await result.getByLabel('Giá trị được nghiệm thu (đồng)').fill(dots(total));
    await result.getByLabel('Đạt', { exact: true }).check();
    await result.getByRole('button', { name: 'Lưu kết quả nghiệm thu' }).click();
    await expect(ttkc.getByText('Đã nghiệm thu', { exact: true }).first()).toBeVisible();
    await expect(ttkc.getByText(`${dots(total)} ₫`).first()).toBeVisible();
  });

  await test.step('The payment after acceptance clears the advance; Kho bạc pays it', async () => {
    await ttkc.goto(`/de-an/${project.id}/thanh-toan`);
    await expect(ttkc.getByText(/làm tròn xuống/).first()).toBeVisible();
    await request(ttkc, project.id, 'Thanh toán', approved - ADVANCE, `${payee} (thanh toán)`);
    await pay(kb, project.code, `${payee} (thanh toán)`, `UNC-${RUN}-2`);
    await ttkc.goto(`/de-an/${project.id}`);
    const money = ttkc.getByText('Tạm ứng chưa thu hồi', { exact: true }).locator('..');
    await expect(money).toContainText('0 ₫');
  });

  await test.step('The Trung tâm liquidates the contract, draws up the settlement and submits it', async () => {
    await ttkc.getByRole('link', { name: 'Thanh lý, quyết toán' }).click();
    const liquidation = ttkc.getByRole('form', { name: 'Thanh lý hợp đồng' });
    await liquidation.getByLabel('Số biên bản thanh lý').fill(`${RUN}/BBTL`);
    await liquidation.getByLabel('Ngày ký biên bản').fill(today.iso);
    await liquidation.getByLabel('Đại diện bên A (đơn vị thực hiện)').fill('Phạm Văn Đức');
    await liquidation.getByLabel('Đại diện bên B (cơ sở thụ hưởng)').fill('Phạm Thị Nhàn');
    await liquidation.getByRole('button', { name: 'Thanh lý hợp đồng' }).click();
    await expect(ttkc.getByText('Đã thanh lý').first()).toBeVisible();
    await ttkc.getByRole('form', { name: 'Lập và trình quyết toán' }).getByRole('button', { name: 'Lập và trình quyết toán' }).click();
    await expect(ttkc.getByText('Chờ phê duyệt')).toBeVisible();
  });

  await test.step('The Sở approves the settlement, balanced to the đồng, and closes the đề án', async () => {
    sct = await as(browser, 'sct.lanhdao');
    await sct.goto(`/de-an/${project.id}/quyet-toan`);
    const approval = sct.getByRole('form', { name: 'Phê duyệt quyết toán' });
    await approval.getByLabel('Số quyết định').fill(`${RUN}/QĐ-SCT`);
    await approval.getByLabel('Ngày ban hành').fill(today.iso);
    await approval.getByLabel('Cơ quan ban hành').fill('Sở Công Thương Hải Phòng');
    await approval.getByLabel('Người ký').fill('Trần Thị Thu Hà');
    await approval.getByLabel('Trích yếu').fill('Phê duyệt quyết toán đề án');
    await approval.getByRole('button', { name: 'Phê duyệt quyết toán' }).click();
    await expect(sct.getByText('Đã quyết toán').first()).toBeVisible();
    await sct.getByRole('button', { name: 'Đóng hồ sơ' }).click();
    await expect(sct.getByText('Đã đóng').first()).toBeVisible();
    await expect(sct.getByTestId('balance')).toContainText('đã cân đối đến từng đồng');
  });

  await test.step('The settlement sheet prints on A4: official date, amounts in figures and in words, balanced', async () => {
    await sct.getByRole('link', { name: 'In bảng quyết toán' }).click();
    await expect(sct.getByRole('heading', { level: 1, name: 'Bảng quyết toán kinh phí đề án khuyến công' })).toBeVisible();
    await expect(sct.getByText(today.official)).toBeVisible();
    await expect(sct.getByText(`${dots(approved)} ₫`).first()).toBeVisible();
    await expect(sct.getByText(/Bằng chữ: .+ đồng/).first()).toBeVisible();
    await expect(sct.getByTestId('sheet-balance')).toContainText('khớp đến từng đồng');
    await sct.emulateMedia({ media: 'print' });
    await expect(sct.getByRole('button', { name: 'In (A4)' })).toBeHidden();
    await expect(sct.getByRole('navigation', { name: 'Menu chính' }).first()).toBeHidden();
    await expect(sct.getByRole('heading', { level: 1, name: 'Bảng quyết toán kinh phí đề án khuyến công' })).toBeVisible();
  });
});
