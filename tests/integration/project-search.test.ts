// The đề án list: diacritic-insensitive search on PostgreSQL (unaccent), filters within the scope,
// sorting, paging, and the Excel export of the same list.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectListQuerySchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { exportProjects } from '@/lib/server/projects/export-projects';
import { findProjects } from '@/lib/server/projects/find-projects';
import { FACILITY_FILTER_MAX_OPTIONS, findProjectFilterOptions } from '@/lib/server/projects/find-project-form-options';
import { createDossierProject, createProjectWorld, type ProjectWorld } from '../factories/project';
import { createProject, freshWorld } from '../factories/world';

let w: ProjectWorld;
let machinery: { id: number; code: string };
let fair: { id: number; code: string };

beforeAll(async () => {
  w = await freshWorld(createProjectWorld);
  machinery = await createDossierProject(w, { name: 'Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất gốm', year: 2025 });
  fair = await createDossierProject(w, { name: 'Tổ chức hội chợ hàng công nghiệp nông thôn Đồ Sơn', facilityIds: [w.facilityB.id], adminUnitId: w.xaB.id, fundingLevel: 'KCQG' });
  await db.adminUnit.update({ where: { id: w.xaB.id }, data: { formerArea: 'Phía Đông' } });
});

const ids = (result: { rows: { id: number }[] }) => result.rows.map((r) => r.id).sort();
const query = (params: Record<string, string>) => projectListQuerySchema.parse(params);

describe('searching đề án', () => {
  it('finds records with diacritics from a query without them', async () => {
    expect(ids(await findProjects(w.actors.ttkc, query({ q: 'ung dung may moc' })))).toEqual([machinery.id]);
    expect(ids(await findProjects(w.actors.ttkc, query({ q: 'HOI CHO do son' })))).toEqual([fair.id]);
    expect(ids(await findProjects(w.actors.ttkc, query({ q: 'gom ung dung' })))).toEqual([machinery.id]);
  });

  it('searches beneficiary names and tax codes, and treats % and _ literally', async () => {
    expect(ids(await findProjects(w.actors.ttkc, query({ q: 'co khi b' })))).toEqual([w.projectB.id, fair.id].sort());
    expect(ids(await findProjects(w.actors.ttkc, query({ q: w.facilityB.taxCode })))).toEqual([w.projectB.id, fair.id].sort());
    expect((await findProjects(w.actors.ttkc, query({ q: '%' }))).total).toBe(0);
  });

  it('follows renames and beneficiary changes, kept current by the database (no stale search text)', async () => {
    await db.facility.update({ where: { id: w.facilityB.id }, data: { name: 'Hợp tác xã Gốm Chu Đậu' } });
    expect(ids(await findProjects(w.actors.ttkc, query({ q: 'gom chu dau' })))).toEqual([w.projectB.id, fair.id].sort());
    expect((await findProjects(w.actors.ttkc, query({ q: 'co khi b' }))).total).toBe(0);
    await db.projectBeneficiary.deleteMany({ where: { projectId: fair.id } });
    expect(ids(await findProjects(w.actors.ttkc, query({ q: 'chu dau' })))).toEqual([w.projectB.id]);
    await db.project.update({ where: { id: fair.id }, data: { name: 'Hội chợ Đường Lâm' } });
    expect(ids(await findProjects(w.actors.ttkc, query({ q: 'duong lam' })))).toEqual([fair.id]);
  });

  it('answers from the trigram index, not by reading every đề án', async () => {
    // A handful of rows make a sequential scan cheaper; forbid it in this transaction to see the index is usable.
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      return tx.$queryRaw<{ 'QUERY PLAN': string }[]>`
        EXPLAIN SELECT id FROM "Project" WHERE "searchText" LIKE '%' || kc_search_normalize(${'máy móc'}) || '%'`;
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('Project_searchText_idx');
  });

  it('stays within the scope: another province never appears', async () => {
    expect((await findProjects(w.actors.ldTtkc, query({ q: 'ung dung may moc' }))).total).toBe(0);
    expect(ids(await findProjects(w.actors.xaA, query({ q: 'hoi cho' })))).toEqual([]);
  });

  it('filters by year, source, status, content, xã, area and facility', async () => {
    expect(ids(await findProjects(w.actors.ttkc, query({ year: '2025' })))).toEqual([machinery.id]);
    expect(ids(await findProjects(w.actors.ttkc, query({ source: 'KCQG' })))).toEqual([w.projectB.id, fair.id].sort());
    expect(ids(await findProjects(w.actors.ttkc, query({ status: 'IN_PROGRESS' })))).toEqual([w.projectA.id]);
    expect(ids(await findProjects(w.actors.ttkc, query({ area: 'Phía Đông' })))).toEqual([w.projectB.id, fair.id].sort());
    expect(ids(await findProjects(w.actors.ttkc, query({ xa: String(w.xaA.id), facility: String(w.facilityA.id), content: String(w.categoryId) })))).toEqual(
      [w.projectA.id, machinery.id].sort(),
    );
    expect((await findProjects(w.actors.ttkc, query({ status: 'NOT_A_STATUS', year: 'abc' }))).total).toBe(4);
  });

  it('sorts and pages', async () => {
    const bySupport = await findProjects(w.actors.ttkc, query({ sort: 'support', dir: 'desc' }));
    // approved support first (300 M, 200 M), then đề án not yet approved by requested support
    expect(bySupport.rows.map((r) => r.id).slice(0, 2)).toEqual([w.projectA.id, w.projectB.id]);
    const byCode = await findProjects(w.actors.ttkc, query({ sort: 'code', dir: 'asc' }));
    const codes = byCode.rows.map((r) => r.code);
    expect(codes).toEqual([...codes].sort());
    expect((await findProjects(w.actors.ttkc, query({ page: '2' }))).rows).toEqual([]);
  });
});

