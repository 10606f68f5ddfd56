import 'server-only';
import { isFacilityEligibleArea } from '@/lib/domain/eligibility';
import { unverifiedFacilityReason } from '@/lib/domain/lifecycle/beneficiary';
import { PLAN_ITEM_EDITABLE_REVIEWS, PLAN_ITEM_REVIEW_LABELS } from '@/lib/domain/lifecycle/plan';
import { planItemMoneyErrors } from '@/lib/domain/plan-rules';
import type { Actor } from '@/lib/domain/roles';
import { adminUnitScope, facilityScope } from '@/lib/domain/scope';
import type { PlanItemInput } from '@/lib/schemas/plan';
import { recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { db, type Tx } from '../db';
import { AppError } from '../errors';
import { targetsOpenForYear } from '../programmes/targets-open-for-year';
import { categoriesValidIn } from './find-plan-item-options';
import { assertPlanAuthor, assertPlanEditable, getPlanInScopeOrThrow, lockEditablePlan } from './plan-access';

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { [field]: message });

type EditablePlan = Awaited<ReturnType<typeof getPlanInScopeOrThrow>>;

/** Adds a proposal to the author's plan, or changes one (input.itemId), beneficiaries included. */
export async function savePlanItem(actor: Actor, input: PlanItemInput) {
  assertCan(actor, 'plan:register');
  const plan = await getPlanInScopeOrThrow(actor, input.planId);
  await assertPlanAuthor(actor, plan);
  assertPlanEditable(plan);
  const prepared = await preparePlanItem(actor, plan, input);
  return db.$transaction(async (tx) => {
    await lockEditablePlan(tx, plan.id);
    return writePlanItem(tx, actor, plan, input.itemId, prepared);
  });
}

export type PreparedPlanItem = Awaited<ReturnType<typeof preparePlanItem>>;

/**
 * The checks of a proposal (money, content, target, place, beneficiaries in scope, verified and
 * eligible) and the row to write. Shared by the plan form and a facility's support request taken
 * into the plan (lib/server/support-requests/take-support-request.ts).
 */
export async function preparePlanItem(actor: Actor, plan: EditablePlan, input: Omit<PlanItemInput, 'planId' | 'itemId'>) {
  const moneyErrors = planItemMoneyErrors(input);
  const firstMoneyError = Object.values(moneyErrors)[0];
  if (firstMoneyError) throw new AppError('VALIDATION', firstMoneyError, moneyErrors);

  const category = await db.contentCategory.findFirst({ where: { AND: [{ id: input.contentCategoryId }, categoriesValidIn(plan.year)] } });
  if (!category) throw invalid('contentCategoryId', `Nội dung hoạt động đã chọn không còn hiệu lực trong năm ${plan.year}.`);
  if (input.programmeTargetId) {
    const target = await db.programmeTarget.findFirst({ where: { AND: [{ id: input.programmeTargetId }, targetsOpenForYear(actor, plan.year)] } });
    if (!target) throw invalid('programmeTargetId', `Chỉ tiêu đã chọn không thuộc chương trình khuyến công đã phê duyệt cho năm ${plan.year}.`);
  }
  if (input.targetQuantity && !input.programmeTargetId) throw invalid('programmeTargetId', 'Chọn chỉ tiêu chương trình cho số lượng đã nhập.');

  // A xã's proposals take place in that xã; other units pick a place in their province.
  let adminUnitId = input.adminUnitId;
  if (plan.adminUnitId) {
    if (adminUnitId && adminUnitId !== plan.adminUnitId) throw invalid('adminUnitId', 'Đề xuất của xã chỉ thực hiện trên địa bàn xã.');
    adminUnitId = plan.adminUnitId;
  } else if (adminUnitId && !(await db.adminUnit.count({ where: { AND: [{ id: adminUnitId }, adminUnitScope(actor)] } }))) {
    throw invalid('adminUnitId', 'Xã/phường/đặc khu đã chọn không thuộc tỉnh/thành phố của bạn.');
  }

  const facilityIds = [...new Set(input.facilityIds)];
  const facilities = await db.facility.findMany({
    where: { AND: [{ id: { in: facilityIds } }, facilityScope(actor)] },
    include: { adminUnit: { select: { type: true } } },
  });
  if (facilities.length !== facilityIds.length) throw invalid('facilityIds', 'Có cơ sở thụ hưởng không thuộc phạm vi của bạn. Tải lại trang và chọn lại.');
  for (const facility of facilities) {
    const unverified = unverifiedFacilityReason(facility);
    if (unverified) throw invalid('facilityIds', unverified);
    const eligibility = isFacilityEligibleArea(facility);
    if (!eligibility.eligible) throw invalid('facilityIds', `Cơ sở “${facility.name}”: ${eligibility.reason}`);
  }

  const data = {
    name: input.name,
    contentCategoryId: input.contentCategoryId,
    programmeTargetId: input.programmeTargetId,
    targetQuantity: input.targetQuantity,
    fundingLevel: input.fundingLevel,
    adminUnitId,
    place: input.place,
    expectedOutputs: input.expectedOutputs,
    totalCostVnd: input.totalCostVnd,
    requestedSupportVnd: input.requestedSupportVnd,
    counterpartVnd: input.counterpartVnd,
    otherFundingVnd: input.otherFundingVnd,
    // An exception was granted for given figures: any change of the proposal voids it.
    normExceptionNote: null,
  };
  return { data, facilityIds };
}

/** Writes a prepared proposal (new, or over `existingId`) with its beneficiaries and audit row; the caller holds the plan's lock. */
export async function writePlanItem(tx: Tx, actor: Actor, plan: EditablePlan, existingId: number | null | undefined, { data, facilityIds }: PreparedPlanItem) {
  {
    let itemId: number;
    if (existingId) {
      const existing = await tx.planItem.findFirst({ where: { id: existingId, annualPlanId: plan.id } });
      if (!existing) throw new AppError('NOT_FOUND', 'Không tìm thấy đề xuất trong kế hoạch này.');
      if (!PLAN_ITEM_EDITABLE_REVIEWS.includes(existing.review)) {
        throw new AppError('ILLEGAL_TRANSITION', `Đề xuất “${existing.name}” đã được xem xét (${PLAN_ITEM_REVIEW_LABELS[existing.review]}) nên không sửa được.`);
      }
      await tx.planItemBeneficiary.deleteMany({ where: { planItemId: existing.id } });
      await tx.planItem.update({ where: { id: existing.id }, data });
      itemId = existing.id;
    } else {
      const last = await tx.planItem.aggregate({ where: { annualPlanId: plan.id }, _max: { sortOrder: true } });
      itemId = (await tx.planItem.create({ data: { ...data, annualPlanId: plan.id, sortOrder: (last._max.sortOrder ?? 0) + 1 } })).id;
    }
    if (facilityIds.length) await tx.planItemBeneficiary.createMany({ data: facilityIds.map((facilityId) => ({ planItemId: itemId, facilityId })) });
    await recordAudit(tx, actor, {
      entityType: 'PlanItem',
      entityId: itemId,
      provinceId: plan.provinceId,
      event: existingId ? 'update' : 'create',
      data: toAuditJson({ annualPlanId: plan.id, ...data, facilityIds }),
    });
    return { id: itemId };
  }
}
