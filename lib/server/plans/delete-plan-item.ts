import 'server-only';
import { PLAN_ITEM_EDITABLE_REVIEWS, PLAN_ITEM_REVIEW_LABELS } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { annualPlanScope } from '@/lib/domain/scope';
import { recordAudit, toAuditJson } from '../audit';
import { assertCan, getInScopeOrThrow } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { assertPlanAuthor, assertPlanEditable, lockEditablePlan } from './plan-access';

/** Removes a proposal from the author's draft or returned plan (not one already accepted or rejected). */
export async function deletePlanItem(actor: Actor, itemId: number) {
  assertCan(actor, 'plan:register');
  const item = await getInScopeOrThrow(
    db.planItem.findFirst({ where: { id: itemId, annualPlan: annualPlanScope(actor) }, include: { annualPlan: { include: { consolidatedPlan: true } } } }),
    async () => (await db.planItem.count({ where: { id: itemId } })) > 0,
    'đề xuất',
  );
  await assertPlanAuthor(actor, item.annualPlan);
  assertPlanEditable(item.annualPlan);
  if (!PLAN_ITEM_EDITABLE_REVIEWS.includes(item.review)) {
    throw new AppError('ILLEGAL_TRANSITION', `Đề xuất “${item.name}” đã được xem xét (${PLAN_ITEM_REVIEW_LABELS[item.review]}) nên không xoá được.`);
  }
  await db.$transaction(async (tx) => {
    await lockEditablePlan(tx, item.annualPlanId);
    await tx.planItem.delete({ where: { id: item.id } });
    await recordAudit(tx, actor, {
      entityType: 'PlanItem',
      entityId: item.id,
      provinceId: item.annualPlan.provinceId,
      event: 'delete',
      data: toAuditJson({ annualPlanId: item.annualPlanId, name: item.name, requestedSupportVnd: item.requestedSupportVnd }),
    });
  });
  return { planId: item.annualPlanId, year: item.annualPlan.year };
}
