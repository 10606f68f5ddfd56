import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { e2eYear, queryOne, signInAndWaitHome } from './helpers';

// Every page and file route, against the demo seed: it renders for a role that may open it (status
// 200 and its heading) and answers 403 to a signed-in role that may not (by permission or scope) — 404 when the record
// belongs to another province (ld.* accounts), the same answer as a record that does not exist.
// One signed-in context per account, shared by the tests of this worker.

const contexts = new Map<string, BrowserContext>();

async function pageOf(browser: Browser, username: string): Promise<Page> {
  let context = contexts.get(username);
  if (!context) {
    context = await browser.newContext();
    await signInAndWaitHome(await context.newPage(), username);
    contexts.set(username, context);
  }
  return context.pages()[0]!;
}

test.afterAll(async () => {
  for (const context of contexts.values()) await context.close();
});

const HP = `(SELECT id FROM "Province" WHERE code = 'HP')`;
const ids = {
  draftProject: () => queryOne<{ id: number; code: string }>(`SELECT id, code FROM "Project" WHERE status = 'DRAFT' AND "provinceId" = ${HP} ORDER BY id LIMIT 1`),
  runningProject: () =>
    queryOne<{ id: number; code: string }>(`SELECT id, code FROM "Project" WHERE status IN ('CONTRACTED', 'IN_PROGRESS') AND "provinceId" = ${HP} ORDER BY id LIMIT 1`),
  norm: () => queryOne<{ id: number; code: string }>(`SELECT n.id, c.code FROM "SpendingNorm" n JOIN "ContentCategory" c ON c.id = n."contentCategoryId" WHERE n."provinceId" = ${HP} ORDER BY n.id LIMIT 1`),
  document: () => queryOne<{ id: number; fileName: string }>(`SELECT id, "fileName" FROM "Document" WHERE "fileName" = 'kiem-tra-quyen.pdf' ORDER BY id DESC LIMIT 1`),
  programme: () => queryOne<{ id: number }>(`SELECT id FROM "Programme" WHERE code = 'KCDP-HP-2026-2030'`),
  // The demo seed has no plan round: one far enough ahead not to meet plan.spec.ts's, at Sở Tài chính.
  round: () =>
    queryOne<{ year: number }>(
      `INSERT INTO "ConsolidatedPlan" ("provinceId", year, title, "registrationDeadline", status, "openedById")
       VALUES (${HP}, $1, 'Đợt thử quyền truy cập', now(), 'BUDGET_APPRAISAL', (SELECT id FROM "User" WHERE username = 'sct.lanhdao'))
       ON CONFLICT ("provinceId", year) DO UPDATE SET status = EXCLUDED.status RETURNING year`,
      [e2eYear() + 5],
    ),
  facility: () => queryOne<{ id: number; name: string }>(`SELECT id, name FROM "Facility" WHERE "provinceId" = ${HP} ORDER BY id LIMIT 1`),
};

interface Case {
  name: string;
  path: () => Promise<string>;
  allowed: string;
  heading: () => Promise<RegExp>;
  refused: string;
}

const fixed = (path: string) => async () => path;
const literal = (text: string) => async () => new RegExp(text);

