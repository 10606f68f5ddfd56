'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/server/action';
import { openRound } from '@/lib/server/plans/open-round';
import { openRoundSchema } from '@/lib/schemas/plan';

export const openRoundAction = action(openRoundSchema, async (input, actor) => {
  const round = await openRound(actor, input);
  revalidatePath('/ke-hoach', 'layout');
  return { year: round.year };
});
