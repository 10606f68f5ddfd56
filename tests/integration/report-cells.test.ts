// The report cells the database keeps (migration 20261203090000_report_cells): per province, year and
// source, the sums of the counted đề án by xã and by content item. Whatever writes a đề án (create,
// status change, move to another year, xã or content, new money, beneficiaries, payments, delete),
// the cells must equal an independent grouping of the đề án rows — the summary report, plan vs done
// and the home dashboards read them instead of the rows when the report is not narrowed to a place
// or a content.
import { beforeEach, describe, expect, it } from 'vitest';
import { ProjectStatus } from '@/prisma/generated/client/enums';
import { DONE_PROJECT_STATES, REPORTED_PROJECT_STATES } from '@/lib/domain/reports';
import { db } from '@/lib/server/db';
import { findPlanVsDone } from '@/lib/server/reports/find-plan-vs-done';
import { findSummaryReport } from '@/lib/server/reports/find-summary-report';
import { controlPayment } from '@/lib/server/payments/control-payment';
import { createPaymentRequest, createPaymentWorld, type PaymentWorld } from '../factories/payment';
import { createWorldReportedProject, seedReportCategories } from '../factories/report';
import { createFacility, freshWorld } from '../factories/world';

let w: PaymentWorld;
let cat: Map<string, number>;

beforeEach(async () => {
  w = await freshWorld(createPaymentWorld);
  cat = await seedReportCategories();
});

type Sums = Record<'projects' | 'doneProjects' | 'facilities' | 'totalCostVnd' | 'stateSupportVnd' | 'counterpartVnd' | 'otherFundingVnd' | 'approvedVnd' | 'paidVnd', bigint>;

/** The oracle: every đề án row read back and grouped here, with the counted states spelled out. */
async function expectedCells(): Promise<Map<string, Sums>> {
  const reported = new Set(['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE', 'ACCEPTED', 'LIQUIDATED', 'SETTLED', 'CLOSED']);
  const done = new Set(['ACCEPTED', 'LIQUIDATED', 'SETTLED', 'CLOSED']);
  const cells = new Map<string, Sums>();
  const projects = await db.project.findMany({ include: { beneficiaries: true, paymentRequests: { where: { status: 'PAID' } } } });
  for (const p of projects.filter((x) => reported.has(x.status))) {
    for (const key of [`${p.provinceId}|${p.year}|${p.fundingLevel}|XA|${p.adminUnitId}|null`, `${p.provinceId}|${p.year}|${p.fundingLevel}|CONTENT|null|${p.contentCategoryId}`]) {
      const c = cells.get(key) ?? { projects: 0n, doneProjects: 0n, facilities: 0n, totalCostVnd: 0n, stateSupportVnd: 0n, counterpartVnd: 0n, otherFundingVnd: 0n, approvedVnd: 0n, paidVnd: 0n };
      c.projects += 1n;
      c.doneProjects += done.has(p.status) ? 1n : 0n;
      c.facilities += BigInt(p.beneficiaries.length);
      c.totalCostVnd += p.totalCostVnd;
      c.stateSupportVnd += p.approvedSupportVnd ?? p.stateSupportVnd;
      c.counterpartVnd += p.counterpartVnd;
      c.otherFundingVnd += p.otherFundingVnd;
      c.approvedVnd += p.approvedSupportVnd ?? 0n;
      c.paidVnd += p.paymentRequests.reduce((s, r) => s + r.amountVnd, 0n);
      cells.set(key, c);
    }
  }
  return cells;
}

/** The cells as the database keeps them; emptied cells (every đề án moved away) are left out. */
async function keptCells(): Promise<Map<string, Sums>> {
  const rows = await db.projectReportCell.findMany({ where: { projects: { gt: 0 } } });
  return new Map(
    rows.map(({ provinceId, year, fundingLevel, dimension, adminUnitId, contentCategoryId, projects, doneProjects, facilities, totalCostVnd, stateSupportVnd, counterpartVnd, otherFundingVnd, approvedVnd, paidVnd }) => [
      `${provinceId}|${year}|${fundingLevel}|${dimension}|${adminUnitId}|${contentCategoryId}`,
      { projects, doneProjects, facilities, totalCostVnd, stateSupportVnd, counterpartVnd, otherFundingVnd, approvedVnd, paidVnd },
    ]),
  );
}

async function expectCellsExact() {
  expect(await keptCells()).toEqual(await expectedCells());
}

const project = (over: Parameters<typeof createWorldReportedProject>[2] = {}) => createWorldReportedProject(w, cat, over);

