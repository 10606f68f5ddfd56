'use server';

import { revalidatePath } from 'next/cache';
import { fromFormData, programmeApproveSchema, programmeCloseSchema, targetsEditSchema } from '@/lib/schemas/programme';
import { action } from '@/lib/server/action';
import { approveProgramme } from '@/lib/server/programmes/approve-programme';
import { closeProgramme } from '@/lib/server/programmes/close-programme';
import { updateProgrammeTargets } from '@/lib/server/programmes/update-programme-targets';

function refresh(programmeId: number) {
  revalidatePath(`/chuong-trinh/${programmeId}`);
  revalidatePath('/chuong-trinh');
}

export const saveTargetsAction = action(targetsEditSchema, async (input, actor) => {
  const changes = await updateProgrammeTargets(actor, input);
  refresh(input.programmeId);
  return { changes: changes.length };
});

export const approveProgrammeAction = action(fromFormData(programmeApproveSchema), async ({ programmeId, file, ...decision }, actor) => {
  await approveProgramme(actor, { programmeId, decision, file });
  refresh(programmeId);
});

export const closeProgrammeAction = action(programmeCloseSchema, async (input, actor) => {
  await closeProgramme(actor, input);
  refresh(input.programmeId);
});
