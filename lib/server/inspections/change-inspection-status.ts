import 'server-only';
import { INSPECTION_LIFECYCLE, type InspectionStatus } from '@/lib/domain/lifecycle/inspection';
import type { Actor } from '@/lib/domain/roles';
import { inspectionScope } from '@/lib/domain/scope';
import type { InspectionTransitionInput } from '@/lib/schemas/outputs';
import { assertCan, getInScopeOrThrow } from '../authz';
import { today } from '../dates';
import { db } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';

/**
 * Moves an inspection through its lifecycle with the one generic transition (guarded update + audit
 * row): "conduct" records the date, findings and recommendations; "followUp" what was done about
 * them; "close" ends the follow-up; "cancel" drops a planned visit with a reason.
 */
export async function changeInspectionStatus(actor: Actor, input: InspectionTransitionInput): Promise<InspectionStatus> {
  assertCan(actor, 'inspection:read');
  return db.$transaction(async (tx) => {
    const inspection = await getInScopeOrThrow(
      tx.inspection.findFirst({ where: { AND: [{ id: input.inspectionId }, inspectionScope(actor)] } }),
      async () => (await tx.inspection.count({ where: { id: input.inspectionId } })) > 0,
      'cuộc kiểm tra',
    );
    let changes = {};
    if (input.event === 'conduct') {
      const problems: Record<string, string> = {};
      if (!input.conductedOn) problems.conductedOn = 'Nhập ngày kiểm tra';
      else if (input.conductedOn > today()) problems.conductedOn = 'Ngày kiểm tra không được sau hôm nay';
      if (!input.findings) problems.findings = 'Nhập kết quả kiểm tra';
      if (Object.keys(problems).length) throw new AppError('VALIDATION', `${Object.values(problems).join('. ')}.`, problems);
      changes = { conductedOn: input.conductedOn, findings: input.findings, recommendations: input.recommendations ?? null };
    } else if (input.event === 'followUp') {
      if (!input.followUp) throw new AppError('VALIDATION', 'Nhập kết quả thực hiện kiến nghị.', { followUp: 'Nhập kết quả thực hiện kiến nghị' });
      changes = { followUp: input.followUp };
    }
    return transition(tx, actor, INSPECTION_LIFECYCLE, { id: inspection.id, status: inspection.status, provinceId: inspection.provinceId }, input.event, {
      reason: input.reason,
      changes,
      data: input.event === 'conduct' ? { findings: input.findings ?? null, recommendations: input.recommendations ?? null } : input.event === 'followUp' ? { followUp: input.followUp ?? null } : undefined,
    });
  });
}
