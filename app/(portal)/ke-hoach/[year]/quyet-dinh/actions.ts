'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/server/action';
import { recordPlanDecision } from '@/lib/server/plans/record-plan-decision';
import { planDecisionUploadSchema } from '@/lib/schemas/plan';

const record = action(planDecisionUploadSchema, async (input, actor) => {
  const result = await recordPlanDecision(actor, input);
  revalidatePath('/ke-hoach', 'layout');
  revalidatePath('/de-an');
  return { projects: result.projects.length };
});

/** Multipart: the decision's fields and its signed file. */
export async function recordPlanDecisionAction(form: FormData) {
  // Field names and types are checked by the schema; FormData only knows strings and files.
  return record(Object.fromEntries(form) as never);
}
