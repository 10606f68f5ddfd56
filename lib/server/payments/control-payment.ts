import 'server-only';
import { PAYMENT_LIFECYCLE, TREASURY_RESULT_OF } from '@/lib/domain/lifecycle/payment';
import { formatVnd } from '@/lib/domain/money';
import { PAYMENT_KIND_LABELS } from '@/lib/domain/payment-labels';
import type { Actor } from '@/lib/domain/roles';
import type { ControlPaymentInput } from '@/lib/schemas/payment';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db, type Tx } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { findWholeNumberParameter, TREASURY_CONTRACT_FILING_THRESHOLD } from '../norms/find-parameter';
import { notifyRoles } from '../notifications/notify';
import { getPaymentForWriteOrThrow } from './load-payment';
import { assertWithinPaymentLimit } from './payment-limit-guard';

/** The treasury pays only against contracts it holds: those above the threshold must have been filed. */
async function assertContractsFiled(tx: Tx, projectId: number, provinceId: number): Promise<void> {
  const threshold = await findWholeNumberParameter(tx, TREASURY_CONTRACT_FILING_THRESHOLD, provinceId, now());
  const thresholdVnd = threshold?.value ?? 0n;
  const unfiled = await tx.contract.findFirst({
    where: { projectId, filedWithTreasury: false, valueVnd: { gt: thresholdVnd } },
    select: { number: true, valueVnd: true },
  });
  if (unfiled) {
    throw new AppError(
      'VALIDATION',
      `Hợp đồng số ${unfiled.number} giá trị ${formatVnd(unfiled.valueVnd)} trên ${formatVnd(thresholdVnd)} chưa được gửi Kho bạc; chưa thể chấp nhận thanh toán.`,
    );
  }
}

/**
 * Kiểm soát chi: the Kho bạc the request was sent to pays it (PAID) or refuses it with a reason
 * (REFUSED, back to the centre). Paying re-checks, under the đề án row lock, the đề án's state (a
 * đề án stopped after the request was sent is not paid; a payment needs acceptance) and the money
 * position, because the support may have changed or a refused request been re-sent since. Paying
 * records the payment order's number and date.
 */
export async function controlPayment(actor: Actor, input: ControlPaymentInput) {
  assertCan(actor, 'payment:control');
  return db.$transaction(async (tx) => {
    const request = await getPaymentForWriteOrThrow(tx, actor, input.paymentRequestId);
    const event = input.decision === 'pay' ? 'pay' : 'refuse';
    if (event === 'pay') {
      await assertWithinPaymentLimit(tx, request.projectId, request.kind, request.amountVnd, { excludeRequestId: request.id });
      await assertContractsFiled(tx, request.projectId, request.provinceId);
    }
    const reason = input.reason?.trim() || null;
    const paid = event === 'pay' ? { paidOn: input.paidOn ?? now(), paymentOrderNumber: input.paymentOrderNumber?.trim() || null } : {};
    const to = await transition(tx, actor, PAYMENT_LIFECYCLE, request, event, {
      reason,
      data: { projectId: request.projectId, amountVnd: request.amountVnd.toString(), paymentOrderNumber: paid.paymentOrderNumber ?? null },
      changes: paid,
    });
    await tx.treasuryControl.create({
      data: { paymentRequestId: request.id, result: TREASURY_RESULT_OF[event], reason, controlledById: actor.id },
    });
    const what = `${PAYMENT_KIND_LABELS[request.kind]} ${formatVnd(request.amountVnd)} — đề án ${request.project.code}`;
    await notifyRoles(
      tx,
      { provinceId: request.provinceId, roles: ['TTKC_STAFF'] },
      {
        title: event === 'pay' ? `Kho bạc đã thanh toán: ${what}` : `Kho bạc từ chối: ${what}`,
        body: reason ?? undefined,
        link: `/de-an/${request.projectId}/thanh-toan`,
      },
    );
    return { status: to };
  });
}
