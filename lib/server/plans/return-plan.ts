import 'server-only';
import { ANNUAL_PLAN_LIFECYCLE, CONSOLIDATED_PLAN_LIFECYCLE, PLAN_ITEM_RETURNED_REVIEW, ROUND_REVIEW_STATES } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import type { ReturnPlanInput } from '@/lib/schemas/plan';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { notifyPlanAuthors, planLink } from './notify-plan';
import { getPlanInScopeOrThrow } from './plan-access';

/** Sends the plan back to its author with the reviewer's comment; proposals marked "return" say what to fix. */
export async function returnPlan(actor: Actor, input: ReturnPlanInput) {
  assertCan(actor, 'plan:review');
  const plan = await getPlanInScopeOrThrow(actor, input.planId);
  if (!ROUND_REVIEW_STATES.includes(plan.consolidatedPlan.status)) {
    throw new AppError('ILLEGAL_TRANSITION', `Kế hoạch năm đã ở bước “${CONSOLIDATED_PLAN_LIFECYCLE.statusLabels[plan.consolidatedPlan.status]}”, không trả lại được.`);
  }
  return db.$transaction(async (tx) => {
    const returned = await tx.planItem.findMany({ where: { annualPlanId: plan.id, review: PLAN_ITEM_RETURNED_REVIEW }, select: { name: true, reviewComment: true } });
    await transition(tx, actor, ANNUAL_PLAN_LIFECYCLE, plan, 'return', {
      reason: input.reason,
      data: { returnedItems: returned.map((i) => i.name) },
      changes: { reviewComment: input.reason },
    });
    await notifyPlanAuthors(tx, plan, {
      title: `Kế hoạch khuyến công năm ${plan.year} được trả lại để chỉnh sửa`,
      body: [input.reason, ...returned.map((i) => `“${i.name}”: ${i.reviewComment ?? ''}`)].join('\n'),
      link: planLink(plan.year, plan.id),
    });
    return { planId: plan.id, year: plan.year };
  });
}
