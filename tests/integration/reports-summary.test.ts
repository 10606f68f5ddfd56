// Every figure of the summary report equals an independently written SQL sum over the records
// (live đề án, historical đề án, aggregate rows), for a year, a range, an area, a xã, a source, a
// content item, and the ministry's by-province table — with the stated rounding rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { leverage, reportPercent } from '@/lib/domain/reports';
import type { Actor } from '@/lib/domain/roles';
import type { ReportQuery } from '@/lib/schemas/report';
import { db } from '@/lib/server/db';
import { findRecoverableSummary } from '@/lib/server/reports/find-recoverable-summary';
import { findSummaryReport, type SummaryFigures } from '@/lib/server/reports/find-summary-report';
import { createReportedProject, seedReportCategories } from '../factories/report';
import { createActor, createFacility, createWorld, factoryAuthor, freshWorld } from '../factories/world';

let w: Awaited<ReturnType<typeof createWorld>>;
let cat: Map<string, number>;
let eastXa: number;

interface Expected {
  projects: bigint;
  totalCostVnd: bigint;
  stateSupportVnd: bigint;
  counterpartVnd: bigint;
  otherFundingVnd: bigint;
  approvedVnd: bigint;
  paidVnd: bigint;
}

/**
 * The oracle, written without the report's code: three plain queries, one per table, with the
 * conditions spelled out (statuses counted: approved onwards, not stopped or rejected).
 */
