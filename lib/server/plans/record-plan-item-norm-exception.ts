import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { annualPlanScope } from '@/lib/domain/scope';
import type { PlanItemNormExceptionInput } from '@/lib/schemas/plan';
import { recordAudit } from '../audit';
import { assertCan, getInScopeOrThrow } from '../authz';
import { db } from '../db';
import { AppError, staleError } from '../errors';
import { checkPlanItemNorm, planItemSubject } from './check-plan-item';

/**
 * Ngoại lệ mức chi for a proposal, as for a đề án (recordNormException): an authorised person
 * (norm:exception) accepts support above the norm for the current figures, with the grounds. A later
 * change of the proposal voids it (savePlanItem). Not once the proposal has become a đề án.
 */
export async function recordPlanItemNormException(actor: Actor, input: PlanItemNormExceptionInput): Promise<{ planId: number; year: number }> {
  assertCan(actor, 'norm:exception');
  const item = await getInScopeOrThrow(
    db.planItem.findFirst({
      where: { id: input.itemId, annualPlan: annualPlanScope(actor) },
      include: { annualPlan: true, project: { select: { id: true } }, beneficiaries: { include: { facility: { select: { id: true, name: true, taxCode: true } } } } },
    }),
    async () => (await db.planItem.count({ where: { id: input.itemId } })) > 0,
    'đề xuất',
  );
  if (item.project) throw new AppError('ILLEGAL_TRANSITION', 'Đề xuất đã thành đề án: ghi nhận ngoại lệ mức chi trên đề án.');
  const support = item.approvedSupportVnd ?? item.requestedSupportVnd;
  const { norm, check } = await checkPlanItemNorm(db, planItemSubject(item, item.annualPlan), support);
  if (!norm || !check || check.violations.length === 0) throw new AppError('VALIDATION', 'Mức hỗ trợ của đề xuất đang trong mức chi: không cần ghi nhận ngoại lệ.');
  await db.$transaction(async (tx) => {
    const { count } = await tx.planItem.updateMany({ where: { id: item.id, totalCostVnd: item.totalCostVnd, requestedSupportVnd: item.requestedSupportVnd, approvedSupportVnd: item.approvedSupportVnd }, data: { normExceptionNote: input.note } });
    if (count !== 1) throw staleError();
    await recordAudit(tx, actor, {
      entityType: 'PlanItem',
      entityId: item.id,
      provinceId: item.annualPlan.provinceId,
      event: 'recordNormException',
      reason: input.note,
      data: { normId: norm.id, legalBasis: norm.legalBasis, violations: check.violations.map((v) => v.message) },
    });
  });
  return { planId: item.annualPlanId, year: item.annualPlan.year };
}
