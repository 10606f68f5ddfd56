'use server';

import { revalidatePath } from 'next/cache';
import { dossierHandInSchema, dossierReviewSchema, dossierWithdrawSchema } from '@/lib/schemas/project';
import { action } from '@/lib/server/action';
import { handInDossier, reviewDossierDocument, withdrawDossierDocument } from '@/lib/server/documents/acceptance-dossier';

// Hồ sơ nghiệm thu: each wrapper validates with the shared schema and calls one use case (which
// checks permission, scope and state itself).
const refresh = () => revalidatePath('/de-an', 'layout');

export const handInDossierAction = action(dossierHandInSchema, async (input, actor) => {
  const { handedIn } = await handInDossier(actor, input);
  refresh();
  return { message: `Đã nộp hồ sơ (${handedIn} tài liệu). Trung tâm Khuyến công đã được thông báo.` };
});

export const withdrawDossierDocumentAction = action(dossierWithdrawSchema, async ({ documentId }, actor) => {
  await withdrawDossierDocument(actor, documentId);
  refresh();
});

export const reviewDossierDocumentAction = action(dossierReviewSchema, async (input, actor) => {
  const result = await reviewDossierDocument(actor, input);
  refresh();
  return result;
});
