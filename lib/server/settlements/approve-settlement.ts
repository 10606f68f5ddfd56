import 'server-only';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { SETTLEMENT_LIFECYCLE } from '@/lib/domain/lifecycle/settlement';
import { formatVnd } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import type { ApproveSettlementInput } from '@/lib/schemas/settlement';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db } from '../db';
import { recordDecision } from '../decisions/record-decision';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { findMoneyPosition } from '../payments/find-money-position';
import { notifyProject } from '../projects/notify-project';
import { getSettlementForDecisionOrThrow } from './get-settlement-for-decision';

/**
 * Phê duyệt quyết toán: re-reads the money position under the lock and approves only if it balances
 * to the đồng (approved = paid − refunded + refunded + cancelled, nothing owed or to refund); records
 * the decision and moves the đề án LIQUIDATED → SETTLED.
 */
export async function approveSettlement(actor: Actor, input: ApproveSettlementInput) {
  assertCan(actor, 'settlement:approve');
  return db.$transaction(async (tx) => {
    const { project, settlement } = await getSettlementForDecisionOrThrow(tx, actor, input.projectId);
    const p = await findMoneyPosition(tx, project.id);
    if (!p.settled || p.disbursedVnd - p.refundedVnd !== settlement.settledVnd) {
      throw new AppError(
        'CONFLICT',
        `Quyết toán không cân đối: được duyệt ${formatVnd(p.approvedVnd)} ≠ đã chi ${formatVnd(p.disbursedVnd - p.refundedVnd)} + đã nộp trả ${formatVnd(p.refundedVnd)} + huỷ ${formatVnd(p.cancelledVnd)} (còn ${formatVnd(p.remainingVnd)}). Trả lại để lập lại quyết toán.`,
      );
    }
    const decision = await recordDecision(tx, actor, project.provinceId, 'SETTLEMENT_APPROVAL', input.decision);
    await transition(tx, actor, SETTLEMENT_LIFECYCLE, { id: settlement.id, status: settlement.status, provinceId: project.provinceId }, 'approve', {
      data: { projectId: project.id, decisionId: decision.id },
      changes: { decisionId: decision.id, approvedById: actor.id, approvedAt: now() },
    });
    const to = await transition(tx, actor, PROJECT_LIFECYCLE, project, 'settle', { data: { settlementId: settlement.id, decisionId: decision.id } });
    await notifyProject(tx, project, ['ttkc', 'beneficiaries'], { title: `Đề án ${project.code}: quyết toán đã được phê duyệt (${input.decision.number})` });
    return { status: to, decisionId: decision.id };
  });
}
