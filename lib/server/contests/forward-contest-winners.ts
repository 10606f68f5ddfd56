import 'server-only';
import { nextContestLevel } from '@/lib/domain/contest';
import { CONTEST_PUBLISHED_STATES, CONTEST_RECEIVING_STATES } from '@/lib/domain/lifecycle/contest';
import type { Actor } from '@/lib/domain/roles';
import type { ContestForwardWinnersInput } from '@/lib/schemas/contest';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { loadContestRound } from './contest-access';

/**
 * Forwards the winners (certified entries) of a published round to a round of the next level that
 * has not started scoring. Forwarding twice adds nothing twice.
 */
export async function forwardContestWinners(actor: Actor, input: ContestForwardWinnersInput): Promise<{ forwarded: number }> {
  assertCan(actor, 'contest:manage');
  return db.$transaction(async (tx) => {
    const from = await loadContestRound(tx, actor, input.fromRoundId);
    const to = await loadContestRound(tx, actor, input.toRoundId);
    await tx.$queryRaw`SELECT 1 FROM "ContestRound" WHERE "id" = ${to.id} FOR UPDATE`;
    if (!CONTEST_PUBLISHED_STATES.includes(from.status)) throw new AppError('ILLEGAL_TRANSITION', 'Chỉ chuyển sản phẩm của cuộc bình chọn đã công bố kết quả.');
    if (nextContestLevel(from.level) !== to.level) throw new AppError('VALIDATION', 'Cuộc bình chọn nhận phải ở cấp ngay trên.');
    if (!CONTEST_RECEIVING_STATES.includes(to.status)) throw new AppError('ILLEGAL_TRANSITION', 'Cuộc bình chọn cấp trên đã bắt đầu chấm điểm.');
    const winners = await tx.contestEntry.findMany({ where: { roundId: from.id, certificateNo: { not: null }, forwardedTo: { none: { roundId: to.id } } } });
    for (const w of winners) {
      await tx.contestEntry.create({
        data: {
          roundId: to.id,
          provinceId: to.provinceId,
          facilityId: w.facilityId,
          adminUnitId: w.adminUnitId,
          productName: w.productName,
          productGroup: w.productGroup,
          description: w.description,
          forwardedById: actor.id,
          sourceEntryId: w.id,
        },
      });
    }
    await recordAudit(tx, actor, { entityType: 'ContestRound', entityId: to.id, event: 'receive-winners', provinceId: to.provinceId, data: { fromRoundId: from.id, entries: winners.length } });
    return { forwarded: winners.length };
  });
}
