'use server';

import { revalidatePath } from 'next/cache';
import { inspectionCreateSchema, inspectionTransitionSchema } from '@/lib/schemas/outputs';
import { action } from '@/lib/server/action';
import { changeInspectionStatus } from '@/lib/server/inspections/change-inspection-status';
import { planInspection } from '@/lib/server/inspections/plan-inspection';

export const planInspectionAction = action(inspectionCreateSchema, async (input, actor) => {
  const result = await planInspection(actor, input);
  revalidatePath('/kiem-tra', 'layout');
  if (input.projectId) revalidatePath(`/de-an/${input.projectId}`);
  return result;
});

export const inspectionTransitionAction = action(inspectionTransitionSchema, async (input, actor) => {
  const status = await changeInspectionStatus(actor, input);
  revalidatePath('/kiem-tra', 'layout');
  revalidatePath('/de-an', 'layout');
  return { status };
});
