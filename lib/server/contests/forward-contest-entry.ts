import 'server-only';
import { CONTEST_ENTRY_STATES } from '@/lib/domain/lifecycle/contest';
import { facilityScope } from '@/lib/domain/scope';
import type { Actor } from '@/lib/domain/roles';
import type { ContestEntryInput } from '@/lib/schemas/contest';
import { recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { loadContestRound } from './contest-access';

/** A xã officer forwards a product of a facility on its xã to an open round. */
export async function forwardContestEntry(actor: Actor, input: ContestEntryInput): Promise<{ id: number }> {
  assertCan(actor, 'contest:forward');
  return db.$transaction(async (tx) => {
    const round = await loadContestRound(tx, actor, input.roundId);
    await tx.$queryRaw`SELECT 1 FROM "ContestRound" WHERE "id" = ${round.id} FOR SHARE`;
    if (!CONTEST_ENTRY_STATES.includes(round.status)) throw new AppError('ILLEGAL_TRANSITION', 'Cuộc bình chọn không còn nhận sản phẩm.');
    // The facility scope of a xã officer is its own xã: another xã's facility is "not found".
    const facility = await tx.facility.findFirst({ where: { AND: [{ id: input.facilityId }, facilityScope(actor)] }, select: { id: true, adminUnitId: true } });
    if (!facility) throw new AppError('VALIDATION', 'Chỉ gửi sản phẩm của cơ sở trên địa bàn xã.', { facilityId: 'Chọn cơ sở trong danh sách' });
    if (round.adminUnitId !== null && round.adminUnitId !== facility.adminUnitId) throw new AppError('VALIDATION', 'Cơ sở không thuộc xã tổ chức bình chọn.', { facilityId: 'Chọn cơ sở của xã' });
    const duplicate = await tx.contestEntry.count({ where: { roundId: round.id, facilityId: facility.id, productName: input.productName } });
    if (duplicate) throw new AppError('CONFLICT', 'Sản phẩm này của cơ sở đã được gửi.', { productName: 'Sản phẩm đã được gửi' });
    const entry = await tx.contestEntry.create({
      data: {
        roundId: round.id,
        provinceId: round.provinceId,
        facilityId: facility.id,
        adminUnitId: facility.adminUnitId,
        productName: input.productName,
        productGroup: input.productGroup,
        description: input.description ?? null,
        forwardedById: actor.id,
      },
    });
    await recordAudit(tx, actor, { entityType: 'ContestEntry', entityId: entry.id, event: 'forward', provinceId: round.provinceId, data: toAuditJson(input) });
    return { id: entry.id };
  });
}