const PAGES: Case[] = [
  { name: 'Định mức chi', path: fixed('/dinh-muc'), allowed: 'stc.canbo', heading: literal('Định mức chi khuyến công'), refused: 'khobac.canbo' },
  { name: 'Thêm mức chi', path: fixed('/dinh-muc/moi'), allowed: 'sct.lanhdao', heading: literal('Thêm mức chi'), refused: 'ttkc.canbo' },
  {
    name: 'Sửa mức chi',
    path: async () => `/dinh-muc/${(await ids.norm()).id}`,
    allowed: 'admin',
    heading: async () => new RegExp(`Sửa mức chi ${(await ids.norm()).code}`),
    refused: 'stc.canbo',
  },
  { name: 'Người dùng', path: fixed('/quan-tri/nguoi-dung'), allowed: 'admin', heading: literal('^Người dùng$'), refused: 'sct.lanhdao' },
  { name: 'Kiểm soát chi', path: fixed('/kho-bac'), allowed: 'khobac.canbo', heading: literal('Kiểm soát chi'), refused: 'ttkc.canbo' },
  { name: 'Sổ quyết định', path: fixed('/quyet-dinh'), allowed: 'khobac.canbo', heading: literal('Sổ quyết định'), refused: 'coso.demo' },
  { name: 'Cơ sở', path: fixed('/co-so'), allowed: 'xa.namsach', heading: literal('Cơ sở công nghiệp nông thôn'), refused: 'khobac.canbo' },
  {
    name: 'Một cơ sở',
    path: async () => `/co-so/${(await ids.facility()).id}`,
    allowed: 'ttkc.canbo',
    heading: async () => new RegExp((await ids.facility()).name),
    refused: 'ld.sct',
  },
  { name: 'Chương trình', path: fixed('/chuong-trinh'), allowed: 'stc.canbo', heading: literal('Chương trình'), refused: 'khobac.canbo' },
  { name: 'Tạo chương trình', path: fixed('/chuong-trinh/moi'), allowed: 'ttkc.canbo', heading: literal('Tạo chương trình khuyến công'), refused: 'stc.canbo' },
  { name: 'Nhập Excel chương trình', path: async () => `/chuong-trinh/${(await ids.programme()).id}/nhap-excel`, allowed: 'ttkc.canbo', heading: literal('.'), refused: 'xa.namsach' },
  { name: 'Kế hoạch', path: fixed('/ke-hoach'), allowed: 'xa.namsach', heading: literal('Kế hoạch khuyến công năm'), refused: 'khobac.canbo' },
  { name: 'Tổng hợp kế hoạch', path: async () => `/ke-hoach/${(await ids.round()).year}/tong-hop`, allowed: 'sct.lanhdao', heading: literal('.'), refused: 'xa.namsach' },
  { name: 'Kinh phí kế hoạch', path: async () => `/ke-hoach/${(await ids.round()).year}/kinh-phi`, allowed: 'stc.canbo', heading: literal('.'), refused: 'coso.demo' },
  { name: 'Tạo đề án', path: fixed('/de-an/moi'), allowed: 'ttkc.canbo', heading: literal('Tạo đề án khuyến công'), refused: 'sct.lanhdao' },
  {
    name: 'Sửa hồ sơ đề án',
    path: async () => `/de-an/${(await ids.draftProject()).id}/sua`,
    allowed: 'ttkc.canbo',
    heading: async () => new RegExp(`Sửa hồ sơ ${(await ids.draftProject()).code}`),
    refused: 'sct.lanhdao',
  },
  {
    name: 'Dự toán đề án',
    path: async () => `/de-an/${(await ids.draftProject()).id}/du-toan`,
    allowed: 'ttkc.canbo',
    heading: async () => new RegExp(`Dự toán ${(await ids.draftProject()).code}`),
    refused: 'xa.namsach',
  },
  {
    name: 'Điều chỉnh đề án',
    path: async () => `/de-an/${(await ids.runningProject()).id}/dieu-chinh`,
    allowed: 'sct.lanhdao',
    heading: async () => new RegExp((await ids.runningProject()).code),
    refused: 'ld.ttkc',
  },
  {
    name: 'Tạm ứng, thanh toán',
    path: async () => `/de-an/${(await ids.runningProject()).id}/thanh-toan`,
    allowed: 'ttkc.canbo',
    heading: async () => new RegExp(`Tạm ứng, thanh toán — ${(await ids.runningProject()).code}`),
    refused: 'ld.sct',
  },
];

