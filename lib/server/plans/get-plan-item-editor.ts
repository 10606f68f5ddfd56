import 'server-only';
import { PLAN_ITEM_EDITABLE_REVIEWS, PLAN_ITEM_REVIEW_LABELS } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError, notFoundError } from '../errors';
import { findPlanItemOptions } from './find-plan-item-options';
import { assertPlanAuthor, assertPlanEditable, getPlanInScopeOrThrow } from './plan-access';

/**
 * What the proposal form needs: the plan (author only), the proposal being edited if any, and the
 * choices. `blocked` says in words why the form cannot be used now (plan sent, proposal settled).
 */
export async function getPlanItemEditorOrThrow(actor: Actor, planId: number, itemId: number | null) {
  assertCan(actor, 'plan:register');
  const plan = await getPlanInScopeOrThrow(actor, planId);
  await assertPlanAuthor(actor, plan);
  const item = itemId
    ? await db.planItem.findFirst({ where: { id: itemId, annualPlanId: plan.id }, include: { beneficiaries: { select: { facilityId: true } } } })
    : null;
  if (itemId && !item) throw notFoundError('đề xuất');
  let blocked: string | null = null;
  try {
    assertPlanEditable(plan);
    if (item && !PLAN_ITEM_EDITABLE_REVIEWS.includes(item.review)) {
      blocked = `Đề xuất “${item.name}” đã được xem xét (${PLAN_ITEM_REVIEW_LABELS[item.review]}) nên không sửa được.`;
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    blocked = error.message;
  }
  const [options, adminUnit] = await Promise.all([
    findPlanItemOptions(actor, plan),
    plan.adminUnitId ? db.adminUnit.findUnique({ where: { id: plan.adminUnitId }, select: { type: true, name: true } }) : null,
  ]);
  return { plan, item, options, fixedAdminUnit: adminUnit, blocked };
}