describe('exporting đề án', () => {
  it('writes the filtered list with the per-đề án columns', async () => {
    await db.paymentRequest.create({ data: { provinceId: w.hp.province.id, projectId: w.projectA.id, kind: 'ADVANCE', amountVnd: 120_000_000n, payeeName: 'A', status: 'PAID', createdById: w.actors.ttkc.id } });
    const buffer = await exportProjects(w.actors.ttkc, query({ xa: String(w.xaA.id), sort: 'code' }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Đề án')!;
    // Two title rows, a blank row, then the header; an STT column first (lib/server/excel/table-writer.ts).
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Mã đề án',
      'Tên đề án',
      'Năm',
      'Nội dung',
      'Đơn vị thực hiện',
      'Cơ sở thụ hưởng',
      'Xã/phường/đặc khu',
      'Hỗ trợ được duyệt (đồng)',
      'Vốn đối ứng (đồng)',
      'Đã tạm ứng (đồng)',
      'Đã thanh toán (đồng)',
      'Còn phải trả (đồng)',
      'Phải nộp trả (đồng)',
      '% khối lượng hoàn thành',
      'Trạng thái',
      'Ghi chú',
    ]);
    expect(sheet.rowCount).toBe(7);
    const rowA = [5, 6].map((i) => sheet.getRow(i)).find((r) => r.getCell(2).value === w.projectA.code)!;
    expect(rowA.getCell(7).value).toBe('Cơ sở gốm A');
    expect(rowA.getCell(9).value).toBe(300_000_000);
    expect(rowA.getCell(9).numFmt).toBe('#,##0');
    expect(rowA.getCell(11).value).toBe(120_000_000);
    expect(rowA.getCell(13).value).toBe(180_000_000); // still owed: 300 M approved − 120 M advanced
    expect(rowA.getCell(16).value).toBe('Đang thực hiện');
    expect(sheet.getRow(7).getCell(2).value).toBe('Tổng cộng (2 đề án)');
  });
});

describe('the filter choices', () => {
  it('offer every year from the newest đề án in scope back to the oldest, once each, newest first', async () => {
    await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, year: 2019 });
    await createProject({ provinceId: w.ld.province.id, implementingOrgId: w.ld.orgs.ttkc.id, adminUnitId: w.xaLd.id, year: 2012 }); // out of scope
    const options = await findProjectFilterOptions(w.actors.ttkc);
    const years = (await db.project.findMany({ where: { provinceId: w.hp.province.id }, select: { year: true } })).map((p) => p.year);
    const [newest, oldest] = [Math.max(...years), Math.min(...years)];
    expect(oldest).toBe(2019);
    expect(options.years).toEqual(Array.from({ length: newest - oldest + 1 }, (_, i) => newest - i));
  });

  it('list the facilities while few; beyond the limit only the one a drill-down chose', async () => {
    expect((await findProjectFilterOptions(w.actors.ttkc)).facilities.map((f) => f.value)).toContain(w.facilityB.id);
    const inScope = await db.facility.count({ where: { provinceId: w.hp.province.id } });
    await db.facility.createMany({
      data: Array.from({ length: FACILITY_FILTER_MAX_OPTIONS + 1 - inScope }, (_, i) => ({
        provinceId: w.hp.province.id,
        adminUnitId: w.xaB.id,
        name: `Cơ sở thêm ${i}`,
        legalForm: 'HO_KINH_DOANH' as const,
        taxCode: String(8_000_000_000 + i),
        sector: 'Dệt may',
      })),
    });
    expect((await findProjectFilterOptions(w.actors.ttkc)).facilities).toEqual([]);
    const chosen = await findProjectFilterOptions(w.actors.ttkc, w.facilityB.id);
    expect(chosen.facilities.map((f) => f.value)).toEqual([w.facilityB.id]);
    expect(chosen.facilities[0]!.label).toContain(w.facilityB.taxCode);
  });
});
