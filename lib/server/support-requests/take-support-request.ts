import 'server-only';
import { SUPPORT_REQUEST_LIFECYCLE } from '@/lib/domain/lifecycle/beneficiary';
import type { Actor } from '@/lib/domain/roles';
import type { TakeSupportRequestInput } from '@/lib/schemas/beneficiary';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { notifyUsers } from '../notifications/notify';
import { assertPlanAuthor, assertPlanEditable, getPlanInScopeOrThrow, lockEditablePlan } from '../plans/plan-access';
import { preparePlanItem, writePlanItem } from '../plans/save-plan-item';
import { getSupportRequestInScopeOrThrow } from './support-request-access';

/**
 * The xã (for a request from its xã) or the Trung tâm takes a sent request into its own yearly plan:
 * the request becomes a proposal of that plan, checked exactly as one typed in the plan form
 * (preparePlanItem), and the request moves to TAKEN in the same transaction. A request is taken
 * once: the second attempt finds it no longer SENT (or loses the guarded update) and changes nothing.
 */
export async function takeSupportRequest(actor: Actor, input: TakeSupportRequestInput): Promise<{ planItemId: number; planId: number }> {
  assertCan(actor, 'plan:register');
  const request = await getSupportRequestInScopeOrThrow(actor, input.requestId);
  const plan = await getPlanInScopeOrThrow(actor, input.planId);
  await assertPlanAuthor(actor, plan);
  assertPlanEditable(plan);
  if (plan.provinceId !== request.provinceId) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch.');
  const prepared = await preparePlanItem(actor, plan, {
    name: `${request.title} — ${request.facility.name}`.slice(0, 500),
    contentCategoryId: request.contentCategoryId,
    programmeTargetId: null,
    targetQuantity: null,
    fundingLevel: input.fundingLevel,
    adminUnitId: request.adminUnitId,
    place: request.facility.address,
    expectedOutputs: [request.equipment, request.description].filter(Boolean).join('. ') || null,
    totalCostVnd: request.totalCostVnd,
    requestedSupportVnd: request.requestedSupportVnd,
    counterpartVnd: request.counterpartVnd,
    otherFundingVnd: 0n,
    facilityIds: [request.facilityId],
  });
  return db.$transaction(async (tx) => {
    await lockEditablePlan(tx, plan.id);
    const item = await writePlanItem(tx, actor, plan, null, prepared);
    await transition(tx, actor, SUPPORT_REQUEST_LIFECYCLE, request, 'take', {
      changes: { planItemId: item.id, refusalReason: null },
      data: { annualPlanId: plan.id, planItemId: item.id },
    });
    await notifyUsers(
      tx,
      request.facility.users.map((u) => u.id),
      { title: 'Đề nghị hỗ trợ đã được đưa vào kế hoạch', body: `“${request.title}” nằm trong kế hoạch khuyến công năm ${plan.year} của ${plan.organization.name}.`, link: `/de-nghi-ho-tro/${request.id}` },
    );
    return { planItemId: item.id, planId: plan.id };
  });
}
