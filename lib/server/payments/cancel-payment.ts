import 'server-only';
import { PAYMENT_LIFECYCLE } from '@/lib/domain/lifecycle/payment';
import type { Actor } from '@/lib/domain/roles';
import type { CancelPaymentInput } from '@/lib/schemas/payment';
import { assertCan } from '../authz';
import { db } from '../db';
import { transition } from '../lifecycle/transition';
import { getPaymentForWriteOrThrow } from './load-payment';

/** Huỷ a draft or refused request: it stops counting against the approved support. */
export async function cancelPayment(actor: Actor, input: CancelPaymentInput) {
  assertCan(actor, 'payment:request');
  return db.$transaction(async (tx) => {
    const request = await getPaymentForWriteOrThrow(tx, actor, input.paymentRequestId);
    return transition(tx, actor, PAYMENT_LIFECYCLE, request, 'cancel', { reason: input.reason, data: { projectId: request.projectId } });
  });
}