async function oracle(where: { provinceId?: number; from: number; to: number; source?: 'KCQG' | 'KCDP'; area?: string; xa?: number; contentCodes?: string[] }): Promise<Expected> {
  const p = await db.$queryRawUnsafe<Expected[]>(
    `SELECT count(*)::bigint AS projects, COALESCE(sum(p."totalCostVnd"),0)::bigint AS "totalCostVnd",
            COALESCE(sum(COALESCE(p."approvedSupportVnd", p."stateSupportVnd")),0)::bigint AS "stateSupportVnd",
            COALESCE(sum(p."counterpartVnd"),0)::bigint AS "counterpartVnd", COALESCE(sum(p."otherFundingVnd"),0)::bigint AS "otherFundingVnd",
            COALESCE(sum(COALESCE(p."approvedSupportVnd",0)),0)::bigint AS "approvedVnd",
            COALESCE((SELECT sum(r."amountVnd") FROM "PaymentRequest" r WHERE r."status" = 'PAID' AND r."projectId" IN (SELECT p2."id" FROM "Project" p2 LEFT JOIN "AdminUnit" a2 ON a2."id" = p2."adminUnitId" JOIN "ContentCategory" c2 ON c2."id" = p2."contentCategoryId"
               WHERE p2."status" IN ('APPROVED','CONTRACTED','IN_PROGRESS','UNDER_ACCEPTANCE','ACCEPTED','LIQUIDATED','SETTLED','CLOSED') AND p2."year" BETWEEN $1 AND $2
                 AND ($3::int IS NULL OR p2."provinceId" = $3) AND ($4::text IS NULL OR p2."fundingLevel"::text = $4) AND ($5::text IS NULL OR a2."formerArea" = $5)
                 AND ($6::int IS NULL OR p2."adminUnitId" = $6) AND ($7::text[] IS NULL OR c2."code" = ANY($7)))),0)::bigint AS "paidVnd"
     FROM "Project" p LEFT JOIN "AdminUnit" a ON a."id" = p."adminUnitId" JOIN "ContentCategory" c ON c."id" = p."contentCategoryId"
     WHERE p."status" IN ('APPROVED','CONTRACTED','IN_PROGRESS','UNDER_ACCEPTANCE','ACCEPTED','LIQUIDATED','SETTLED','CLOSED') AND p."year" BETWEEN $1 AND $2
       AND ($3::int IS NULL OR p."provinceId" = $3) AND ($4::text IS NULL OR p."fundingLevel"::text = $4) AND ($5::text IS NULL OR a."formerArea" = $5)
       AND ($6::int IS NULL OR p."adminUnitId" = $6) AND ($7::text[] IS NULL OR c."code" = ANY($7))`,
    where.from, where.to, where.provinceId ?? null, where.source ?? null, where.area ?? null, where.xa ?? null, where.contentCodes ?? null,
  );
  const h = await db.$queryRawUnsafe<Expected[]>(
    `SELECT count(*)::bigint AS projects, COALESCE(sum("totalCostVnd"),0)::bigint AS "totalCostVnd", COALESCE(sum("stateSupportVnd"),0)::bigint AS "stateSupportVnd",
            COALESCE(sum("counterpartVnd"),0)::bigint AS "counterpartVnd", COALESCE(sum("otherFundingVnd"),0)::bigint AS "otherFundingVnd",
            COALESCE(sum("stateSupportVnd"),0)::bigint AS "approvedVnd", COALESCE(sum("stateSupportVnd") FILTER (WHERE "state" = 'SETTLED'),0)::bigint AS "paidVnd"
     FROM "HistoricalProject" h JOIN "ContentCategory" c ON c."id" = h."contentCategoryId"
     WHERE h."state" <> 'STOPPED' AND h."year" BETWEEN $1 AND $2 AND ($3::int IS NULL OR h."provinceId" = $3) AND ($4::text IS NULL OR h."fundingLevel"::text = $4)
       AND ($5::text IS NULL OR h."area" = $5) AND ($6::int IS NULL OR h."adminUnitId" = $6) AND ($7::text[] IS NULL OR c."code" = ANY($7))`,
    where.from, where.to, where.provinceId ?? null, where.source ?? null, where.area ?? null, where.xa ?? null, where.contentCodes ?? null,
  );
  const a = await db.$queryRawUnsafe<Expected[]>(
    `SELECT COALESCE(sum("projectCount"),0)::bigint AS projects, COALESCE(sum("totalCostVnd"),0)::bigint AS "totalCostVnd", COALESCE(sum("stateSupportVnd"),0)::bigint AS "stateSupportVnd",
            COALESCE(sum("counterpartVnd"),0)::bigint AS "counterpartVnd", COALESCE(sum("otherFundingVnd"),0)::bigint AS "otherFundingVnd",
            COALESCE(sum("stateSupportVnd"),0)::bigint AS "approvedVnd", COALESCE(sum("stateSupportVnd"),0)::bigint AS "paidVnd"
     FROM "HistoricalAggregate" g LEFT JOIN "ContentCategory" c ON c."id" = g."contentCategoryId"
     WHERE g."yearFrom" >= $1 AND g."yearTo" <= $2 AND ($3::int IS NULL OR g."provinceId" = $3) AND ($4::text IS NULL OR g."fundingLevel"::text = $4)
       AND ($5::text IS NULL OR g."area" = $5) AND ($6::int IS NULL OR g."adminUnitId" = $6) AND ($7::text[] IS NULL OR c."code" = ANY($7))`,
    where.from, where.to, where.provinceId ?? null, where.source ?? null, where.area ?? null, where.xa ?? null, where.contentCodes ?? null,
  );
  const keys = ['projects', 'totalCostVnd', 'stateSupportVnd', 'counterpartVnd', 'otherFundingVnd', 'approvedVnd', 'paidVnd'] as const;
  return Object.fromEntries(keys.map((k) => [k, p[0]![k] + h[0]![k] + a[0]![k]])) as unknown as Expected;
}

function figures(row: SummaryFigures | null | undefined) {
  if (!row) return null;
  const { projects, totalCostVnd, stateSupportVnd, counterpartVnd, otherFundingVnd, approvedVnd, paidVnd } = row;
  return { projects, totalCostVnd, stateSupportVnd, counterpartVnd, otherFundingVnd, approvedVnd, paidVnd };
}

