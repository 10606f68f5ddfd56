'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { action } from '@/lib/server/action';
import { runJobNow } from '@/lib/server/jobs/run-job-now';
import { summarize } from '@/lib/server/jobs/registry';

export const runJobNowAction = action(z.object({ name: z.string().min(1).max(100) }), async (input, actor) => {
  const result = await runJobNow(actor, input.name);
  revalidatePath('/quan-tri/tac-vu');
  return { message: `Đã chạy xong (${summarize(result)}).` };
});
