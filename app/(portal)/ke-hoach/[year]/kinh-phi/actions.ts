'use server';

import { revalidatePath } from 'next/cache';
import { formatVnd } from '@/lib/domain/money';
import { action } from '@/lib/server/action';
import { approveBudget } from '@/lib/server/plans/approve-budget';
import { returnBudget } from '@/lib/server/plans/return-budget';
import { saveBudgetAppraisal } from '@/lib/server/plans/save-budget-appraisal';
import { budgetAppraisalSchema, returnBudgetSchema, yearSchema } from '@/lib/schemas/plan';

export const saveBudgetAction = action(budgetAppraisalSchema, async (input, actor) => {
  const saved = await saveBudgetAppraisal(actor, input);
  revalidatePath('/ke-hoach', 'layout');
  return { approvedTotal: formatVnd(saved.approvedTotalVnd), warning: saved.warning };
});

export const returnBudgetAction = action(returnBudgetSchema, async (input, actor) => {
  await returnBudget(actor, input);
  revalidatePath('/ke-hoach', 'layout');
});

export const approveBudgetAction = action(yearSchema, async ({ year }, actor) => {
  await approveBudget(actor, year);
  revalidatePath('/ke-hoach', 'layout');
});
