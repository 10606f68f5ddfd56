import 'server-only';
import { isOwnXaEntry, pointsWithinMax } from '@/lib/domain/contest';
import { CONTEST_SCORING_STATES } from '@/lib/domain/lifecycle/contest';
import type { Actor } from '@/lib/domain/roles';
import type { ContestScoreInput } from '@/lib/schemas/contest';
import { recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { loadContestEntry } from './contest-access';

/**
 * A council member scores one entry on every criterion (a second time replaces their own scores).
 * Refused: a user outside the council, a member of the entry's own xã, points above a criterion's
 * maximum, a round not in scoring.
 */
export async function scoreContestEntry(actor: Actor, input: ContestScoreInput): Promise<void> {
  assertCan(actor, 'contest:score');
  await db.$transaction(async (tx) => {
    const entry = await loadContestEntry(tx, actor, input.entryId);
    await tx.$queryRaw`SELECT 1 FROM "ContestRound" WHERE "id" = ${entry.round.id} FOR SHARE`;
    const member = await tx.contestCouncilMember.count({ where: { roundId: entry.round.id, userId: actor.id } });
    if (!member) throw new AppError('FORBIDDEN', 'Bạn không có tên trong hội đồng bình chọn.');
    if (isOwnXaEntry(actor, entry)) throw new AppError('FORBIDDEN', 'Thành viên hội đồng không chấm sản phẩm của xã mình.');
    if (!CONTEST_SCORING_STATES.includes(entry.round.status)) throw new AppError('ILLEGAL_TRANSITION', 'Cuộc bình chọn không ở giai đoạn chấm điểm.');
    const criteria = await tx.contestCriterion.findMany({ where: { roundId: entry.round.id }, select: { id: true, name: true, maxPoints: true } });
    const given = new Map(input.points.map((p) => [p.criterionId, p.points]));
    const fieldErrors: Record<string, string> = {};
    for (const c of criteria) {
      const points = given.get(c.id);
      if (points === undefined) fieldErrors[`points.${c.id}`] = `Nhập điểm "${c.name}"`;
      else if (!pointsWithinMax(points, c.maxPoints)) fieldErrors[`points.${c.id}`] = `Điểm "${c.name}" từ 0 đến ${c.maxPoints}`;
    }
    if (given.size !== input.points.length || [...given.keys()].some((id) => !criteria.some((c) => c.id === id))) {
      throw new AppError('VALIDATION', 'Tiêu chí không thuộc cuộc bình chọn.');
    }
    if (Object.keys(fieldErrors).length) throw new AppError('VALIDATION', Object.values(fieldErrors)[0]!, fieldErrors);
    await tx.contestScore.deleteMany({ where: { entryId: entry.id, memberId: actor.id } });
    await tx.contestScore.createMany({ data: criteria.map((c) => ({ entryId: entry.id, criterionId: c.id, memberId: actor.id, points: given.get(c.id)! })) });
    await recordAudit(tx, actor, { entityType: 'ContestEntry', entityId: entry.id, event: 'score', provinceId: entry.round.provinceId, data: toAuditJson(input.points) });
  });
}
