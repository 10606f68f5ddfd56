import { type Browser, expect as baseExpect, type Page, test } from '@playwright/test';
import { queryOne, signIn } from './helpers';

// Each step waits on state with a generous timeout: the machine that runs this is shared and busy.
const expect = baseExpect.configure({ timeout: 30_000 });

// Money to the end against the demo seed: a contracted đề án is advanced and the Kho bạc pays it with
// a payment order; after acceptance the payment clears the advance; the contract is liquidated, the
// settlement drawn up and approved, the đề án closed, and the printed settlement sheet balances.
// The acceptance itself (council, documents) is covered by project.spec.ts; here it is recorded in
// the database so that this journey stays about money.
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const ADVANCE = 50_000_000n;
const dots = (v: bigint) => v.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeVisible();
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

test('contracted → advance paid → acceptance → payment clears it → liquidation → settlement → closed; the sheet prints', async ({ browser }) => {
  test.setTimeout(300_000);
  const project = await queryOne<{ id: number; code: string; approved: string }>(
    `SELECT p.id, p.code, p."approvedSupportVnd"::text AS approved FROM "Project" p
      WHERE p.status = 'CONTRACTED' AND p."provinceId" = (SELECT "provinceId" FROM "User" WHERE username = 'ttkc.canbo')
        AND NOT EXISTS (SELECT 1 FROM "PaymentRequest" r WHERE r."projectId" = p.id AND r.status NOT IN ('REFUSED', 'CANCELLED'))
      ORDER BY p.id LIMIT 1`,
  );
  const approved = BigInt(project.approved);
  const payee = `Cơ sở quyết toán ${RUN}`;

  const ttkc = await as(browser, 'ttkc.canbo');
  const kb = await as(browser, 'khobac.canbo');
  await request(ttkc, project.id, 'Tạm ứng', ADVANCE, payee);
  await pay(kb, project.code, payee, `UNC-${RUN}-1`);

  // Acceptance passed for the whole estimate (see the note above).
  await queryOne(
    `WITH a AS (INSERT INTO "Acceptance" ("projectId", "scheduledOn", "heldOn", status, "acceptedValueVnd")
       SELECT id, CURRENT_DATE, CURRENT_DATE, 'PASSED', "totalCostVnd" FROM "Project" WHERE id = $1 RETURNING id)
     UPDATE "Project" SET status = 'ACCEPTED' WHERE id = $1 RETURNING id`,
    [project.id],
  );

  await ttkc.goto(`/de-an/${project.id}/thanh-toan`);
  await expect(ttkc.getByText(/làm tròn xuống/).first()).toBeVisible();
  await request(ttkc, project.id, 'Thanh toán', approved - ADVANCE, `${payee} (thanh toán)`);
  await pay(kb, project.code, `${payee} (thanh toán)`, `UNC-${RUN}-2`);

  await ttkc.goto(`/de-an/${project.id}`);
  const money = ttkc.getByText('Tạm ứng chưa thu hồi', { exact: true }).locator('..');
  await expect(money).toContainText('0 ₫');
  await ttkc.getByRole('link', { name: 'Thanh lý, quyết toán' }).click();
  const liquidation = ttkc.getByRole('form', { name: 'Thanh lý hợp đồng' });
  await liquidation.getByLabel('Số biên bản thanh lý').fill(`${RUN}/BBTL`);
  await liquidation.getByLabel('Ngày ký biên bản').fill('2026-11-30');
  await liquidation.getByLabel('Đại diện bên A (đơn vị thực hiện)').fill('Phạm Văn Đức');
  await liquidation.getByLabel('Đại diện bên B (cơ sở thụ hưởng)').fill('Phạm Thị Nhàn');
  await liquidation.getByRole('button', { name: 'Thanh lý hợp đồng' }).click();
  await expect(ttkc.getByText('Đã thanh lý').first()).toBeVisible();
  await ttkc.getByRole('form', { name: 'Lập và trình quyết toán' }).getByRole('button', { name: 'Lập và trình quyết toán' }).click();
  await expect(ttkc.getByText('Chờ phê duyệt')).toBeVisible();

  const sct = await as(browser, 'sct.lanhdao');
  await sct.goto(`/de-an/${project.id}/quyet-toan`);
  const approval = sct.getByRole('form', { name: 'Phê duyệt quyết toán' });
  await approval.getByLabel('Số quyết định').fill(`${RUN}/QĐ-SCT`);
  await approval.getByLabel('Ngày ban hành').fill('2026-11-30');
  await approval.getByLabel('Cơ quan ban hành').fill('Sở Công Thương Hải Phòng');
  await approval.getByLabel('Người ký').fill('Trần Thị Thu Hà');
  await approval.getByLabel('Trích yếu').fill('Phê duyệt quyết toán đề án');
  await approval.getByRole('button', { name: 'Phê duyệt quyết toán' }).click();
  await expect(sct.getByText('Đã quyết toán').first()).toBeVisible();
  await sct.getByRole('button', { name: 'Đóng hồ sơ' }).click();
  await expect(sct.getByText('Đã đóng').first()).toBeVisible();
  await expect(sct.getByTestId('balance')).toContainText('đã cân đối đến từng đồng');

  await sct.getByRole('link', { name: 'In bảng quyết toán' }).click();
  await expect(sct.getByRole('heading', { level: 1, name: 'Bảng quyết toán kinh phí đề án khuyến công' })).toBeVisible();
  await expect(sct.getByText('Hải Phòng, ngày 30 tháng 11 năm 2026')).toBeVisible();
  await expect(sct.getByText(`${dots(approved)} ₫`).first()).toBeVisible();
  await expect(sct.getByText(/Bằng chữ: .+ đồng/).first()).toBeVisible();
  await expect(sct.getByTestId('sheet-balance')).toContainText('khớp đến từng đồng');
  await sct.emulateMedia({ media: 'print' });
  await expect(sct.getByRole('button', { name: 'In (A4)' })).toBeHidden();
  await expect(sct.getByRole('navigation', { name: 'Menu chính' }).first()).toBeHidden();
  await expect(sct.getByRole('heading', { level: 1, name: 'Bảng quyết toán kinh phí đề án khuyến công' })).toBeVisible();
});