async function expectTotal(actor: Actor, query: ReportQuery, where: Parameters<typeof oracle>[0]) {
  const report = await findSummaryReport(actor, query);
  const expected = await oracle(where);
  expect(expected.projects).toBeGreaterThan(0n);
  expect(figures(report.total)).toEqual(expected);
  // The rounding rules stated on screen, applied to the oracle's exact sums.
  expect(report.total!.leverage).toBe(leverage(expected.counterpartVnd + expected.otherFundingVnd, expected.stateSupportVnd));
  expect(report.total!.paidPercent).toBe(reportPercent(expected.paidVnd, expected.approvedVnd));
  return report;
}

beforeAll(async () => {
  w = await freshWorld(createWorld);
  cat = await seedReportCategories();
  const east = await db.adminUnit.create({ data: { provinceId: w.hp.province.id, type: 'XA', name: 'Thủy Nguyên', formerArea: 'Phía Đông' } });
  eastXa = east.id;
  const hp = w.hp.province.id;
  const base = { provinceId: hp, implementingOrgId: w.hp.orgs.ttkc.id };
  const f1 = await createFacility(hp, w.xaA.id);
  const f2 = await createFacility(hp, eastXa);
  const rows: Parameters<typeof createReportedProject>[0][] = [
    { ...base, adminUnitId: w.xaA.id, contentCategoryId: cat.get('KC03.4')!, year: 2026, fundingLevel: 'KCDP', status: 'SETTLED', totalCostVnd: 1_000_000_001n, stateSupportVnd: 300_000_000n, counterpartVnd: 700_000_001n, paidVnd: 300_000_000n, facilityIds: [f1.id] },
    { ...base, adminUnitId: w.xaA.id, contentCategoryId: cat.get('KC04.1')!, year: 2026, fundingLevel: 'KCQG', status: 'IN_PROGRESS', totalCostVnd: 400_000_000n, stateSupportVnd: 390_000_000n, counterpartVnd: 0n, otherFundingVnd: 10_000_000n, approvedSupportVnd: 380_000_000n, paidVnd: 120_000_000n },
    { ...base, adminUnitId: eastXa, contentCategoryId: cat.get('KC03.4')!, year: 2027, fundingLevel: 'KCDP', status: 'ACCEPTED', totalCostVnd: 2_500_000_000n, stateSupportVnd: 250_000_000n, counterpartVnd: 2_250_000_000n, paidVnd: 75_000_000n, facilityIds: [f2.id] },
    { ...base, adminUnitId: eastXa, contentCategoryId: cat.get('KC06')!, year: 2027, fundingLevel: 'KCDP', status: 'APPROVED', totalCostVnd: 97_500_000n, stateSupportVnd: 97_500_000n, counterpartVnd: 0n, approvedSupportVnd: null },
    { ...base, adminUnitId: null, contentCategoryId: cat.get('KC09')!, year: 2026, fundingLevel: 'KCDP', status: 'CLOSED', totalCostVnd: 150_000_000n, stateSupportVnd: 150_000_000n, counterpartVnd: 0n, paidVnd: 150_000_000n },
    // Not counted: a draft and a stopped đề án.
    { ...base, adminUnitId: w.xaA.id, contentCategoryId: cat.get('KC03.4')!, year: 2026, fundingLevel: 'KCDP', status: 'DRAFT', totalCostVnd: 9_000_000_000n, stateSupportVnd: 900_000_000n, counterpartVnd: 8_100_000_000n },
    { ...base, adminUnitId: w.xaA.id, contentCategoryId: cat.get('KC03.4')!, year: 2026, fundingLevel: 'KCDP', status: 'STOPPED', totalCostVnd: 8_000_000_000n, stateSupportVnd: 800_000_000n, counterpartVnd: 7_200_000_000n },
    // Lâm Đồng, KCQG: only the ministry sees it next to Hải Phòng's.
    { provinceId: w.ld.province.id, implementingOrgId: w.ld.orgs.ttkc.id, adminUnitId: w.xaLd.id, contentCategoryId: cat.get('KC03.4')!, year: 2026, fundingLevel: 'KCQG', status: 'CONTRACTED', totalCostVnd: 600_000_000n, stateSupportVnd: 300_000_000n, counterpartVnd: 300_000_000n },
  ];
  for (const row of rows) await createReportedProject(row);
  const batch = await db.historicalImport.create({ data: { provinceId: hp, fileName: 'x.xlsx', sha256: 'a'.repeat(64), importedById: await factoryAuthor() } });
  await db.historicalProject.createMany({
    data: [
      { provinceId: hp, importId: batch.id, rowNo: 2, year: 2024, fundingLevel: 'KCDP', contentCategoryId: cat.get('KC03.4')!, adminUnitId: w.xaA.id, area: 'Phía Tây', facilityTaxCode: '0801234567', name: 'Máy sấy', totalCostVnd: 800_000_000n, stateSupportVnd: 200_000_000n, counterpartVnd: 600_000_000n, otherFundingVnd: 0n, state: 'SETTLED' },
      { provinceId: hp, importId: batch.id, rowNo: 3, year: 2025, fundingLevel: 'KCQG', contentCategoryId: cat.get('KC04.1')!, adminUnitId: eastXa, area: 'Phía Đông', name: 'Bình chọn', totalCostVnd: 100_000_000n, stateSupportVnd: 100_000_000n, counterpartVnd: 0n, otherFundingVnd: 0n, state: 'ACCEPTED' },
      { provinceId: hp, importId: batch.id, rowNo: 4, year: 2025, fundingLevel: 'KCDP', contentCategoryId: cat.get('KC03.4')!, adminUnitId: w.xaA.id, area: 'Phía Tây', name: 'Dừng', totalCostVnd: 5n, stateSupportVnd: 5n, counterpartVnd: 0n, otherFundingVnd: 0n, state: 'STOPPED' },
    ],
  });
  await db.historicalAggregate.createMany({
    data: [
      { provinceId: hp, importId: batch.id, rowNo: 2, yearFrom: 2025, yearTo: 2025, area: 'Phía Đông', fundingLevel: 'KCDP', contentCategoryId: cat.get('KC03.4')!, projectCount: 7, facilityCount: 8, totalCostVnd: 424_500_000n, stateSupportVnd: 200_000_000n, counterpartVnd: 224_500_000n },
      { provinceId: hp, importId: batch.id, rowNo: 3, yearFrom: 2021, yearTo: 2025, area: 'Phía Tây', fundingLevel: 'KCQG', contentCategoryId: cat.get('KC03.1')!, projectCount: 1, facilityCount: 1, totalCostVnd: 37_396_000_000n, stateSupportVnd: 1_000_000_000n, counterpartVnd: 36_396_000_000n },
    ],
  });
});

