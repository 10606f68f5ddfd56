'use server';

import { revalidatePath } from 'next/cache';
import { approveYearlySettlementSchema } from '@/lib/schemas/settlement';
import { action } from '@/lib/server/action';
import { approveYearlySettlement } from '@/lib/server/settlements/approve-yearly-settlement';

export const approveYearlySettlementAction = action(approveYearlySettlementSchema, async (input, actor) => {
  await approveYearlySettlement(actor, input);
  revalidatePath('/quyet-toan');
  return { message: `Đã phê duyệt quyết toán năm ${input.year} (${input.decision.number}).` };
});
