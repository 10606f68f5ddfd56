'use server';

import { revalidatePath } from 'next/cache';
import { formatVnd } from '@/lib/domain/money';
import { PAYMENT_KIND_LABELS } from '@/lib/domain/payment-labels';
import { cancelPaymentSchema, paymentRequestSchema, sendPaymentSchema } from '@/lib/schemas/payment';
import { action } from '@/lib/server/action';
import { cancelPayment } from '@/lib/server/payments/cancel-payment';
import { requestPayment } from '@/lib/server/payments/request-payment';
import { sendPaymentToTreasury } from '@/lib/server/payments/send-payment-to-treasury';

// Thin wrappers: the use cases check permission, scope, state and the money limit themselves.
const refresh = () => {
  revalidatePath('/de-an/[id]', 'layout');
  revalidatePath('/kho-bac');
};

export const requestPaymentAction = action(paymentRequestSchema, async (input, actor) => {
  const { id, created } = await requestPayment(actor, input);
  refresh();
  return {
    message: created
      ? `Đã lập đề nghị ${PAYMENT_KIND_LABELS[input.kind].toLowerCase()} #${id}: ${formatVnd(input.amountVnd)}.`
      : `Đề nghị #${id} đã được lập trước đó (gửi trùng), không tạo thêm.`,
  };
});

export const sendPaymentAction = action(sendPaymentSchema, async (input, actor) => {
  const { treasuryName } = await sendPaymentToTreasury(actor, input);
  refresh();
  return { message: `Đã gửi đề nghị #${input.paymentRequestId} tới ${treasuryName}.` };
});

export const cancelPaymentAction = action(cancelPaymentSchema, async (input, actor) => {
  await cancelPayment(actor, input);
  refresh();
  return { message: `Đã huỷ đề nghị #${input.paymentRequestId}.` };
});
