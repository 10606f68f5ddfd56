// Sở Tài chính's appraisal and the totals: never above the request, never above the ceiling, and the
// same totals on screen, in both Excel forms and in the database.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { approveBudget } from '@/lib/server/plans/approve-budget';
import { createPlan } from '@/lib/server/plans/create-plan';
import { exportPlan } from '@/lib/server/plans/export-plan';
import { getConsolidationOrThrow } from '@/lib/server/plans/get-consolidation';
import { markPlanReviewed } from '@/lib/server/plans/mark-plan-reviewed';
import { returnBudget } from '@/lib/server/plans/return-budget';
import { reviewPlanItem } from '@/lib/server/plans/review-plan-item';
import { saveBudgetAppraisal } from '@/lib/server/plans/save-budget-appraisal';
import { savePlanItem } from '@/lib/server/plans/save-plan-item';
import { sendPlanToFinance } from '@/lib/server/plans/send-plan-to-finance';
import { submitPlan } from '@/lib/server/plans/submit-plan';
import { TOTAL_ROW_LABEL } from '@/lib/server/plans/plan-workbook';
import { printProblems } from '../factories/excel';
import { errorOf, itemInput, PLAN_YEAR, createPlanWorld, type PlanWorld } from '../factories/plan';
import { freshWorld } from '../factories/world';

let w: PlanWorld;
const items: Record<string, number> = {};

/** Two xã and the Trung tâm propose; everything is accepted; the round waits for Sở Tài chính. */
beforeAll(async () => {
  w = await freshWorld(createPlanWorld);
  const proposals = [
    { actor: w.actors.xaA, key: 'a1', over: {} },
    { actor: w.actors.xaA, key: 'a2', over: { name: 'Hội chợ (KCQG)', fundingLevel: 'KCQG' as const, programmeTargetId: w.programme.targets.fairs.id, facilityIds: [] } },
    { actor: w.xaBActor, key: 'b1', over: { name: 'Máy chế biến gỗ', totalCostVnd: 2_000_000_001n, requestedSupportVnd: 450_000_000n, counterpartVnd: 1_500_000_001n, otherFundingVnd: 50_000_000n, facilityIds: [w.facilityB.id] } },
    { actor: w.actors.ttkc, key: 't1', over: { name: 'Đào tạo khởi sự', programmeTargetId: null, targetQuantity: null, adminUnitId: null, facilityIds: [], totalCostVnd: 123_456_789n, requestedSupportVnd: 123_456_789n, counterpartVnd: 0n } },
  ];
  for (const p of proposals) {
    const plan = await createPlan(p.actor, PLAN_YEAR);
    items[p.key] = (await savePlanItem(p.actor, itemInput(plan.id, w, p.over))).id;
  }
  // The Trung tâm's own proposal needs a target before it can be sent.
  await savePlanItem(w.actors.ttkc, itemInput((await createPlan(w.actors.ttkc, PLAN_YEAR)).id, w, { ...proposals[3]!.over, itemId: items.t1, programmeTargetId: w.programme.targets.machinery.id, targetQuantity: 5 }));
  for (const actor of [w.actors.xaA, w.xaBActor, w.actors.ttkc]) {
    const plan = await createPlan(actor, PLAN_YEAR);
    await submitPlan(actor, plan.id);
    for (const item of await db.planItem.findMany({ where: { annualPlanId: plan.id } })) {
      await reviewPlanItem(w.actors.sct, { itemId: item.id, decision: 'ACCEPTED', comment: null });
    }
    await markPlanReviewed(w.actors.sct, plan.id);
  }
  await db.consolidatedPlan.update({ where: { id: w.round.id }, data: { status: 'CONSOLIDATING' } });
  await sendPlanToFinance(w.actors.sct, PLAN_YEAR);
});

