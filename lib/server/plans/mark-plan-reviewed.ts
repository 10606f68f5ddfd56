import 'server-only';
import {
  ANNUAL_PLAN_LIFECYCLE,
  CONSOLIDATED_PLAN_LIFECYCLE,
  PLAN_ITEM_INCLUDED_REVIEW,
  PLAN_ITEM_SETTLED_REVIEWS,
  ROUND_REVIEW_STATES,
} from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { notifyPlanAuthors, notifySctLeaders, planLink } from './notify-plan';
import { getPlanInScopeOrThrow } from './plan-access';

/** Closes the review of a plan once every proposal is accepted or rejected. */
export async function markPlanReviewed(actor: Actor, planId: number) {
  assertCan(actor, 'plan:review');
  const plan = await getPlanInScopeOrThrow(actor, planId);
  if (!ROUND_REVIEW_STATES.includes(plan.consolidatedPlan.status)) {
    throw new AppError('ILLEGAL_TRANSITION', `Kế hoạch năm đã ở bước “${CONSOLIDATED_PLAN_LIFECYCLE.statusLabels[plan.consolidatedPlan.status]}”.`);
  }
  return db.$transaction(async (tx) => {
    // The status write first: it holds the plan's row lock while the proposals are checked, and a
    // failed check rolls it back.
    await transition(tx, actor, ANNUAL_PLAN_LIFECYCLE, plan, 'markReviewed');
    const items = await tx.planItem.findMany({ where: { annualPlanId: plan.id }, select: { name: true, review: true } });
    const open = items.filter((i) => !PLAN_ITEM_SETTLED_REVIEWS.includes(i.review));
    if (open.length) {
      throw new AppError(
        'VALIDATION',
        `Còn ${open.length} đề xuất chưa chấp nhận hoặc từ chối: ${open.map((i) => `“${i.name}”`).join(', ')}. Xem xét hết, hoặc trả lại kế hoạch nếu cần chỉnh sửa.`,
      );
    }
    const accepted = items.filter((i) => i.review === PLAN_ITEM_INCLUDED_REVIEW).length;
    const message = {
      title: `Kế hoạch năm ${plan.year} của ${plan.organization.name} đã xem xét xong`,
      body: `${accepted}/${items.length} đề xuất được chấp nhận đưa vào kế hoạch tổng hợp.`,
      link: planLink(plan.year, plan.id),
    };
    await notifyPlanAuthors(tx, plan, message);
    await notifySctLeaders(tx, plan.provinceId, message);
    return { planId: plan.id, year: plan.year };
  });
}
