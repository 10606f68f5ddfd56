'use server';

import { revalidatePath } from 'next/cache';
import type { Actor } from '@/lib/domain/roles';
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
/** The handler of a settlement step: runs its use case, refreshes the đề án's pages and answers what was done, in words. */
function settlementStep<I>(step: (actor: Actor, input: I) => Promise<unknown>, done: (input: I) => string) {
  return async (input: I, actor: Actor) => {
    await step(actor, input);
    revalidatePath('/de-an/[id]', 'layout');
    return { message: done(input) };
  };
}

export const liquidateAction = action(liquidationSchema, settlementStep(liquidateContract, (input) => `Đã thanh lý hợp đồng (biên bản ${input.minutesNumber}).`));
export const refundAction = action(refundSchema, settlementStep(recordRefund, (input) => `Đã ghi nhận nộp trả ${formatVnd(input.amountVnd)} (chứng từ ${input.documentNumber}).`));
export const submitSettlementAction = action(submitSettlementSchema, settlementStep(submitSettlement, () => 'Đã lập và trình quyết toán.'));
export const approveSettlementAction = action(approveSettlementSchema, settlementStep(approveSettlement, (input) => `Đã phê duyệt quyết toán (${input.decision.number}).`));
export const returnSettlementAction = action(returnSettlementSchema, settlementStep(returnSettlement, () => 'Đã trả lại hồ sơ quyết toán cho Trung tâm Khuyến công.'));
export const closeProjectAction = action(closeProjectSchema, settlementStep(closeProject, () => 'Đã đóng hồ sơ đề án.'));
