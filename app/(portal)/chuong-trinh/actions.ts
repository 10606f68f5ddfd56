'use server';

import { revalidatePath } from 'next/cache';
import { programmeCreateSchema } from '@/lib/schemas/programme';
import { action } from '@/lib/server/action';
import { createProgramme } from '@/lib/server/programmes/create-programme';

export const createProgrammeAction = action(programmeCreateSchema, async (input, actor) => {
  const programme = await createProgramme(actor, input);
  revalidatePath('/chuong-trinh');
  return { id: programme.id };
});
