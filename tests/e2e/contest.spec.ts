import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { e2eYear, queryOne, signIn, vnDate } from './helpers';

// Bình chọn sản phẩm CNNT tiêu biểu cấp thành phố, against the demo seed: Sở Công Thương opens a
// round with its council (the Sở, the Trung tâm, the officer of xã Vĩnh Bảo), xã Nam Sách and xã
// Vĩnh Bảo forward a product each, the council scores (the Vĩnh Bảo member is not offered the Vĩnh
// Bảo product), the results are published with a certificate, the programme's contest target shows
// 1 achieved this year, and the public page — without signing in — shows the winners.
const YEAR = e2eYear();
const ROUND = `Bình chọn SPCNNTTB cấp thành phố năm ${YEAR} (kiểm thử)`;
const DONG_LAC = 'Củ đậu sấy Đồng Lạc';
const VINH_BAO = 'Bình phong gỗ chạm Vĩnh Bảo';

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeVisible({ timeout: 90_000 });
  return page;
}

async function forward(page: Page, url: string, facility: string, product: string) {
  await page.goto(url);
  await page.getByRole('combobox', { name: 'Cơ sở', exact: true }).selectOption({ label: facility });
  await page.getByLabel('Tên sản phẩm').fill(product);
  await page.getByLabel('Nhóm sản phẩm').fill('Sản phẩm thủ công, chế biến');
  await page.getByRole('button', { name: 'Gửi sản phẩm' }).click();
  await expect(page.getByText(`Đã gửi sản phẩm "${product}".`)).toBeVisible({ timeout: 30_000 });
}

async function score(page: Page, product: string, quality: number, market: number) {
  const section = page.getByRole('region', { name: `Chấm điểm ${product}` });
  await section.getByLabel(`Chất lượng — ${product} (tối đa 60)`).fill(String(quality));
  await section.getByLabel(`Thị trường — ${product} (tối đa 40)`).fill(String(market));
  await section.getByRole('button', { name: `Lưu điểm ${product}` }).click();
  await expect(section.getByText('Đã lưu điểm.')).toBeVisible({ timeout: 30_000 });
}

