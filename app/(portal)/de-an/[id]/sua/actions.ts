'use server';

import { revalidatePath } from 'next/cache';
import { beneficiariesSchema, projectUpdateSchema } from '@/lib/schemas/project';
import { action } from '@/lib/server/action';
import { setProjectBeneficiaries } from '@/lib/server/projects/set-project-beneficiaries';
import { updateProject } from '@/lib/server/projects/update-project';

export const updateProjectAction = action(projectUpdateSchema, async ({ projectId, ...input }, actor) => {
  await updateProject(actor, projectId, input);
  revalidatePath(`/de-an/${projectId}`, 'layout');
  return { id: projectId };
});

export const setBeneficiariesAction = action(beneficiariesSchema, async (input, actor) => {
  await setProjectBeneficiaries(actor, input);
  revalidatePath(`/de-an/${input.projectId}`, 'layout');
});
