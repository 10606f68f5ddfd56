import 'server-only';
import { PROJECT_LIFECYCLE } from '@/lib/domain/lifecycle/project';
import { SETTLEMENT_LIFECYCLE } from '@/lib/domain/lifecycle/settlement';
import { formatVnd } from '@/lib/domain/money';
import { cancellableAtSettlement } from '@/lib/domain/money-position';
import type { Actor } from '@/lib/domain/roles';
import type { SubmitSettlementInput } from '@/lib/schemas/settlement';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { findMoneyPosition } from '../payments/find-money-position';
import { lockProjectForPayment } from '../payments/payment-limit-guard';
import { getProjectForWriteOrThrow } from '../projects/load-project';

/**
 * Lập và trình quyết toán: after liquidation, with nothing still due and every refund recorded, the
 * position is frozen on the Settlement row and the approved support never spent is given up
 * (cancelledVnd), so that approved = paid − refunded + refunded + cancelled to the đồng.
 */
export async function submitSettlement(actor: Actor, input: SubmitSettlementInput) {
  assertCan(actor, 'settlement:manage');
  return db.$transaction(async (tx) => {
    await lockProjectForPayment(tx, input.projectId);
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    if (!PROJECT_LIFECYCLE.events.settle.from.includes(project.status)) throw new AppError('ILLEGAL_TRANSITION', 'Chỉ lập quyết toán sau khi đã thanh lý hợp đồng.');
    const p = await findMoneyPosition(tx, project.id);
    const problems = [
      p.sentVnd > 0n || p.requestedVnd > p.disbursedVnd ? `còn đề nghị chưa được Kho bạc thanh toán (${formatVnd(p.requestedVnd - p.disbursedVnd)}): thanh toán hoặc huỷ` : null,
      p.owedVnd > 0n ? `còn phải thanh toán cho cơ sở ${formatVnd(p.owedVnd)}` : null,
      p.toRefundVnd > 0n ? `cơ sở còn phải nộp trả ${formatVnd(p.toRefundVnd)}` : null,
    ].filter(Boolean);
    if (problems.length) throw new AppError('VALIDATION', `Chưa thể quyết toán: ${problems.join('; ')}.`);
    const existing = await tx.settlement.findUnique({ where: { projectId: project.id } });
    // Drawn up again after a return, the settlement replaces the amount it gave up itself: the
    // position already counts it, so it is added back before what is still unspent is given up.
    const cancelledVnd = cancellableAtSettlement(p) + (existing?.cancelledVnd ?? 0n);
    const figures = {
      approvedVnd: p.approvedVnd,
      contractedVnd: p.contractedVnd ?? 0n,
      acceptedValueVnd: p.acceptedValueVnd ?? 0n,
      advancedVnd: p.advancedVnd,
      paidVnd: p.paidVnd,
      refundedVnd: p.refundedVnd,
      // What had to be paid back, all of it refunded by now (refundedVnd ≤ toRefundVnd in the database).
      toRefundVnd: p.refundedVnd,
      settledVnd: p.disbursedVnd - p.refundedVnd,
      disallowedVnd: p.refundedVnd,
      cancelledVnd,
      note: input.note || null,
    };
    const settlement = existing
      ? await tx.settlement.update({ where: { id: existing.id }, data: figures })
      : await tx.settlement.create({ data: { projectId: project.id, createdById: actor.id, ...figures } });
    const status = await transition(tx, actor, SETTLEMENT_LIFECYCLE, { id: settlement.id, status: settlement.status, provinceId: project.provinceId }, 'submit', {
      data: { projectId: project.id, settledVnd: figures.settledVnd.toString(), cancelledVnd: cancelledVnd.toString() },
    });
    return { id: settlement.id, status };
  });
}