describe('Sở Tài chính appraising the budget', () => {
  it('refuses an approved amount above the request, naming the proposal, and saves none of the rows', async () => {
    const error = await errorOf(
      saveBudgetAppraisal(w.actors.stc, {
        year: PLAN_YEAR,
        budgetCeilingVnd: 900_000_000n,
        items: [
          { itemId: items.a1!, approvedSupportVnd: 200_000_000n, comment: 'Giảm' },
          { itemId: items.b1!, approvedSupportVnd: 450_000_001n, comment: null },
        ],
      }),
    );
    expect(error.fieldErrors?.['items.1.approvedSupportVnd']).toContain('“Máy chế biến gỗ”: mức hỗ trợ được duyệt (450.000.001');
    expect((await db.planItem.findUniqueOrThrow({ where: { id: items.a1! } })).approvedSupportVnd).toBeNull();
    expect((await db.consolidatedPlan.findUniqueOrThrow({ where: { id: w.round.id } })).budgetCeilingVnd).toBeNull();
  });

  it('does not take KCQG proposals (the ministry funds them)', async () => {
    const error = await errorOf(saveBudgetAppraisal(w.actors.stc, { year: PLAN_YEAR, budgetCeilingVnd: 1n, items: [{ itemId: items.a2!, approvedSupportVnd: 1n, comment: 'x' }] }));
    expect(error.message).toContain('không thuộc danh sách KCĐP');
  });

  it('refuses to agree the estimate above the ceiling, with the numbers', async () => {
    const saved = await saveBudgetAppraisal(w.actors.stc, {
      year: PLAN_YEAR,
      budgetCeilingVnd: 700_000_000n,
      items: [
        { itemId: items.a1!, approvedSupportVnd: 300_000_000n, comment: null },
        { itemId: items.b1!, approvedSupportVnd: 400_000_000n, comment: 'Giảm theo khả năng cân đối' },
        { itemId: items.t1!, approvedSupportVnd: 100_000_000n, comment: 'Giảm số lớp' },
      ],
    });
    expect(saved.approvedTotalVnd).toBe(800_000_000n);
    expect(saved.warning).toContain('vượt trần');
    const error = await errorOf(approveBudget(w.actors.stc, PLAN_YEAR));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toBe(
      'Tổng hỗ trợ được duyệt 800.000.000\u00a0₫ vượt trần kinh phí 700.000.000\u00a0₫ (vượt 100.000.000\u00a0₫). Giảm mức hỗ trợ trước khi thống nhất dự toán.',
    );
    expect((await db.consolidatedPlan.findUniqueOrThrow({ where: { id: w.round.id } })).status).toBe('BUDGET_APPRAISAL');
  });

  it('may return the plan to the SCT with a reason, and gets it back', async () => {
    expect((await errorOf(returnBudget(w.actors.stc, { year: PLAN_YEAR, reason: null }))).code).toBe('VALIDATION');
    await returnBudget(w.actors.stc, { year: PLAN_YEAR, reason: 'Thiếu thuyết minh đề án máy chế biến gỗ' });
    expect(await db.notification.count({ where: { userId: w.actors.sct.id, title: { contains: 'trả lại' } } })).toBe(1);
    await sendPlanToFinance(w.actors.sct, PLAN_YEAR);
    expect((await db.consolidatedPlan.findUniqueOrThrow({ where: { id: w.round.id } })).status).toBe('BUDGET_APPRAISAL');
  });
});

async function totalRow(buffer: Buffer, sheetName: string) {
  const workbook = new ExcelJS.Workbook();
  // exceljs's Buffer type predates Node's generic Buffer.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(sheetName)!;
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(2).value === TOTAL_ROW_LABEL) found = row;
  });
  expect(found, `no “${TOTAL_ROW_LABEL}” row in ${sheetName}`).toBeDefined();
  const headers = sheet.getRow(5).values as (string | undefined)[];
  return (header: string) => {
    const column = headers.indexOf(header);
    expect(column, `no column ${header}`).toBeGreaterThan(0);
    return BigInt(found!.getCell(column).value as number);
  };
}

describe('the same totals on screen, in the exports and in the database', () => {
  it('agree for KCĐP and KCQG', async () => {
    const screen = (await getConsolidationOrThrow(w.actors.sct, PLAN_YEAR)).totals.bySource;
    const sum = async (fundingLevel: 'KCDP' | 'KCQG') =>
      (await db.planItem.aggregate({
        where: { fundingLevel, review: 'ACCEPTED', annualPlan: { consolidatedPlanId: w.round.id } },
        _sum: { totalCostVnd: true, requestedSupportVnd: true, counterpartVnd: true, otherFundingVnd: true, approvedSupportVnd: true },
      }))._sum;

    const kcdpDb = await sum('KCDP');
    const kcdp = await totalRow((await exportPlan(w.actors.stc, PLAN_YEAR, 'KCDP')).body, 'Dự toán KCĐP');
    expect(kcdpDb.totalCostVnd).toBe(3_123_456_790n);
    for (const [header, field] of [
      ['Tổng kinh phí (đồng)', 'totalCostVnd'],
      ['KCĐP đề nghị hỗ trợ (đồng)', 'requestedSupportVnd'],
      ['Vốn đối ứng (đồng)', 'counterpartVnd'],
      ['Nguồn khác (đồng)', 'otherFundingVnd'],
      ['KCĐP Sở Tài chính thẩm định (đồng)', 'approvedSupportVnd'],
    ] as const) {
      expect(kcdp(header), header).toBe(kcdpDb[field]);
      expect(screen.KCDP.totals[field], header).toBe(kcdpDb[field]);
    }

    const kcqgDb = await sum('KCQG');
    const kcqg = await totalRow((await exportPlan(w.actors.sct, PLAN_YEAR, 'KCQG')).body, 'Đăng ký KCQG');
    expect(kcqg('KCQG đề nghị hỗ trợ (đồng)')).toBe(kcqgDb.requestedSupportVnd);
    expect(kcqg('Tổng kinh phí (đồng)')).toBe(kcqgDb.totalCostVnd);
    expect(screen.KCQG.totals.requestedSupportVnd).toBe(kcqgDb.requestedSupportVnd);
  });

  it('break down by area and content group in the summary sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportPlan(w.actors.stc, PLAN_YEAR, 'KCDP')).body as unknown as ExcelJS.Buffer);
    const labels: string[] = [];
    workbook.getWorksheet('Tổng hợp')!.eachRow((row) => labels.push(String(row.getCell(1).value ?? '')));
    expect(labels).toContain('Phía Đông');
    expect(labels).toContain('Phía Tây');
    expect(labels.some((l) => l.startsWith('Nhóm I.'))).toBe(true);
  });
});

describe('printing the forms', () => {
  it('prints both forms on A4 landscape, one page wide, titles repeated, no header word cut', async () => {
    expect(await printProblems((await exportPlan(w.actors.stc, PLAN_YEAR, 'KCDP')).body)).toEqual([]);
    expect(await printProblems((await exportPlan(w.actors.sct, PLAN_YEAR, 'KCQG')).body)).toEqual([]);
  });
});
