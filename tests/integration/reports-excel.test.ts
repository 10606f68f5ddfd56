// Each official Excel table is read back: its totals equal the report on screen and the database.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { exportReport } from '@/lib/server/reports/export-report';
import { findPlanVsDone } from '@/lib/server/reports/find-plan-vs-done';
import { findSummaryReport } from '@/lib/server/reports/find-summary-report';
import { createReportedProject, seedReportCategories } from '../factories/report';
import { createWorld, factoryAuthor, freshWorld } from '../factories/world';

let w: Awaited<ReturnType<typeof createWorld>>;
const PERIOD = { yearFrom: 2021, yearTo: 2027 };

async function readBack(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: (string | number | null)[][] = [];
  ws.eachRow((row) => {
    const values = row.values as (string | number | null | undefined)[];
    rows.push(Array.from({ length: ws.columnCount }, (_, i) => values[i + 1] ?? null));
  });
  return { ws, rows, total: rows.find((r) => r[1] === 'Tổng cộng') };
}

/** The database's own sums, written without the report's code. */
async function dbTotals(where = `p."provinceId" = ${0}`) {
  const [live] = await db.$queryRawUnsafe<{ n: bigint; total: bigint; state: bigint; cp: bigint }[]>(
    `SELECT count(*)::bigint n, sum("totalCostVnd")::bigint total, sum(COALESCE("approvedSupportVnd","stateSupportVnd"))::bigint state, sum("counterpartVnd")::bigint cp
     FROM "Project" p WHERE ${where} AND "status" NOT IN ('DRAFT','SUBMITTED','APPRAISED','REJECTED','STOPPED')`,
  );
  const [agg] = await db.$queryRawUnsafe<{ n: bigint; total: bigint; state: bigint; cp: bigint }[]>(
    `SELECT COALESCE(sum("projectCount"),0)::bigint n, COALESCE(sum("totalCostVnd"),0)::bigint total, COALESCE(sum("stateSupportVnd"),0)::bigint state, COALESCE(sum("counterpartVnd"),0)::bigint cp
     FROM "HistoricalAggregate" p WHERE ${where}`,
  );
  return { projects: Number(live!.n + agg!.n), total: Number(live!.total + agg!.total), state: Number(live!.state + agg!.state), counterpart: Number(live!.cp + agg!.cp) };
}

beforeAll(async () => {
  w = await freshWorld(createWorld);
  const cat = await seedReportCategories();
  const east = await db.adminUnit.create({ data: { provinceId: w.hp.province.id, type: 'XA', name: 'Thủy Nguyên', formerArea: 'Phía Đông' } });
  const base = { provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id };
  await createReportedProject({ ...base, adminUnitId: w.xaA.id, contentCategoryId: cat.get('KC03.4')!, year: 2026, fundingLevel: 'KCDP', status: 'SETTLED', totalCostVnd: 1_000_000_001n, stateSupportVnd: 300_000_000n, counterpartVnd: 700_000_001n, paidVnd: 300_000_000n });
  await createReportedProject({ ...base, adminUnitId: east.id, contentCategoryId: cat.get('KC04.1')!, year: 2026, fundingLevel: 'KCQG', status: 'ACCEPTED', totalCostVnd: 400_000_000n, stateSupportVnd: 390_000_000n, counterpartVnd: 10_000_000n, paidVnd: 100_000_000n });
  await createReportedProject({ ...base, adminUnitId: east.id, contentCategoryId: cat.get('KC06')!, year: 2027, fundingLevel: 'KCDP', status: 'APPROVED', totalCostVnd: 97_500_000n, stateSupportVnd: 97_500_000n, counterpartVnd: 0n });
  await createReportedProject({ provinceId: w.ld.province.id, implementingOrgId: w.ld.orgs.ttkc.id, adminUnitId: w.xaLd.id, contentCategoryId: cat.get('KC03.4')!, year: 2026, fundingLevel: 'KCQG', status: 'CONTRACTED', totalCostVnd: 600_000_000n, stateSupportVnd: 300_000_000n, counterpartVnd: 300_000_000n });
  const batch = await db.historicalImport.create({ data: { provinceId: w.hp.province.id, fileName: 'x.xlsx', sha256: 'b'.repeat(64), importedById: await factoryAuthor() } });
  await db.historicalAggregate.create({ data: { provinceId: w.hp.province.id, importId: batch.id, rowNo: 2, yearFrom: 2021, yearTo: 2025, area: 'Phía Tây', fundingLevel: 'KCQG', contentCategoryId: cat.get('KC03.1')!, projectCount: 1, facilityCount: 1, totalCostVnd: 37_396_000_000n, stateSupportVnd: 1_000_000_000n, counterpartVnd: 36_396_000_000n } });
});

