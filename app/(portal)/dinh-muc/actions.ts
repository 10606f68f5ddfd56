'use server';

import { revalidatePath } from 'next/cache';
import { normSchema, normUpdateSchema } from '@/lib/schemas/norm';
import { action } from '@/lib/server/action';
import { createNorm, updateNorm } from '@/lib/server/norms/save-norm';

export const createNormAction = action(normSchema, async (input, actor) => {
  const norm = await createNorm(actor, input);
  revalidatePath('/dinh-muc');
  return norm;
});

export const updateNormAction = action(normUpdateSchema, async ({ id, ...input }, actor) => {
  await updateNorm(actor, id, input);
  revalidatePath('/dinh-muc');
  return { id };
});
