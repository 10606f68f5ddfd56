import 'server-only';
import { INSPECTION_INITIAL_STATE } from '@/lib/domain/lifecycle/inspection';
import type { Actor } from '@/lib/domain/roles';
import { adminUnitScope, projectScope } from '@/lib/domain/scope';
import type { InspectionCreateInput } from '@/lib/schemas/outputs';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';

/**
 * Adds a visit to the year's inspection plan: its team, date and the đề án (or xã) visited. The
 * đề án and xã must be the actor's province's; the visit's xã defaults to the đề án's.
 */
export async function planInspection(actor: Actor, input: InspectionCreateInput): Promise<{ id: number }> {
  assertCan(actor, 'inspection:manage');
  if (input.plannedOn.getUTCFullYear() !== input.year) {
    throw new AppError('VALIDATION', `Ngày kiểm tra phải trong năm kế hoạch ${input.year}.`, { plannedOn: `Chọn ngày trong năm ${input.year}` });
  }
  const provinceId = actor.provinceId;
  if (provinceId === null) throw new AppError('FORBIDDEN', 'Tài khoản không thuộc tỉnh, thành phố nào.');
  return db.$transaction(async (tx) => {
    let adminUnitId = input.adminUnitId ?? null;
    if (input.projectId) {
      const project = await tx.project.findFirst({ where: { AND: [{ id: input.projectId, provinceId }, projectScope(actor)] }, select: { id: true, adminUnitId: true } });
      if (!project) throw new AppError('VALIDATION', 'Đề án được kiểm tra không thuộc địa phương này.', { projectId: 'Chọn đề án của địa phương' });
      adminUnitId ??= project.adminUnitId;
    }
    if (adminUnitId !== null) {
      const unit = await tx.adminUnit.findFirst({ where: { AND: [{ id: adminUnitId, provinceId }, adminUnitScope(actor)] }, select: { id: true } });
      if (!unit) throw new AppError('VALIDATION', 'Xã được kiểm tra không thuộc địa phương này.', { adminUnitId: 'Chọn xã của địa phương' });
    }
    const inspection = await tx.inspection.create({
      data: {
        provinceId,
        year: input.year,
        title: input.title,
        plannedOn: input.plannedOn,
        projectId: input.projectId ?? null,
        adminUnitId,
        team: input.team,
        status: INSPECTION_INITIAL_STATE,
        createdById: actor.id,
      },
    });
    await recordAudit(tx, actor, { entityType: 'Inspection', entityId: inspection.id, provinceId, event: 'plan', toStatus: INSPECTION_INITIAL_STATE, data: { title: input.title, year: input.year } });
    return { id: inspection.id };
  });
}
