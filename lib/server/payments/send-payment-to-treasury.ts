import 'server-only';
import { PAYMENT_LIFECYCLE } from '@/lib/domain/lifecycle/payment';
import { PROJECT_PAYABLE_STATES } from '@/lib/domain/lifecycle/project';
import { formatVnd } from '@/lib/domain/money';
import { PAYMENT_KIND_LABELS } from '@/lib/domain/payment-labels';
import type { Actor } from '@/lib/domain/roles';
import type { SendPaymentInput } from '@/lib/schemas/payment';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { notifyRoles } from '../notifications/notify';
import { getPaymentForWriteOrThrow } from './load-payment';
import { assertWithinPaymentLimit } from './payment-limit-guard';

/**
 * Trung tâm Khuyến công sends a request to the province's Kho bạc Nhà nước for control. A request
 * refused earlier left the committed total while refused, so the limit is checked again here.
 */
export async function sendPaymentToTreasury(actor: Actor, input: SendPaymentInput) {
  assertCan(actor, 'payment:send-to-treasury');
  return db.$transaction(async (tx) => {
    const request = await getPaymentForWriteOrThrow(tx, actor, input.paymentRequestId);
    if (!PROJECT_PAYABLE_STATES.includes(request.project.status)) {
      throw new AppError('ILLEGAL_TRANSITION', `Đề án ${request.project.code} không còn ở giai đoạn được tạm ứng, thanh toán.`);
    }
    await assertWithinPaymentLimit(tx, request.projectId, request.kind, request.amountVnd, { excludeRequestId: request.id });
    const treasury = await tx.organization.findFirst({
      where: { provinceId: request.provinceId, kind: 'KBNN' },
      orderBy: { id: 'asc' },
      select: { id: true, name: true },
    });
    if (!treasury) throw new AppError('VALIDATION', 'Chưa khai báo Kho bạc Nhà nước của tỉnh/thành phố; liên hệ quản trị hệ thống.');
    const sentAt = now();
    const to = await transition(tx, actor, PAYMENT_LIFECYCLE, request, 'sendToTreasury', {
      data: { projectId: request.projectId, treasuryOrgId: treasury.id, amountVnd: request.amountVnd.toString() },
      changes: { treasuryOrgId: treasury.id, sentAt },
    });
    await notifyRoles(
      tx,
      { provinceId: request.provinceId, roles: ['KBNN_OFFICER'], organizationId: treasury.id },
      {
        title: `Đề nghị ${PAYMENT_KIND_LABELS[request.kind].toLowerCase()} ${formatVnd(request.amountVnd)} — đề án ${request.project.code}`,
        body: request.project.name,
        link: '/kho-bac',
      },
    );
    return { status: to, treasuryName: treasury.name };
  });
}
