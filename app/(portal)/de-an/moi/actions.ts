'use server';

import { revalidatePath } from 'next/cache';
import { projectGeneralSchema } from '@/lib/schemas/project';
import { action } from '@/lib/server/action';
import { createProject } from '@/lib/server/projects/create-project';

export const createProjectAction = action(projectGeneralSchema, async (input, actor) => {
  const project = await createProject(actor, input);
  revalidatePath('/de-an');
  return { id: project.id };
});
