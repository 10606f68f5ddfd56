import 'server-only';
import { isFacilityEligibleArea } from '@/lib/domain/eligibility';
import { adminUnitName } from '@/lib/domain/labels';
import type { Actor } from '@/lib/domain/roles';
import { adminUnitScope } from '@/lib/domain/scope';
import type { PlanFacilityInput } from '@/lib/schemas/plan';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { assertPlanAuthor, assertPlanEditable, getPlanInScopeOrThrow } from './plan-access';
import { adminUnitLabel } from '../admin-unit-label';

const taxCodeTaken = (taxCode: string, owner: { name: string; adminUnit: { type: 'XA' | 'PHUONG' | 'DAC_KHU'; name: string } } | null) => {
  const message = owner
    ? `Mã số thuế ${taxCode} đã được đăng ký cho cơ sở “${owner.name}” (${adminUnitName(owner.adminUnit)}). Chọn cơ sở đó trong danh sách thay vì đăng ký mới.`
    : `Mã số thuế ${taxCode} đã được đăng ký cho một cơ sở khác trong tỉnh/thành phố.`;
  return new AppError('CONFLICT', message, { taxCode: `MST ${taxCode} đã có trong danh mục cơ sở` });
};

/**
 * Registers a new beneficiary facility while writing a plan. The MST identifies a facility within
 * a province; a xã officer registers only facilities of their own xã.
 */
export async function registerPlanFacility(actor: Actor, input: PlanFacilityInput) {
  assertCan(actor, 'plan:register');
  const plan = await getPlanInScopeOrThrow(actor, input.planId);
  await assertPlanAuthor(actor, plan);
  assertPlanEditable(plan);
  const adminUnit = await db.adminUnit.findFirst({ where: { AND: [{ id: input.adminUnitId }, adminUnitScope(actor)] } });
  if (!adminUnit) throw new AppError('VALIDATION', 'Xã/phường/đặc khu không thuộc tỉnh/thành phố của bạn.', { adminUnitId: 'Chọn lại xã/phường/đặc khu' });
  if (actor.role === 'XA_OFFICER' && adminUnit.id !== actor.adminUnitId) {
    throw new AppError('VALIDATION', 'Cán bộ xã chỉ đăng ký cơ sở trên địa bàn xã mình.', { adminUnitId: 'Chọn xã của bạn' });
  }
  const eligibility = isFacilityEligibleArea({ inRecognizedCraftVillage: false, adminUnit });
  if (!eligibility.eligible && !adminUnit.hasRecognizedCraftVillage) {
    throw new AppError('VALIDATION', eligibility.reason, { adminUnitId: 'Cơ sở tại phường không thuộc đối tượng hỗ trợ' });
  }
  const provinceId = plan.provinceId;
  const owner = await db.facility.findUnique({
    where: { provinceId_taxCode: { provinceId, taxCode: input.taxCode } },
    select: { name: true, adminUnit: adminUnitLabel },
  });
  if (owner) throw taxCodeTaken(input.taxCode, owner);
  try {
    return await db.$transaction(async (tx) => {
      const facility = await tx.facility.create({
        data: { provinceId, name: input.name, legalForm: input.legalForm, taxCode: input.taxCode, adminUnitId: adminUnit.id, address: input.address },
        select: { id: true, name: true, taxCode: true },
      });
      await recordAudit(tx, actor, {
        entityType: 'Facility',
        entityId: facility.id,
        provinceId,
        event: 'registerFromPlan',
        data: { annualPlanId: plan.id, taxCode: input.taxCode },
      });
      return { ...facility, adminUnit: { type: adminUnit.type, name: adminUnit.name } };
    });
  } catch (error) {
    // Someone registered the same MST between the check and the insert.
    if ((error as { code?: string }).code === 'P2002') throw taxCodeTaken(input.taxCode, null);
    throw error;
  }
}
