'use server';

import { revalidatePath } from 'next/cache';
import type { Actor } from '@/lib/domain/roles';
import {
  acceptanceRequestSchema,
  acceptanceResultSchema,
  appraisalSchema,
  approvalSchema,
  contractSchema,
  documentDeleteSchema,
  projectDeleteSchema,
  documentUploadSchema,
  normExceptionSchema,
  simpleTransitionSchema,
} from '@/lib/schemas/project';
import { fromFormData } from '@/lib/schemas/programme';
import { outputCreateSchema, outputDeleteSchema, participantImportSchema } from '@/lib/schemas/outputs';
import { action } from '@/lib/server/action';
import { deleteProjectOutput } from '@/lib/server/outputs/delete-output';
import { importParticipants } from '@/lib/server/outputs/import-participants';
import { recordProjectOutput } from '@/lib/server/outputs/record-output';
import { deleteProjectDocument } from '@/lib/server/documents/delete-project-document';
import { uploadProjectDocument } from '@/lib/server/documents/upload-project-document';
import { appraiseProject } from '@/lib/server/projects/appraise-project';
import { approveProject } from '@/lib/server/projects/approve-project';
import { changeProjectStatus } from '@/lib/server/projects/change-project-status';
import { deleteProject } from '@/lib/server/projects/delete-project';
import { recordAcceptanceResult } from '@/lib/server/projects/record-acceptance-result';
import { recordNormException } from '@/lib/server/projects/record-norm-exception';
import { requestProjectAcceptance } from '@/lib/server/projects/request-project-acceptance';
import { signProjectContract } from '@/lib/server/projects/sign-project-contract';

// Each wrapper validates with the shared schema and calls one use case, which checks permission,
// scope, state and the page's status itself. Results carry no bigint (plain JSON for the client).
const refresh = (projectId: number) => {
  revalidatePath(`/de-an/${projectId}`, 'layout');
  revalidatePath('/de-an');
};

export const changeStatusAction = action(simpleTransitionSchema, async (input, actor) => {
  const status = await changeProjectStatus(actor, input);
  refresh(input.projectId);
  return { status };
});

/** The handler of a đề án step whose use case answers its new status: refreshes its pages (and the lists `also` names) and answers the status. */
function projectStep<I extends { projectId: number }, St>(step: (actor: Actor, input: I) => Promise<{ status: St }>, ...also: string[]) {
  return async (input: I, actor: Actor) => {
    const { status } = await step(actor, input);
    refresh(input.projectId);
    for (const path of also) revalidatePath(path);
    return { status };
  };
}

export const appraiseAction = action(appraisalSchema, projectStep(appraiseProject));
export const approveAction = action(approvalSchema, projectStep(approveProject, '/quyet-dinh'));
export const signContractAction = action(contractSchema, projectStep(signProjectContract));
export const requestAcceptanceAction = action(acceptanceRequestSchema, projectStep(requestProjectAcceptance));
export const acceptanceResultAction = action(acceptanceResultSchema, projectStep(recordAcceptanceResult, '/quyet-dinh'));

export const normExceptionAction = action(normExceptionSchema, async (input, actor) => {
  await recordNormException(actor, input);
  refresh(input.projectId);
});

export const uploadDocumentAction = action(documentUploadSchema, async (input, actor) => {
  const document = await uploadProjectDocument(actor, input);
  refresh(input.projectId);
  return document;
});

export const deleteDocumentAction = action(documentDeleteSchema, async ({ documentId }, actor) => {
  await deleteProjectDocument(actor, documentId);
  revalidatePath('/de-an', 'layout');
});

export const deleteProjectAction = action(projectDeleteSchema, async (input, actor) => {
  await deleteProject(actor, input);
  revalidatePath('/de-an');
  return { href: '/de-an' };
});

export const recordOutputAction = action(outputCreateSchema, async (input, actor) => {
  const output = await recordProjectOutput(actor, input);
  refresh(input.projectId);
  revalidatePath('/chuong-trinh', 'layout');
  return output;
});

export const importParticipantsAction = action(fromFormData(participantImportSchema), async (input, actor) => {
  const result = await importParticipants(actor, input);
  revalidatePath('/de-an', 'layout');
  revalidatePath('/chuong-trinh', 'layout');
  return result;
});

export const deleteOutputAction = action(outputDeleteSchema, async (input, actor) => {
  const { projectId } = await deleteProjectOutput(actor, input);
  refresh(projectId);
  revalidatePath('/chuong-trinh', 'layout');
  return { message: 'Đã xoá kết quả.' };
});
