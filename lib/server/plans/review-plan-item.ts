import 'server-only';
import { PLAN_ITEM_INCLUDED_REVIEW, ANNUAL_PLAN_AWAITING_REVIEW_STATES, ANNUAL_PLAN_LIFECYCLE, PLAN_ITEM_REVIEW_EVENT, PLAN_ITEM_REVIEW_LABELS, PLAN_ITEM_REVIEW_LIFECYCLE, ROUND_REVIEW_STATES } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { annualPlanScope } from '@/lib/domain/scope';
import type { ReviewItemInput } from '@/lib/schemas/plan';
import { assertCan, getInScopeOrThrow } from '../authz';
import { now } from '../clock';
import { db } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { assertPlanItemWithinNorm, planItemSubject } from './check-plan-item';

/**
 * The Trung tâm or the Sở records its view of one proposal: accept, return with what to fix, or
 * reject with a reason. The plan itself moves when the reviewer returns it or marks it reviewed.
 */
export async function reviewPlanItem(actor: Actor, input: ReviewItemInput) {
  assertCan(actor, 'plan:review');
  const item = await getInScopeOrThrow(
    db.planItem.findFirst({ where: { id: input.itemId, annualPlan: annualPlanScope(actor) }, include: { annualPlan: { include: { consolidatedPlan: true } }, beneficiaries: { include: { facility: { select: { id: true, name: true, taxCode: true } } } } } }),
    async () => (await db.planItem.count({ where: { id: input.itemId } })) > 0,
    'đề xuất',
  );
  const plan = item.annualPlan;
  const event = PLAN_ITEM_REVIEW_EVENT[input.decision];
  if (PLAN_ITEM_REVIEW_LIFECYCLE.events[event].requiresReason && !input.comment?.trim()) {
    throw new AppError('VALIDATION', 'Nhập ý kiến cho đề xuất trả lại hoặc không chấp nhận.', { comment: 'Nhập ý kiến' });
  }
  // Accepting passes the proposal on: it must be within the spending norm or carry an exception.
  if (input.decision === PLAN_ITEM_INCLUDED_REVIEW) await assertPlanItemWithinNorm(db, planItemSubject(item, plan), item.requestedSupportVnd);
  return db.$transaction(async (tx) => {
    // Reviewing is possible only while the plan waits for review (while it could be returned). The
    // conditional write checks that and takes the plan's row lock, so marking the plan reviewed or
    // returning it waits for this review instead of racing it.
    const { count } = await tx.annualPlan.updateMany({
      where: { id: plan.id, status: { in: [...ANNUAL_PLAN_AWAITING_REVIEW_STATES] }, consolidatedPlan: { status: { in: [...ROUND_REVIEW_STATES] } } },
      data: { updatedAt: now() },
    });
    if (count !== 1) {
      throw new AppError('ILLEGAL_TRANSITION', `Kế hoạch đang ở trạng thái “${ANNUAL_PLAN_LIFECYCLE.statusLabels[plan.status]}”, không xem xét đề xuất được.`);
    }
    await transition(tx, actor, PLAN_ITEM_REVIEW_LIFECYCLE, { id: item.id, status: item.review, provinceId: plan.provinceId }, event, {
      reason: input.comment,
      data: { annualPlanId: plan.id, label: PLAN_ITEM_REVIEW_LABELS[input.decision] },
      changes: { reviewComment: input.comment ?? null },
    });
    return { planId: plan.id, year: plan.year };
  });
}
