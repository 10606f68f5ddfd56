import { type Browser, expect, type Page, test } from '@playwright/test';
import { queryOne, signInAndWaitHome } from './helpers';

// Tạm ứng against the demo seed: the Trung tâm asks for more than the đề án may be advanced and
// reads the refusal with the figures, requests a small advance and sends it to Kho bạc; the Kho bạc
// officer finds it in "Kiểm soát chi" and refuses it with a reason, which the Trung tâm then sees.
const REASON = `Thiếu bảng kê chứng từ ${Date.now().toString(36).slice(-5)}`;

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await signInAndWaitHome(page, username);
  return page;
}

test('advance request, sent to Kho bạc, refused with a reason', async ({ browser }) => {
  test.setTimeout(300_000);
  let ttkc: Page, kb: Page;
  // Its own demo đề án, in progress with no request yet: not the contracted one settlement.spec.ts
  // takes, nor KCĐP-2026-005 of beneficiary-dossier.spec.ts.
  const project = await queryOne<{ id: number; code: string; approved: string }>(
    `SELECT id, code, "approvedSupportVnd"::text AS approved FROM "Project" WHERE code = 'KCĐP-2026-010' AND status = 'IN_PROGRESS'`,
  );

  await test.step('The Trung tâm is refused an advance above the limit, then requests a small one and sends it to Kho bạc', async () => {
    ttkc = await as(browser, 'ttkc.canbo');
    await ttkc.goto(`/de-an/${project.id}`);
    await ttkc.getByRole('link', { name: 'Tạm ứng, thanh toán' }).click();
    await expect(ttkc.getByRole('heading', { level: 1, name: `Tạm ứng, thanh toán — ${project.code}` })).toBeVisible();
    const form = ttkc.getByRole('form', { name: 'Lập đề nghị tạm ứng, thanh toán' });
    await form.getByLabel('Loại đề nghị').selectOption({ label: 'Tạm ứng' });
    await form.getByLabel('Số tiền đề nghị (đồng)').fill(project.approved); // 100 % is above any advance share
    await form.getByLabel('Đơn vị thụ hưởng').fill('Cơ sở thử nghiệm thanh toán');
    await form.getByRole('button', { name: 'Lập đề nghị' }).click();
    await expect(form.getByText(/vượt mức được tạm ứng/)).toBeVisible();
    await form.getByLabel('Số tiền đề nghị (đồng)').fill('1.000.000');
    await form.getByRole('button', { name: 'Lập đề nghị' }).click();
    await expect(form.getByText(/Đã lập đề nghị tạm ứng #\d+/)).toBeVisible();
    const row = ttkc.getByRole('row').filter({ hasText: 'Cơ sở thử nghiệm thanh toán' }).first();
    await expect(row.getByText('Dự thảo')).toBeVisible();
    await row.getByRole('button', { name: 'Gửi Kho bạc' }).click();
    await expect(row.getByText('Đã gửi Kho bạc')).toBeVisible();
  });
  await test.step('Kho bạc finds it under Kiểm soát chi and refuses it with a reason', async () => {
    kb = await as(browser, 'khobac.canbo');
    await kb.getByRole('navigation', { name: 'Menu chính' }).first().getByRole('link', { name: 'Kiểm soát chi' }).click();
    await expect(kb.getByRole('heading', { level: 1, name: 'Kiểm soát chi' })).toBeVisible();
    const queued = kb.getByRole('row').filter({ hasText: 'Cơ sở thử nghiệm thanh toán' }).filter({ hasText: 'Đã gửi Kho bạc' }).first();
    await expect(queued.getByText(project.code)).toBeVisible();
    await queued.getByRole('button', { name: 'Từ chối' }).click();
    await queued.getByLabel('Lý do từ chối').fill(REASON);
    await queued.getByRole('button', { name: 'Từ chối' }).click();
    await expect(kb.getByRole('row').filter({ hasText: REASON }).getByText('Kho bạc từ chối')).toBeVisible();
  });
  await test.step('The Trung tâm sees the refusal and its reason', async () => {
    await ttkc.reload();
    await expect(ttkc.getByRole('row').filter({ hasText: REASON }).getByText('Kho bạc từ chối')).toBeVisible();
  });
});
