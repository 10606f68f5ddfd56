'use server';

import { revalidatePath } from 'next/cache';
import { collaboratorActivitySchema, collaboratorApproveSchema, collaboratorCreateSchema, collaboratorEndSchema } from '@/lib/schemas/outputs';
import { action } from '@/lib/server/action';
import { approveCollaborator, endCollaborator } from '@/lib/server/collaborators/decide-collaborator';
import { proposeCollaborator } from '@/lib/server/collaborators/propose-collaborator';
import { recordCollaboratorActivity } from '@/lib/server/collaborators/record-collaborator-activity';

const refresh = () => revalidatePath('/cong-tac-vien', 'layout');

export const proposeCollaboratorAction = action(collaboratorCreateSchema, async (input, actor) => {
  const result = await proposeCollaborator(actor, input);
  refresh();
  return result;
});

export const approveCollaboratorAction = action(collaboratorApproveSchema, async (input, actor) => {
  const status = await approveCollaborator(actor, input);
  refresh();
  revalidatePath('/quyet-dinh');
  return { status };
});

export const endCollaboratorAction = action(collaboratorEndSchema, async (input, actor) => {
  const status = await endCollaborator(actor, input);
  refresh();
  return { status };
});

export const collaboratorActivityAction = action(collaboratorActivitySchema, async (input, actor) => {
  const result = await recordCollaboratorActivity(actor, input);
  refresh();
  return result;
});
