import 'server-only';
import { PROJECT_REFUNDABLE_STATES } from '@/lib/domain/lifecycle/project';
import { formatVnd } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import type { RefundInput } from '@/lib/schemas/settlement';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { findMoneyPosition } from '../payments/find-money-position';
import { lockProjectForPayment } from '../payments/payment-limit-guard';
import { getProjectForWriteOrThrow } from '../projects/load-project';


/**
 * Nộp trả ngân sách: the beneficiary paid back money it received above what it may keep; recorded
 * with the treasury document's number and date, never above what the money position says is due.
 */
export async function recordRefund(actor: Actor, input: RefundInput) {
  assertCan(actor, 'settlement:manage');
  return db.$transaction(async (tx) => {
    await lockProjectForPayment(tx, input.projectId);
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    if (!PROJECT_REFUNDABLE_STATES.includes(project.status)) {
      throw new AppError('ILLEGAL_TRANSITION', 'Chỉ ghi nhận nộp trả sau nghiệm thu (hoặc khi đề án đã dừng) và trước khi quyết toán.');
    }
    const position = await findMoneyPosition(tx, project.id);
    if (input.amountVnd > position.toRefundVnd) {
      throw new AppError(
        'LIMIT_EXCEEDED',
        `Số nộp trả ${formatVnd(input.amountVnd)} lớn hơn số phải nộp trả ${formatVnd(position.toRefundVnd)} (đã chi ${formatVnd(position.disbursedVnd)}, đã nộp trả ${formatVnd(position.refundedVnd)}, mức được chi ${formatVnd(position.ceilingVnd)}).`,
        { amountVnd: `Tối đa ${formatVnd(position.toRefundVnd)}` },
      );
    }
    const refund = await tx.refund.create({
      data: { provinceId: project.provinceId, projectId: project.id, amountVnd: input.amountVnd, documentNumber: input.documentNumber, paidOn: input.paidOn, note: input.note || null, recordedById: actor.id },
    });
    await recordAudit(tx, actor, {
      entityType: 'Refund',
      entityId: refund.id,
      provinceId: project.provinceId,
      event: 'record',
      data: { projectId: project.id, amountVnd: input.amountVnd.toString(), documentNumber: input.documentNumber },
    });
    return { id: refund.id };
  });
}