test('a city round: opened, entries forwarded by the xã, scored by the council, published, counted and public', async ({ browser }) => {
  test.setTimeout(240_000);
  const sct = await as(browser, 'sct.lanhdao');
  sct.on('dialog', (d) => void d.accept());
  await sct.goto('/binh-chon');
  await sct.getByRole('link', { name: 'Mở cuộc bình chọn' }).click();
  await sct.getByLabel('Tên cuộc bình chọn').fill(ROUND);
  await expect(sct.getByRole('textbox', { name: 'Năm', exact: true })).toHaveValue(String(YEAR));
  await sct.getByLabel('Số quyết định tổ chức').fill('215/QĐ-SCT');
  await sct.getByLabel('Ngày quyết định').fill(vnDate(-3));
  await sct.getByLabel('Số sản phẩm được công nhận').fill('1');
  await expect(sct.getByLabel('Tính vào chỉ tiêu chương trình').locator('option:checked')).toContainText('Tổ chức bình chọn sản phẩm');
  await sct.getByLabel('Tiêu chí 1', { exact: true }).fill('Chất lượng');
  await sct.getByLabel('Điểm tối đa tiêu chí 1').fill('60');
  await sct.getByRole('button', { name: 'Thêm tiêu chí' }).click();
  await sct.getByLabel('Tiêu chí 2', { exact: true }).fill('Thị trường');
  await sct.getByLabel('Điểm tối đa tiêu chí 2').fill('40');
  for (const member of [/^Trần Thị Thu Hà/, /^Phạm Văn Đức/, /^Đỗ Văn Long/]) await sct.getByLabel(member).check();
  await sct.getByRole('button', { name: 'Lập cuộc bình chọn' }).click();
  await expect(sct.getByRole('heading', { level: 1, name: ROUND })).toBeVisible({ timeout: 30_000 });
  const roundUrl = sct.url();
  await sct.getByRole('button', { name: 'Mở nhận sản phẩm' }).click();
  await expect(sct.getByText('Đang nhận sản phẩm', { exact: true })).toBeVisible({ timeout: 30_000 });

  const namSach = await as(browser, 'xa.namsach');
  await forward(namSach, roundUrl, 'Hợp tác xã Chế biến nông sản Đồng Lạc', DONG_LAC);
  const vinhBao = await as(browser, 'xa.vinhbao');
  await forward(vinhBao, roundUrl, 'Công ty TNHH Đồ gỗ mỹ nghệ Vĩnh Bảo', VINH_BAO);

  await sct.reload();
  await sct.getByRole('button', { name: 'Chuyển hội đồng chấm điểm' }).click();
  await expect(sct.getByText('Hội đồng đang chấm điểm', { exact: true })).toBeVisible({ timeout: 30_000 });
  await score(sct, DONG_LAC, 55, 35);
  await score(sct, VINH_BAO, 45, 30);

  // The Vĩnh Bảo member scores Nam Sách's product only: its own xã's is not offered (and refused on the server).
  await vinhBao.reload();
  await expect(vinhBao.getByText(`Bạn không chấm sản phẩm của xã mình: ${VINH_BAO}.`)).toBeVisible();
  await expect(vinhBao.getByRole('region', { name: `Chấm điểm ${VINH_BAO}` })).toHaveCount(0);
  await score(vinhBao, DONG_LAC, 50, 36);

  await sct.reload();
  await sct.getByRole('button', { name: 'Công bố kết quả' }).click();
  await expect(sct.getByText('Đã công bố kết quả', { exact: true })).toBeVisible({ timeout: 30_000 });
  const results = sct.getByRole('region', { name: 'Kết quả bình chọn' });
  const winner = results.getByRole('row').filter({ hasText: DONG_LAC });
  await expect(winner.getByRole('cell').first()).toHaveText('1');
  await expect(winner).toContainText('88,00'); // (90 + 86) / 2
  await expect(results.getByRole('row').filter({ hasText: VINH_BAO })).toContainText('75,00');
  await winner.getByRole('link', { name: /^Số / }).click();
  await expect(sct.getByRole('heading', { name: 'Giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu' })).toBeVisible({ timeout: 30_000 });
  await expect(sct.getByText(DONG_LAC)).toBeVisible();

  // The programme's contest target: 1 achieved this year.
  const { programmeId } = await queryOne<{ programmeId: number }>(
    `SELECT t."programmeId" FROM "ContestRound" r JOIN "ProgrammeTarget" t ON t.id = r."programmeTargetId" WHERE r.name = $1`,
    [ROUND],
  );
  await sct.goto(`/chuong-trinh/${programmeId}?nam=${YEAR}#tien-do`);
  const target = sct.getByRole('table', { name: `Tiến độ từng chỉ tiêu — năm ${YEAR}` }).getByRole('row').filter({ hasText: 'Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu' });
  await expect(target.getByRole('cell').nth(1)).toHaveText('Cuộc bình chọn');
  await expect(target.getByRole('cell').nth(4)).toHaveText('1'); // Đã đạt

  // The public page, signed out: reached from the sign-in page, showing the winner and not the other entry.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/dang-nhap');
  await visitor.getByRole('link', { name: 'Xem thông tin công khai' }).click();
  await expect(visitor).toHaveURL(/\/cong-khai/);
  await expect(visitor.getByRole('heading', { level: 1, name: `Khuyến công Hải Phòng năm ${YEAR}` })).toBeVisible({ timeout: 30_000 });
  const winners = visitor.getByRole('region', { name: `Sản phẩm công nghiệp nông thôn tiêu biểu năm ${YEAR}` });
  await expect(winners.getByRole('row').filter({ hasText: DONG_LAC })).toContainText('Hợp tác xã Chế biến nông sản Đồng Lạc');
  await expect(winners.getByText(VINH_BAO)).toHaveCount(0);
  // Progress on the public page too; no personal data (the representative's name, the tax code).
  await expect(visitor.getByText('Bùi Văn Toàn')).toHaveCount(0);
  await expect(visitor.getByText('0801376514')).toHaveCount(0);
});

test('the public page and the seeded round read well on a phone and pass axe @phone', async ({ browser }) => {
  test.setTimeout(180_000);
  const check = async (page: Page, what: string) => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(serious, what).toEqual([]);
    // Nothing is cut off: the page itself never scrolls sideways (wide tables scroll inside their frame).
    expect(await page.evaluate(() => document.documentElement.scrollWidth), what).toBeLessThanOrEqual(375);
  };
  const visitor = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
  await visitor.goto('/cong-khai?tinh=HP&nam=2026');
  await expect(visitor.getByRole('heading', { level: 1, name: 'Khuyến công Hải Phòng năm 2026' })).toBeVisible({ timeout: 60_000 });
  // The seeded city round of 2026: its winners are public.
  await expect(visitor.getByText('Tượng gỗ Di Lặc chạm tay')).toBeVisible();
  await check(visitor, '/cong-khai');

  const sct = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
  await signIn(sct, 'sct.lanhdao');
  await expect(sct.getByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeVisible({ timeout: 90_000 });
  await sct.goto('/binh-chon');
  await sct.getByRole('link', { name: /cấp thành phố năm 2026$/ }).click();
  await expect(sct.getByRole('heading', { level: 1, name: /cấp thành phố năm 2026$/ })).toBeVisible({ timeout: 30_000 });
  await expect(sct.getByRole('region', { name: 'Kết quả bình chọn' })).toContainText('Tượng gỗ Di Lặc chạm tay');
  await check(sct, '/binh-chon/[id]');
});