describe('official Excel tables read back', () => {
  it('the line list by area: area subtotals and the total equal the screen and the database', async () => {
    const { total, rows, ws } = await readBack((await exportReport(w.actors.sct, PERIOD, 'danh-sach')).bytes);
    const screen = await findSummaryReport(w.actors.sct, PERIOD);
    const db = await dbTotals(`p."provinceId" = ${w.hp.province.id}`);
    expect(total!.slice(4, 9)).toEqual([Number(screen.total!.projects), Number(screen.total!.facilities), Number(screen.total!.totalCostVnd), Number(screen.total!.stateSupportVnd), Number(screen.total!.counterpartVnd)]);
    expect([total![4], total![6], total![7], total![8]]).toEqual([db.projects, db.total, db.state, db.counterpart]);
    for (const area of screen.byArea) {
      const row = rows.find((r) => r[1] === area.label)!;
      expect(row[7]).toBe(Number(area.stateSupportVnd));
    }
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });

  it('the by-content table: the total and each group equal the screen', async () => {
    const { total, rows } = await readBack((await exportReport(w.actors.sct, PERIOD, 'noi-dung')).bytes);
    const screen = await findSummaryReport(w.actors.sct, PERIOD);
    expect(total!.slice(2, 8)).toEqual([screen.total!.projects, screen.total!.facilities, screen.total!.totalCostVnd, screen.total!.stateSupportVnd, screen.total!.counterpartVnd, screen.total!.otherFundingVnd].map(Number));
    for (const g of screen.byContentGroup) expect(rows.find((r) => r[1] === g.label)![5]).toBe(Number(g.stateSupportVnd));
  });

  it('the plan-vs-done table: every year equals the screen', async () => {
    const { rows } = await readBack((await exportReport(w.actors.sct, PERIOD, 'ke-hoach')).bytes);
    const screen = await findPlanVsDone(w.actors.sct, PERIOD);
    expect(screen.length).toBeGreaterThan(0);
    for (const year of screen) {
      const row = rows.find((r) => r[0] === year.year)!;
      expect(row.slice(1)).toEqual([Number(year.plannedProjects), Number(year.doneProjects), year.projectsPercent, Number(year.plannedVnd), Number(year.doneVnd), year.moneyPercent]);
    }
  });

  it('the national synthesis by province: each province and the total equal the screen and the database', async () => {
    const { total, rows } = await readBack((await exportReport(w.actors.ministry, PERIOD, 'tinh')).bytes);
    const screen = await findSummaryReport(w.actors.ministry, PERIOD);
    expect(total![5]).toBe(Number(screen.total!.stateSupportVnd));
    const national = await dbTotals(`p."fundingLevel" = 'KCQG'`);
    expect([total![2], total![4], total![5]]).toEqual([national.projects, national.total, national.state]);
    for (const p of screen.byProvince) {
      const row = rows.find((r) => r[1] === p.label)!;
      const mine = await dbTotals(`p."fundingLevel" = 'KCQG' AND p."provinceId" = ${p.key}`);
      expect([row[2], row[4], row[5]]).toEqual([mine.projects, mine.total, mine.state]);
    }
    expect(await exportReport(w.actors.sct, PERIOD, 'tinh').catch((e: Error) => e.message)).toMatch(/Bộ Công Thương/);
  });
});
