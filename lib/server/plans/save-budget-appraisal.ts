import 'server-only';
import { CONSOLIDATED_PLAN_LIFECYCLE } from '@/lib/domain/lifecycle/plan';
import { approvedSupportProblem, budgetCeilingProblem } from '@/lib/domain/plan-rules';
import type { Actor } from '@/lib/domain/roles';
import type { BudgetAppraisalInput } from '@/lib/schemas/plan';
import { auditSubject, recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { consolidatedItemsWhere, findConsolidatedItems } from './find-consolidated-items';
import { assertPlanItemWithinNorm, planItemSubject } from './check-plan-item';
import { getRoundOrThrow } from './plan-access';

/**
 * Sở Tài chính records the year's KCĐP ceiling and the support it agrees per KCĐP proposal (never
 * above the request; lower only with a comment). All rows are saved together or none is.
 * Saving above the ceiling is allowed — the running total says so — but approving is not.
 */
export async function saveBudgetAppraisal(actor: Actor, input: BudgetAppraisalInput) {
  assertCan(actor, 'plan:appraise-budget');
  const round = await getRoundOrThrow(actor, input.year);
  return db.$transaction(async (tx) => {
    // Only while Sở Tài chính holds the plan; the conditional write also locks the round.
    const { count } = await tx.consolidatedPlan.updateMany({
      where: { id: round.id, status: { in: [...CONSOLIDATED_PLAN_LIFECYCLE.events.approveBudget.from] } },
      data: { budgetCeilingVnd: input.budgetCeilingVnd },
    });
    if (count !== 1) {
      throw new AppError('ILLEGAL_TRANSITION', `Kế hoạch năm ${round.year} đang ở bước “${CONSOLIDATED_PLAN_LIFECYCLE.statusLabels[round.status]}”, không thẩm định kinh phí được.`);
    }
    const ids = input.items.map((i) => i.itemId);
    const items = await tx.planItem.findMany({
      where: { AND: [consolidatedItemsWhere(round.id), { id: { in: ids }, fundingLevel: 'KCDP' }] },
      select: {
        id: true,
        name: true,
        requestedSupportVnd: true,
        approvedSupportVnd: true,
        contentCategoryId: true,
        fundingLevel: true,
        totalCostVnd: true,
        normExceptionNote: true,
        beneficiaries: { select: { facility: { select: { id: true, name: true, taxCode: true } } } },
      },
    });
    const byId = new Map(items.map((i) => [i.id, i]));
    const fieldErrors: Record<string, string> = {};
    const problems: string[] = [];
    input.items.forEach((row, index) => {
      const item = byId.get(row.itemId);
      const problem = item
        ? approvedSupportProblem(item, row.approvedSupportVnd, row.comment)
        : `Dòng ${index + 1}: đề xuất không thuộc danh sách KCĐP của kế hoạch năm ${round.year}.`;
      if (problem) {
        fieldErrors[`items.${index}.approvedSupportVnd`] = problem;
        problems.push(problem);
      }
    });
    if (problems.length) throw new AppError('VALIDATION', `Chưa lưu được. ${problems.join(' ')}`, fieldErrors);
    // The support Sở Tài chính agrees is held to the same spending norm as the request was.
    for (const [index, row] of input.items.entries()) {
      await assertPlanItemWithinNorm(tx, planItemSubject(byId.get(row.itemId)!, { provinceId: round.provinceId, year: round.year }), row.approvedSupportVnd, `items.${index}.approvedSupportVnd`);
    }
    for (const row of input.items) {
      await tx.planItem.update({ where: { id: row.itemId }, data: { approvedSupportVnd: row.approvedSupportVnd, budgetComment: row.comment } });
    }
    const { totals } = await findConsolidatedItems(round.id, tx);
    const approved = totals.bySource.KCDP.totals.approvedSupportVnd;
    await recordAudit(tx, actor, {
      ...auditSubject('ConsolidatedPlan', round),
      event: 'appraiseBudget',
      data: toAuditJson({
        budgetCeilingVnd: input.budgetCeilingVnd,
        approvedTotalVnd: approved,
        changes: input.items.map((r) => ({ itemId: r.itemId, from: byId.get(r.itemId)?.approvedSupportVnd ?? null, to: r.approvedSupportVnd })),
      }),
    });
    return { approvedTotalVnd: approved, budgetCeilingVnd: input.budgetCeilingVnd, warning: budgetCeilingProblem(approved, input.budgetCeilingVnd) };
  });
}