for (const c of PAGES) {
  test(`${c.name}: renders for ${c.allowed}, 403 for ${c.refused}`, async ({ browser }) => {
    const path = await c.path();
    const allowed = await pageOf(browser, c.allowed);
    const ok = await allowed.goto(path);
    expect(ok?.status(), `${c.allowed} → ${path}`).toBe(200);
    await expect(allowed.getByRole('heading', { level: 1, name: await c.heading() }).first()).toBeVisible();
    const refused = await pageOf(browser, c.refused);
    const no = await refused.goto(path);
    // Another province's record answers as if it did not exist (issue 14: same answer for exists / not).
    const otherProvince = c.refused.startsWith('ld.');
    expect(no?.status(), `${c.refused} → ${path}`).toBe(otherProvince ? 404 : 403);
    await expect(refused.getByRole('heading', { name: otherProvince ? 'Không tìm thấy trang' : 'Bạn không có quyền truy cập' })).toBeVisible();
  });
}

test('Thông báo: renders for any signed-in account, sends an anonymous visitor to sign in', async ({ browser, page }) => {
  const reader = await pageOf(browser, 'coso.demo');
  expect((await reader.goto('/thong-bao'))?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
  await page.goto('/thong-bao');
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fthong-bao/);
});

test('Tải tài liệu (/api/tai-lieu/[id]): the file for its province, 404 for another province, 401 signed out', async ({ browser, request }) => {
  // The demo seed stores no files: the Trung tâm uploads one to a draft đề án first.
  const ttkc = await pageOf(browser, 'ttkc.canbo');
  const project = await ids.draftProject();
  await ttkc.goto(`/de-an/${project.id}`);
  await ttkc.getByLabel('Loại tài liệu').selectOption({ label: 'Tài liệu khác' });
  await ttkc.getByLabel('Tệp').setInputFiles({ name: 'kiem-tra-quyen.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% access\n') });
  await ttkc.getByRole('button', { name: 'Tải lên', exact: true }).click();
  await expect(ttkc.getByRole('link', { name: 'Tài liệu khác', exact: true }).first()).toBeVisible();
  const document = await ids.document();
  const ok = await ttkc.request.get(`/api/tai-lieu/${document.id}`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()['content-disposition']).toContain('kiem-tra-quyen.pdf');
  expect((await ok.body()).toString('latin1')).toContain('%PDF-1.4');
  const ld = await pageOf(browser, 'ld.sct');
  expect((await ld.request.get(`/api/tai-lieu/${document.id}`)).status()).toBe(404);
  expect((await request.get(`/api/tai-lieu/${document.id}`)).status()).toBe(401);
  // The same link opened in a browser without a session goes to the sign-in page and back to the file.
  const anonymous = await browser.newPage();
  await anonymous.goto(`/api/tai-lieu/${document.id}`);
  await expect(anonymous).toHaveURL(new RegExp(`/dang-nhap\\?callbackUrl=%2Fapi%2Ftai-lieu%2F${document.id}$`));
  await anonymous.close();
});

test('Xuất Excel chương trình: the file for staff, 403 for Kho bạc', async ({ browser }) => {
  const { id } = await ids.programme();
  const stc = await pageOf(browser, 'stc.canbo');
  const ok = await stc.request.get(`/chuong-trinh/${id}/xuat-excel`);
  expect(ok.status()).toBe(200);
  expect((await ok.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  const kb = await pageOf(browser, 'khobac.canbo');
  expect((await kb.request.get(`/chuong-trinh/${id}/xuat-excel`)).status()).toBe(403);
});

test('Xuất Excel kế hoạch: the file for Sở Tài chính, 403 for a xã officer', async ({ browser }) => {
  const { year } = await ids.round();
  const stc = await pageOf(browser, 'stc.canbo');
  const ok = await stc.request.get(`/ke-hoach/${year}/xuat/kcdp`);
  expect(ok.status()).toBe(200);
  const xa = await pageOf(browser, 'xa.namsach');
  expect((await xa.request.get(`/ke-hoach/${year}/xuat/kcdp`)).status()).toBe(403);
});
