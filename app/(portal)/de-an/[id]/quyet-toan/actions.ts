'use server';

import { revalidatePath } from 'next/cache';
import { formatVnd } from '@/lib/domain/money';
import { approveSettlementSchema, closeProjectSchema, liquidationSchema, refundSchema, returnSettlementSchema, submitSettlementSchema } from '@/lib/schemas/settlement';
import { action } from '@/lib/server/action';
import { approveSettlement } from '@/lib/server/settlements/approve-settlement';
import { closeProject } from '@/lib/server/settlements/close-project';
import { liquidateContract } from '@/lib/server/settlements/liquidate-contract';
import { recordRefund } from '@/lib/server/settlements/record-refund';
import { returnSettlement } from '@/lib/server/settlements/return-settlement';
import { submitSettlement } from '@/lib/server/settlements/submit-settlement';

// Thin wrappers: the use cases check permission, scope, state and the money position under the lock.
const refresh = () => revalidatePath('/de-an/[id]', 'layout');

export const liquidateAction = action(liquidationSchema, async (input, actor) => {
  await liquidateContract(actor, input);
  refresh();
  return { message: `Đã thanh lý hợp đồng (biên bản ${input.minutesNumber}).` };
});

export const refundAction = action(refundSchema, async (input, actor) => {
  await recordRefund(actor, input);
  refresh();
  return { message: `Đã ghi nhận nộp trả ${formatVnd(input.amountVnd)} (chứng từ ${input.documentNumber}).` };
});

export const submitSettlementAction = action(submitSettlementSchema, async (input, actor) => {
  await submitSettlement(actor, input);
  refresh();
  return { message: 'Đã lập và trình quyết toán.' };
});

export const approveSettlementAction = action(approveSettlementSchema, async (input, actor) => {
  await approveSettlement(actor, input);
  refresh();
  return { message: `Đã phê duyệt quyết toán (${input.decision.number}).` };
});

export const returnSettlementAction = action(returnSettlementSchema, async (input, actor) => {
  await returnSettlement(actor, input);
  refresh();
  return { message: 'Đã trả lại hồ sơ quyết toán cho Trung tâm Khuyến công.' };
});

export const closeProjectAction = action(closeProjectSchema, async (input, actor) => {
  await closeProject(actor, input);
  refresh();
  return { message: 'Đã đóng hồ sơ đề án.' };
});
