import 'server-only';
import { ANNUAL_PLAN_LIFECYCLE, ANNUAL_PLAN_UNSENT_STATES } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import { auditSubject, recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError, staleError } from '../errors';
import { assertPlanAuthor, getPlanInScopeOrThrow } from './plan-access';

/**
 * Deletes a plan its unit started but never sent, with its proposals (their document rows too;
 * files stay in storage). Only the author unit; a plan once sent is part of the round's record.
 */
export async function deletePlanDraft(actor: Actor, planId: number): Promise<{ year: number }> {
  assertCan(actor, 'plan:register');
  const plan = await getPlanInScopeOrThrow(actor, planId);
  await assertPlanAuthor(actor, plan);
  if (!ANNUAL_PLAN_UNSENT_STATES.includes(plan.status)) {
    throw new AppError('ILLEGAL_TRANSITION', `Chỉ xoá được kế hoạch chưa gửi; kế hoạch này đang ở trạng thái “${ANNUAL_PLAN_LIFECYCLE.statusLabels[plan.status]}”.`);
  }
  await db.$transaction(async (tx) => {
    const items = await tx.planItem.findMany({ where: { annualPlanId: plan.id }, select: { id: true, name: true } });
    await tx.document.deleteMany({ where: { planItemId: { in: items.map((i) => i.id) } } });
    const { count } = await tx.annualPlan.deleteMany({ where: { id: plan.id, status: { in: [...ANNUAL_PLAN_UNSENT_STATES] } } });
    if (count !== 1) throw staleError();
    await recordAudit(tx, actor, {
      ...auditSubject('AnnualPlan', plan),
      event: 'delete',
      fromStatus: plan.status,
      data: toAuditJson({ year: plan.year, organizationId: plan.organizationId, items: items.map((i) => i.name) }),
    });
  });
  return { year: plan.year };
}
