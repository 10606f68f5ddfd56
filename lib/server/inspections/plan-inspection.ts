import 'server-only';
import { INSPECTION_INITIAL_STATE } from '@/lib/domain/lifecycle/inspection';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import type { InspectionCreateInput } from '@/lib/schemas/outputs';
import { recordAudit } from '../audit';
import { assertAdminUnitInScope, assertCan, getActorProvinceIdOrThrow } from '../authz';
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
  const provinceId = getActorProvinceIdOrThrow(actor);
  return db.$transaction(async (tx) => {
    let adminUnitId = input.adminUnitId ?? null;
    if (input.projectId) {
      const project = await tx.project.findFirst({ where: { AND: [{ id: input.projectId, provinceId }, projectScope(actor)] }, select: { id: true, adminUnitId: true } });
      if (!project) throw new AppError('VALIDATION', 'Đề án được kiểm tra không thuộc địa phương này.', { projectId: 'Chọn đề án của địa phương' });
      adminUnitId ??= project.adminUnitId;
    }
    if (adminUnitId !== null) await assertAdminUnitInScope(tx, actor, provinceId, adminUnitId, 'Xã được kiểm tra không thuộc địa phương này.');
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
