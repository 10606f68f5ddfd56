'use server';

import { revalidatePath } from 'next/cache';
import { amendmentDecisionSchema, amendmentRequestSchema, amendmentWithdrawSchema } from '@/lib/schemas/project';
import { action } from '@/lib/server/action';
import { decideAmendment } from '@/lib/server/projects/decide-amendment';
import { requestAmendment } from '@/lib/server/projects/request-amendment';
import { withdrawAmendment } from '@/lib/server/projects/withdraw-amendment';

export const requestAmendmentAction = action(amendmentRequestSchema, async (input, actor) => {
  const { amendmentId, scale } = await requestAmendment(actor, input);
  revalidatePath(`/de-an/${input.projectId}`, 'layout');
  return { amendmentId, scale };
});

export const decideAmendmentAction = action(amendmentDecisionSchema, async (input, actor) => {
  const { status } = await decideAmendment(actor, input);
  revalidatePath('/de-an', 'layout');
  revalidatePath('/quyet-dinh');
  return { status };
});

export const withdrawAmendmentAction = action(amendmentWithdrawSchema, async (input, actor) => {
  const { status } = await withdrawAmendment(actor, input);
  revalidatePath('/de-an', 'layout');
  return { message: 'Đã rút đề nghị điều chỉnh. Có thể lập đề nghị mới.', status };
});
