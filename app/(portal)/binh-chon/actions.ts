'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { PUBLIC_PAGE_CACHE_TAG } from '@/lib/domain/public-disclosure';
import { contestEntrySchema, contestForwardWinnersSchema, contestRoundCreateSchema, contestRoundEventSchema, contestScoreSchema } from '@/lib/schemas/contest';
import { action } from '@/lib/server/action';
import { createContestRound } from '@/lib/server/contests/create-contest-round';
import { forwardContestEntry } from '@/lib/server/contests/forward-contest-entry';
import { forwardContestWinners } from '@/lib/server/contests/forward-contest-winners';
import { moveContestRound } from '@/lib/server/contests/move-contest-round';
import { scoreContestEntry } from '@/lib/server/contests/score-contest-entry';

export const createContestRoundAction = action(contestRoundCreateSchema, async (input, actor) => {
  const { id } = await createContestRound(actor, input);
  revalidatePath('/binh-chon');
  return { href: `/binh-chon/${id}` };
});

const MOVED: Record<string, string> = {
  open: 'Đã mở nhận sản phẩm.',
  startScoring: 'Đã chuyển hội đồng chấm điểm.',
  publish: 'Đã công bố kết quả.',
};

export const moveContestRoundAction = action(contestRoundEventSchema, async (input, actor) => {
  await moveContestRound(actor, input);
  revalidatePath(`/binh-chon/${input.roundId}`);
  // Published results show on the public page at once (read-your-own-writes), not after its cache ages.
  if (input.event === 'publish') updateTag(PUBLIC_PAGE_CACHE_TAG);
  return { message: MOVED[input.event] };
});

export const forwardContestEntryAction = action(contestEntrySchema, async (input, actor) => {
  await forwardContestEntry(actor, input);
  revalidatePath(`/binh-chon/${input.roundId}`);
  return { message: `Đã gửi sản phẩm "${input.productName}".` };
});

export const scoreContestEntryAction = action(contestScoreSchema, async (input, actor) => {
  await scoreContestEntry(actor, input);
  return { message: 'Đã lưu điểm.' };
});

export const forwardContestWinnersAction = action(contestForwardWinnersSchema, async (input, actor) => {
  const { forwarded } = await forwardContestWinners(actor, input);
  revalidatePath(`/binh-chon/${input.toRoundId}`);
  return { message: `Đã chuyển ${forwarded} sản phẩm lên cấp trên.` };
});