describe('summary figures equal an independent SQL sum', () => {
  const hp = () => w.hp.province.id;
  it('for a year', () => expectTotal(w.actors.sct, { yearFrom: 2026, yearTo: 2026 }, { provinceId: hp(), from: 2026, to: 2026 }));
  it('for a range of years mixing live and history', () => expectTotal(w.actors.sct, { yearFrom: 2021, yearTo: 2027 }, { provinceId: hp(), from: 2021, to: 2027 }));
  it('for an area', () => expectTotal(w.actors.sct, { yearFrom: 2021, yearTo: 2027, area: 'Phía Đông' }, { provinceId: hp(), from: 2021, to: 2027, area: 'Phía Đông' }));
  it('for a xã', () => expectTotal(w.actors.sct, { yearFrom: 2021, yearTo: 2027, xa: w.xaA.id }, { provinceId: hp(), from: 2021, to: 2027, xa: w.xaA.id }));
  it('for a source', () => expectTotal(w.actors.stc, { yearFrom: 2021, yearTo: 2027, source: 'KCQG' }, { provinceId: hp(), from: 2021, to: 2027, source: 'KCQG' }));
  it('for a content item and for its group', async () => {
    await expectTotal(w.actors.sct, { yearFrom: 2021, yearTo: 2027, content: cat.get('KC03.4') }, { provinceId: hp(), from: 2021, to: 2027, contentCodes: ['KC03.4'] });
    await expectTotal(w.actors.sct, { yearFrom: 2021, yearTo: 2027, content: cat.get('KC03') }, { provinceId: hp(), from: 2021, to: 2027, contentCodes: ['KC03', 'KC03.1', 'KC03.4'] });
  });

  it('breaks the total down so that every breakdown adds up to it', async () => {
    const report = await findSummaryReport(w.actors.sct, { yearFrom: 2021, yearTo: 2027 });
    for (const part of [report.bySource, report.byArea, report.byXa, report.byContentGroup, report.byContent, report.byYear]) {
      expect(part.reduce((s, r) => s + r.stateSupportVnd, 0n)).toBe(report.total!.stateSupportVnd);
      expect(part.reduce((s, r) => s + r.projects, 0n)).toBe(report.total!.projects);
    }
    for (const row of report.byArea) {
      if (row.key) expect(figures(row)).toEqual(await oracle({ provinceId: w.hp.province.id, from: 2021, to: 2027, area: row.key }));
    }
    expect(report.byProvince).toEqual([]);
  });

  it("gives the ministry KCQG of every province, by province", async () => {
    const report = await findSummaryReport(w.actors.ministry, { yearFrom: 2021, yearTo: 2027 });
    expect(report.byProvince.map((r) => r.label).sort()).toEqual([w.hp.province.name, w.ld.province.name].sort());
    for (const row of report.byProvince) {
      expect(figures(row)).toEqual(await oracle({ provinceId: Number(row.key), from: 2021, to: 2027, source: 'KCQG' }));
    }
    expect(figures(report.total)).toEqual(await oracle({ from: 2021, to: 2027, source: 'KCQG' }));
  });

  it("limits a xã officer to the xã's own records", async () => {
    const officer = await createActor('XA_OFFICER', { provinceId: w.hp.province.id, adminUnitId: eastXa });
    const report = await findSummaryReport(officer, { yearFrom: 2021, yearTo: 2027 });
    expect(figures(report.total)).toEqual(await oracle({ provinceId: w.hp.province.id, from: 2021, to: 2027, xa: eastXa }));
  });
});

