// History import and the reports over it, on a real database: seed 000's annex typed into the
// aggregate template, seed 004's yearly plan and done figures, and a file with bad rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { importHistory } from '@/lib/server/history/import-history';
import { previewHistoryImport } from '@/lib/server/history/preview-history-import';
import { findPlanVsDone } from '@/lib/server/reports/find-plan-vs-done';
import { findSummaryReport } from '@/lib/server/reports/find-summary-report';
import { historyXlsx, SEED_000_ANNEX, SEED_004_DONE, SEED_004_PLAN, seed000AggregateRows, seed004Sheets } from '../fixtures/history/history-files';
import { errorOf } from '../factories/errors';
import { createWorld, freshWorld } from '../factories/world';
import { seedReportCategories } from '../factories/report';

let w: Awaited<ReturnType<typeof createWorld>>;
let seed000File: Buffer;
const xlsx = (bytes: Buffer, name = 'lich-su.xlsx') => new File([new Uint8Array(bytes)], name);

async function importFile(actor: typeof w.actors.ttkc, bytes: Buffer) {
  const preview = await previewHistoryImport(actor, { file: xlsx(bytes) });
  expect(preview.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return importHistory(actor, { file: xlsx(bytes), sha256: preview.sha256 });
}

const historyCounts = async () => ({
  imports: await db.historicalImport.count(),
  projects: await db.historicalProject.count(),
  aggregates: await db.historicalAggregate.count(),
  plans: await db.historicalPlanTotal.count(),
});

beforeAll(async () => {
  w = await freshWorld(createWorld);
  await seedReportCategories();
  await db.adminUnit.create({ data: { provinceId: w.hp.province.id, type: 'PHUONG', name: 'Hồng Bàng', formerArea: 'Phía Đông' } });
});

describe('seed 000: the 2021–2025 annex of Hải Phòng as aggregate rows', () => {
  it('imports, and the 2021–2025 summary equals the sums of the lines to the đồng, by area and by source', async () => {
    seed000File = await historyXlsx({ aggregate: seed000AggregateRows() });
    const done = await importFile(w.actors.ttkc, seed000File);
    expect(done.aggregates).toBe(SEED_000_ANNEX.length);

    const report = await findSummaryReport(w.actors.sct, { yearFrom: 2021, yearTo: 2025 });
    const sum = (lines: typeof SEED_000_ANNEX, i: 4 | 5 | 6 | 7 | 8) => BigInt(lines.reduce((s, l) => s + l[i], 0));
    expect(report.total?.projects).toBe(sum(SEED_000_ANNEX, 4));
    expect(report.total?.totalCostVnd).toBe(sum(SEED_000_ANNEX, 6));
    expect(report.total?.stateSupportVnd).toBe(sum(SEED_000_ANNEX, 7));
    expect(report.total?.counterpartVnd).toBe(sum(SEED_000_ANNEX, 8));
    for (const area of ['Phía Tây', 'Phía Đông']) {
      const lines = SEED_000_ANNEX.filter((l) => l[0] === area);
      const row = report.byArea.find((r) => r.key === area)!;
      expect({ projects: row.projects, facilities: row.facilities, total: row.totalCostVnd, state: row.stateSupportVnd, counterpart: row.counterpartVnd }).toEqual({
        projects: sum(lines, 4), facilities: sum(lines, 5), total: sum(lines, 6), state: sum(lines, 7), counterpart: sum(lines, 8),
      });
    }
    // By source: KCQG is 11.200.000.000 đ as the seed's headline says; KCĐP is the sum of its lines.
    expect(report.bySource.find((r) => r.key === 'KCQG')?.stateSupportVnd).toBe(11_200_000_000n);
    expect(report.bySource.find((r) => r.key === 'KCDP')?.stateSupportVnd).toBe(sum(SEED_000_ANNEX.filter((l) => l[1] === 'KCĐP'), 7));
    expect(report.total?.kcqgVnd).toBe(11_200_000_000n);
    // The seed's typed headline (144 đề án) is not the sum of its lines (115): the portal shows the lines' sum.
    expect(report.total?.projects).toBe(115n);
    // One year inside the period cannot take a share of a five-year line: it is left out and said so.
    const year = await findSummaryReport(w.actors.sct, { yearFrom: 2023, yearTo: 2023 });
    expect(year.total?.projects ?? 0n).toBe(0n);
    expect(year.straddlingAggregates).toBe(SEED_000_ANNEX.length);
  });
});

describe('seed 004: yearly plan and done of Lâm Đồng', () => {
  it('gives the plan-vs-done table with exactly computed, once-rounded percentages', async () => {
    const ldSct = await db.user.create({ data: { username: 'ld-sct', passwordHash: 'x', fullName: 'SCT Lâm Đồng', role: 'SCT_LEADER', provinceId: w.ld.province.id } });
    const actor = { id: ldSct.id, role: 'SCT_LEADER' as const, fullName: ldSct.fullName, provinceId: w.ld.province.id, organizationId: null, adminUnitId: null, facilityId: null };
    await importFile(w.actors.ldTtkc, await historyXlsx(seed004Sheets()));
    const table = await findPlanVsDone(actor, { yearFrom: 2021, yearTo: 2025 });
    expect(table.map((r) => r.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    const expected = {
      2021: [97.4, 93.7],
      2022: [100, 100], // 8,987 / 8,990 = 99,97 % → 100,0 % (the seed truncates to 99,9)
      2023: [100, 84.1], // 8,342 / 9,920 = 84,09 % (the seed types 82,8)
      2024: [68.2, 36.6],
      2025: [100, 100],
    } as Record<number, [number, number]>;
    for (const row of table) {
      const [, plannedProjects, plannedVnd] = SEED_004_PLAN.find((p) => p[0] === row.year)!;
      const done = SEED_004_DONE.filter((d) => d[0] === row.year);
      expect(row.plannedFromHistory).toBe(true);
      expect(row.plannedProjects).toBe(BigInt(plannedProjects));
      expect(row.plannedVnd).toBe(BigInt(plannedVnd));
      expect(row.doneProjects).toBe(BigInt(done.reduce((s, d) => s + d[2], 0)));
      expect(row.doneVnd).toBe(BigInt(done.reduce((s, d) => s + d[3], 0)));
      expect([row.projectsPercent, row.moneyPercent]).toEqual(expected[row.year]);
    }
  });
});

describe('a file with bad rows', () => {
  it('reports each bad row with its column and writes nothing', async () => {
    const before = await historyCounts();
    const bytes = await historyXlsx({
      project: [
        [2022, 'KCĐP', 'KC03.4', 'Nam Sách', null, '0801234567', 'Cơ sở gốm', 'Máy đùn gốm', 500_000_000, 150_000_000, 350_000_000, null, 'Đã quyết toán', '12/QĐ-SCT'],
        [2022, 'KCXX', 'KC03.4', 'Nam Sách', null, null, null, 'Nguồn sai', 100, 50, 50, null, 'Đã nghiệm thu', null],
        [1999, 'KCQG', 'KC99', 'Không có xã', null, '12ab', null, '', 'một trăm', 10, 0, null, 'Đang làm', null],
      ],
      aggregate: [[2025, 2021, 'Phía Bắc', null, 'KCQG', 'KC03.4', null, null, null, 100, 100, 0, null]],
      plan: [[2021, null, 10, 1_000_000], [2021, null, 11, 2_000_000]],
    });
    const preview = await previewHistoryImport(w.actors.ttkc, { file: xlsx(bytes) });
    const errorsAt = (sheet: string, row: number) => preview.issues.filter((i) => i.sheet === sheet && i.row === row && i.severity === 'error').map((i) => i.column);
    expect(errorsAt('project', 2)).toEqual([]);
    expect(errorsAt('project', 3)).toEqual(['Nguồn']);
    expect(errorsAt('project', 4)).toEqual(expect.arrayContaining(['Năm', 'Mã nội dung', 'Xã/phường/đặc khu', 'Tên đề án', 'MST cơ sở', 'Tình trạng', 'Tổng kinh phí (đồng)']));
    expect(errorsAt('aggregate', 2)).toEqual(expect.arrayContaining(['Đến năm', 'Khu vực', 'Số đề án']));
    expect(errorsAt('plan', 3)).toEqual(['Năm']);
    const err = await errorOf(importHistory(w.actors.ttkc, { file: xlsx(bytes), sha256: preview.sha256 }));
    expect(err.message).toMatch(/lỗi, chưa nhập được/);
    expect(await historyCounts()).toEqual(before);
  });

  it('refuses the same file twice, and a reader without the import permission', async () => {
    const bytes = seed000File;
    const preview = await previewHistoryImport(w.actors.ttkc, { file: xlsx(bytes) });
    expect(preview.errors).toBe(1);
    expect(preview.issues[0]!.message).toMatch(/đã được nhập/);
    expect((await errorOf(previewHistoryImport(w.actors.xaA, { file: xlsx(bytes) }))).code).toBe('FORBIDDEN');
  });
});
