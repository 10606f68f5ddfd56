import 'server-only';
import { averageScoreHundredths, certificateNumber, rankByScore } from '@/lib/domain/contest';
import { CONTEST_ROUND_LIFECYCLE } from '@/lib/domain/lifecycle/contest';
import type { Actor } from '@/lib/domain/roles';
import type { ContestRoundEventInput } from '@/lib/schemas/contest';
import { assertCan } from '../authz';
import { now } from '../clock';
import { db, type Tx } from '../db';
import { AppError } from '../errors';
import { transition } from '../lifecycle/transition';
import { loadContestRound } from './contest-access';

/**
 * Moves a round along its lifecycle (open → scoring → published). Publishing computes each entry's
 * score (average of the members' totals), its rank and, for the winners, a certificate number, in
 * the same transaction as the status change.
 */
export async function moveContestRound(actor: Actor, input: ContestRoundEventInput): Promise<void> {
  // The permission first, so a refusal never depends on the round's contents.
  assertCan(actor, CONTEST_ROUND_LIFECYCLE.events[input.event].permission);
  await db.$transaction(async (tx) => {
    const round = await loadContestRound(tx, actor, input.roundId);
    // Lock the round: scores and entries written concurrently wait for the move.
    await tx.$queryRaw`SELECT 1 FROM "ContestRound" WHERE "id" = ${round.id} FOR UPDATE`;
    if (input.event === 'startScoring' && !(await tx.contestEntry.count({ where: { roundId: round.id } }))) {
      throw new AppError('VALIDATION', 'Chưa có sản phẩm nào được gửi đến cuộc bình chọn.');
    }
    if (input.event === 'publish') await computeResults(tx, round);
    await transition(tx, actor, CONTEST_ROUND_LIFECYCLE, round, input.event, { changes: input.event === 'publish' ? { publishedAt: now() } : {} });
  }, { timeout: 30_000 });
}

async function computeResults(tx: Tx, round: { id: number; year: number; winnerCount: number }): Promise<void> {
  const totals = await tx.contestScore.groupBy({ by: ['entryId', 'memberId'], where: { entry: { roundId: round.id } }, _sum: { points: true } });
  if (totals.length === 0) throw new AppError('VALIDATION', 'Hội đồng chưa chấm điểm sản phẩm nào.');
  const entries = await tx.contestEntry.findMany({ where: { roundId: round.id }, select: { id: true }, orderBy: { id: 'asc' } });
  const scores = entries.map((e) => averageScoreHundredths(totals.filter((t) => t.entryId === e.id).map((t) => t._sum.points ?? 0)));
  const ranks = rankByScore(scores);
  for (const [i, entry] of entries.entries()) {
    const rank = ranks[i] ?? null;
    const winner = rank !== null && rank <= round.winnerCount;
    await tx.contestEntry.update({
      where: { id: entry.id },
      data: { scoreHundredths: scores[i] ?? null, rank, certificateNo: winner ? certificateNumber(round, { id: entry.id, rank }) : null },
    });
  }
}
