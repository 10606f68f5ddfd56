'use server';

import { revalidatePath } from 'next/cache';
import { costLinesSchema } from '@/lib/schemas/project';
import { action } from '@/lib/server/action';
import { replaceCostLines } from '@/lib/server/projects/replace-cost-lines';

export const replaceCostLinesAction = action(costLinesSchema, async (input, actor) => {
  await replaceCostLines(actor, input);
  revalidatePath(`/de-an/${input.projectId}`, 'layout');
});
