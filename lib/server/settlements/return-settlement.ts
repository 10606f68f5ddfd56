import 'server-only';
import { SETTLEMENT_LIFECYCLE } from '@/lib/domain/lifecycle/settlement';
import type { Actor } from '@/lib/domain/roles';
import type { ReturnSettlementInput } from '@/lib/schemas/settlement';
import { assertCan } from '../authz';
import { db } from '../db';
import { transition } from '../lifecycle/transition';
import { notifyProject } from '../projects/notify-project';
import { getSettlementForDecisionOrThrow } from './get-settlement-for-decision';

/**
 * Trả lại hồ sơ quyết toán: the approver sends a submitted settlement back to the Trung tâm with the
 * reason (figures to correct, or a position that no longer balances); the Trung tâm draws it up
 * again, which re-freezes the figures from the money position, before it can be approved.
 */
export async function returnSettlement(actor: Actor, input: ReturnSettlementInput) {
  assertCan(actor, 'settlement:approve');
  return db.$transaction(async (tx) => {
    const { project, settlement } = await getSettlementForDecisionOrThrow(tx, actor, input.projectId);
    const status = await transition(tx, actor, SETTLEMENT_LIFECYCLE, { id: settlement.id, status: settlement.status, provinceId: project.provinceId }, 'return', {
      reason: input.reason,
      data: { projectId: project.id },
    });
    await notifyProject(tx, project, ['ttkc'], { title: `Đề án ${project.code}: hồ sơ quyết toán bị trả lại`, body: input.reason });
    return { status };
  });
}
