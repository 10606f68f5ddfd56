'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/server/action';
import { createUser } from '@/lib/server/users/create-user';
import { resetUserPassword } from '@/lib/server/users/reset-user-password';
import { setUserActive } from '@/lib/server/users/set-user-active';
import { createUserSchema, resetPasswordSchema, setUserActiveSchema } from '@/lib/schemas/user';

export const createUserAction = action(createUserSchema, async (input, actor) => {
  const result = await createUser(actor, input);
  revalidatePath('/quan-tri/nguoi-dung');
  return result;
});

export const setUserActiveAction = action(setUserActiveSchema, async (input, actor) => {
  await setUserActive(actor, input.userId, input.active);
  revalidatePath('/quan-tri/nguoi-dung');
});

export const resetPasswordAction = action(resetPasswordSchema, async (input, actor) => {
  await resetUserPassword(actor, input.userId, input.password);
});
