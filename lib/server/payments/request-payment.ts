import 'server-only';
import { PROJECT_LIFECYCLE, PROJECT_PAYABLE_STATES } from '@/lib/domain/lifecycle/project';
import { PAYMENT_KIND_LABELS } from '@/lib/domain/payment-labels';
import type { Actor } from '@/lib/domain/roles';
import type { PaymentRequestInput } from '@/lib/schemas/payment';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { getProjectForWriteOrThrow } from '../projects/load-project';
import { assertWithinPaymentLimit, lockProjectForPayment } from './payment-limit-guard';

/**
 * Đề nghị tạm ứng / thanh toán (DRAFT). Never above what was approved, even under concurrent
 * requests: the đề án row is locked before the committed requests are summed. The form's
 * idempotency key makes a double submit return the first request instead of creating a second.
 */
export async function requestPayment(actor: Actor, input: PaymentRequestInput): Promise<{ id: number; created: boolean }> {
  assertCan(actor, 'payment:request');
  return db.$transaction(async (tx) => {
    await lockProjectForPayment(tx, input.projectId);
    const project = await getProjectForWriteOrThrow(tx, actor, input.projectId);
    // Checked after the lock: the twin submit that got here first has committed by now.
    const existing = await tx.paymentRequest.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (existing) {
      if (existing.projectId !== project.id || existing.createdById !== actor.id) {
        throw new AppError('CONFLICT', 'Mã đề nghị đã được dùng cho một đề nghị khác. Vui lòng tải lại trang.');
      }
      return { id: existing.id, created: false };
    }
    if (!PROJECT_PAYABLE_STATES.includes(project.status)) {
      throw new AppError(
        'ILLEGAL_TRANSITION',
        `Chưa thể đề nghị tạm ứng, thanh toán khi đề án đang "${PROJECT_LIFECYCLE.statusLabels[project.status]}" (cần đã ký hợp đồng).`,
      );
    }
    const limits = await assertWithinPaymentLimit(tx, project.id, input.kind, input.amountVnd);
    // A payment after acceptance is net of advances: it clears every advance no payment clears yet.
    const advanceClearedVnd = input.kind === 'PAYMENT' ? limits.position.clearableAdvanceVnd : 0n;
    const request = await tx.paymentRequest.create({
      data: {
        provinceId: project.provinceId,
        projectId: project.id,
        kind: input.kind,
        amountVnd: input.amountVnd,
        advanceClearedVnd,
        payeeName: input.payeeName,
        payeeAccount: input.payeeAccount,
        note: input.note,
        idempotencyKey: input.idempotencyKey,
        createdById: actor.id,
      },
    });
    await recordAudit(tx, actor, {
      entityType: 'PaymentRequest',
      entityId: request.id,
      provinceId: project.provinceId,
      event: 'request',
      toStatus: request.status,
      data: {
        projectId: project.id,
        kind: input.kind,
        label: PAYMENT_KIND_LABELS[input.kind],
        amountVnd: input.amountVnd.toString(),
        advanceClearedVnd: advanceClearedVnd.toString(),
      },
    });
    return { id: request.id, created: true };
  });
}
