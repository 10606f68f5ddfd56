'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { action } from '@/lib/server/action';
import { retryEmail } from '@/lib/server/mail/retry-email';

export const retryEmailAction = action(z.object({ emailId: z.number().int().positive() }), async (input, actor) => {
  await retryEmail(actor, input.emailId);
  revalidatePath('/quan-tri/thu-di');
  return { message: 'Đã đưa thư vào hàng chờ gửi lại.' };
});
