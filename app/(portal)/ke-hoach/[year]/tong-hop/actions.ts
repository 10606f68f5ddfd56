'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/server/action';
import { sendPlanToFinance } from '@/lib/server/plans/send-plan-to-finance';
import { yearSchema } from '@/lib/schemas/plan';

export const sendToFinanceAction = action(yearSchema, async ({ year }, actor) => {
  await sendPlanToFinance(actor, year);
  revalidatePath('/ke-hoach', 'layout');
});
