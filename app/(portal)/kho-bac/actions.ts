'use server';

import { revalidatePath } from 'next/cache';
import { payPaymentSchema, refusePaymentSchema } from '@/lib/schemas/payment';
import { action } from '@/lib/server/action';
import { controlPayment } from '@/lib/server/payments/control-payment';

// Kiểm soát chi: controlPayment checks the permission, that the request was sent to this treasury,
// its state and (when paying) the approved-support limit under the đề án row lock.
const refresh = () => {
  revalidatePath('/kho-bac');
  revalidatePath('/de-an/[id]', 'layout');
};

export const payPaymentAction = action(payPaymentSchema, async (input, actor) => {
  await controlPayment(actor, { ...input, decision: 'pay' });
  refresh();
  return { message: `Đã chấp nhận thanh toán đề nghị #${input.paymentRequestId}.` };
});

export const refusePaymentAction = action(refusePaymentSchema, async (input, actor) => {
  await controlPayment(actor, { paymentRequestId: input.paymentRequestId, decision: 'refuse', reason: input.reason });
  refresh();
  return { message: `Đã từ chối đề nghị #${input.paymentRequestId}.` };
});