describe('report cells kept by the database', () => {
  it('count exactly the statuses the reports count and call done (lib/domain/reports.ts)', async () => {
    for (const status of Object.values(ProjectStatus)) {
      const [row] = await db.$queryRaw<{ reported: boolean; done: boolean }[]>`
        SELECT kc_project_is_reported(${status}::"ProjectStatus") AS reported, kc_project_is_done(${status}::"ProjectStatus") AS done`;
      expect({ status, ...row }).toEqual({ status, reported: REPORTED_PROJECT_STATES.includes(status), done: DONE_PROJECT_STATES.includes(status) });
    }
  });

  it('follow đề án created, approved, moved, re-costed, finished and deleted', async () => {
    const f = await createFacility(w.hp.province.id, w.xaA.id);
    const a = await project({ facilityIds: [f.id], paidVnd: 100_000_000n });
    const b = await project({ status: 'DRAFT', adminUnitId: null, contentCategoryId: cat.get('KC06')!, otherFundingVnd: 5n });
    await project({ provinceId: w.ld.province.id, implementingOrgId: w.ld.orgs.ttkc.id, adminUnitId: w.xaLd.id, fundingLevel: 'KCQG', status: 'SETTLED' });
    await expectCellsExact();

    await db.project.update({ where: { id: b.id }, data: { status: 'APPROVED', approvedSupportVnd: 250_000_000n } });
    await expectCellsExact();
    await db.project.update({ where: { id: a.id }, data: { year: 2027, adminUnitId: w.xaB.id, contentCategoryId: cat.get('KC04.1')!, fundingLevel: 'KCQG' } });
    await expectCellsExact();
    await db.project.update({ where: { id: a.id }, data: { totalCostVnd: 1_200_000_000n, counterpartVnd: 900_000_000n, status: 'ACCEPTED' } });
    await db.projectBeneficiary.create({ data: { projectId: a.id, facilityId: w.facilityB.id } });
    await expectCellsExact();
    const d = await project({ status: 'APPROVED', year: 2028 });
    await expectCellsExact();
    await db.project.update({ where: { id: b.id }, data: { status: 'STOPPED' } });
    await db.project.delete({ where: { id: d.id } });
    await expectCellsExact();
    // Left in Hải Phòng's cells from 2027 (the world's own đề án are of 2026): only a (2027, KCQG) — a stopped đề án and a deleted one count nowhere.
    const left = await db.projectReportCell.findMany({ where: { provinceId: w.hp.province.id, year: { gte: 2027 }, projects: { gt: 0 } }, select: { year: true, fundingLevel: true, projects: true } });
    expect(left).toEqual([
      { year: 2027, fundingLevel: 'KCQG', projects: 1n },
      { year: 2027, fundingLevel: 'KCQG', projects: 1n },
    ]);
  });

  it('follow what the Kho bạc pays through the đề án row it updates', async () => {
    const sent = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 40_000_001n, 'SENT_TO_TREASURY');
    await controlPayment(w.actors.kbnn, { paymentRequestId: sent, decision: 'pay', paymentOrderNumber: 'UNC-7' });
    await expectCellsExact();
    const [cell] = await db.projectReportCell.findMany({ where: { dimension: 'XA', provinceId: w.hp.province.id, paidVnd: { gt: 0 } } });
    expect(cell?.paidVnd).toBeGreaterThanOrEqual(40_000_001n);
  });

  it('give the summary report and plan vs done the same figures as the đề án rows', async () => {
    const east = await db.adminUnit.create({ data: { provinceId: w.hp.province.id, type: 'XA', name: 'Thủy Nguyên', formerArea: 'Phía Đông' } });
    await project({ adminUnitId: east.id, status: 'SETTLED', paidVnd: 300_000_000n });
    await project({ contentCategoryId: cat.get('KC04.1')!, year: 2027, fundingLevel: 'KCQG', approvedSupportVnd: 280_000_000n });
    await project({ adminUnitId: null, contentCategoryId: cat.get('KC09')!, status: 'CLOSED', paidVnd: 150_000_000n });
    const actor = w.actors.sct;
    // Unnarrowed: read from the cells. Narrowed to each xã / content: read from the rows. Each
    // breakdown row of the first must equal the total of the second.
    const all = await findSummaryReport(actor, {});
    expect(all.byXa.length).toBeGreaterThan(1);
    for (const row of all.byXa) {
      if (row.key === null) continue; // "no xã" cannot be asked as a filter
      const narrowed = await findSummaryReport(actor, { xa: Number(row.key) });
      expect({ xa: row.label, projects: row.projects, state: row.stateSupportVnd, paid: row.paidVnd, facilities: row.facilities }).toEqual({
        xa: row.label,
        projects: narrowed.total!.projects,
        state: narrowed.total!.stateSupportVnd,
        paid: narrowed.total!.paidVnd,
        facilities: narrowed.total!.facilities,
      });
    }
    expect(all.byContent.length).toBeGreaterThan(2);
    for (const row of [...all.byContent, ...all.byContentGroup]) {
      const narrowed = await findSummaryReport(actor, { content: Number(row.key) });
      expect({ content: row.label, projects: row.projects, total: row.totalCostVnd, approved: row.approvedVnd }).toEqual({
        content: row.label,
        projects: narrowed.total!.projects,
        total: narrowed.total!.totalCostVnd,
        approved: narrowed.total!.approvedVnd,
      });
    }
    const sumOf = (rows: { projects: bigint }[]) => rows.reduce((s, r) => s + r.projects, 0n);
    expect(sumOf(all.byXa)).toBe(all.total!.projects);
    expect(sumOf(all.byContent)).toBe(all.total!.projects);
    // Plan vs done: done đề án per year, as counted on the rows.
    const done = await db.project.groupBy({ by: ['year'], where: { provinceId: w.hp.province.id, status: { in: [...DONE_PROJECT_STATES] } }, _count: { _all: true } });
    const planVsDone = await findPlanVsDone(actor, {});
    for (const d of done) expect(planVsDone.find((r) => r.year === d.year)?.doneProjects).toBe(BigInt(d._count._all));
  });
});