describe('recoverable support', () => {
  it('counts facilities by repayment standing with principal and repaid, by the same period and scope', async () => {
    const project = await db.project.findFirstOrThrow({ where: { provinceId: w.hp.province.id, status: 'SETTLED' } });
    const facility = await db.facility.findFirstOrThrow({ where: { provinceId: w.hp.province.id } });
    const author = await factoryAuthor();
    const schedule = await db.repaymentSchedule.create({ data: { projectId: project.id, facilityId: facility.id, principalVnd: 300_000_000n, status: 'LATE' } });
    await db.repayment.createMany({ data: [100_000_000n, 50_000_001n].map((amountVnd) => ({ scheduleId: schedule.id, paidOn: new Date('2026-06-30'), amountVnd, recordedById: author })) });
    expect(await findRecoverableSummary(w.actors.sct, { yearFrom: 2026, yearTo: 2026 })).toEqual([{ status: 'LATE', facilities: 1n, principalVnd: 300_000_000n, repaidVnd: 150_000_001n }]);
    expect(await findRecoverableSummary(w.actors.sct, { yearFrom: 2027, yearTo: 2027 })).toEqual([]);
    expect(await findRecoverableSummary(w.actors.ldTtkc, { yearFrom: 2026, yearTo: 2026 })).toEqual([]);
  });
});
