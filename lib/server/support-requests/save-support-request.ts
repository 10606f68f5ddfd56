import 'server-only';
import { SUPPORT_REQUEST_EDITABLE, SUPPORT_REQUEST_LIFECYCLE } from '@/lib/domain/lifecycle/beneficiary';
import type { Actor } from '@/lib/domain/roles';
import type { SupportRequestInput } from '@/lib/schemas/beneficiary';
import { recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { categoriesValidIn } from '../plans/find-plan-item-options';
import { getApplyingFacilityOrThrow, getSupportRequestInScopeOrThrow, requestYear } from './support-request-access';

/**
 * A verified facility drafts its support request, or changes its draft. The support asked is the
 * total cost less the facility's own share (đối ứng), computed here, never taken from the form.
 */
export async function saveSupportRequest(actor: Actor, input: SupportRequestInput): Promise<{ id: number }> {
  assertCan(actor, 'support-request:apply');
  const facility = await getApplyingFacilityOrThrow(actor);
  const year = await requestYear(facility.provinceId);
  const category = await db.contentCategory.findFirst({ where: { AND: [{ id: input.contentCategoryId }, categoriesValidIn(year)] }, select: { id: true } });
  if (!category) throw new AppError('VALIDATION', `Nội dung hoạt động đã chọn không còn hiệu lực trong năm ${year}.`, { contentCategoryId: 'Chọn lại nội dung' });
  const data = {
    year,
    contentCategoryId: category.id,
    title: input.title,
    equipment: input.equipment,
    description: input.description,
    totalCostVnd: input.totalCostVnd,
    counterpartVnd: input.counterpartVnd,
    requestedSupportVnd: input.totalCostVnd - input.counterpartVnd,
  };
  return db.$transaction(async (tx) => {
    let id: number;
    if (input.requestId) {
      const existing = await getSupportRequestInScopeOrThrow(actor, input.requestId, tx);
      if (!SUPPORT_REQUEST_EDITABLE.includes(existing.status)) {
        throw new AppError('ILLEGAL_TRANSITION', `Đề nghị đã ở trạng thái “${SUPPORT_REQUEST_LIFECYCLE.statusLabels[existing.status]}” nên không sửa được.`);
      }
      const { count } = await tx.supportRequest.updateMany({ where: { id: existing.id, status: { in: [...SUPPORT_REQUEST_EDITABLE] } }, data });
      if (count !== 1) throw new AppError('CONFLICT', 'Đề nghị vừa được gửi đi. Tải lại trang.');
      id = existing.id;
    } else {
      id = (await tx.supportRequest.create({ data: { ...data, provinceId: facility.provinceId, facilityId: facility.id, adminUnitId: facility.adminUnitId, createdById: actor.id } })).id;
    }
    await recordAudit(tx, actor, { entityType: 'SupportRequest', entityId: id, provinceId: facility.provinceId, event: input.requestId ? 'update' : 'create', data: toAuditJson(data) });
    return { id };
  });
}
