import 'server-only';
import { CONTEST_COUNTED_LEVEL } from '@/lib/domain/contest';
import { decisionDateProblems } from '@/lib/domain/date-rules';
import type { Actor } from '@/lib/domain/roles';
import type { ContestRoundCreateInput } from '@/lib/schemas/contest';
import { recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { assertDates, today } from '../dates';
import { db } from '../db';
import { AppError } from '../errors';

/**
 * Sở Công Thương drafts a round with its decision, criteria and council. Council members are users
 * of the same province; the programme target, when given, must be the province's own.
 */
export async function createContestRound(actor: Actor, input: ContestRoundCreateInput): Promise<{ id: number }> {
  assertCan(actor, 'contest:manage');
  const provinceId = actor.provinceId ?? -1;
  assertDates(decisionDateProblems(input.decisionDate, today(), 'decisionDate'));
  return db.$transaction(async (tx) => {
    const names = input.criteria.map((c) => c.name.toLocaleLowerCase('vi'));
    if (new Set(names).size !== names.length) throw new AppError('VALIDATION', 'Hai tiêu chí trùng tên.', { criteria: 'Hai tiêu chí trùng tên' });
    if (input.level === 'XA' && !input.adminUnitId) throw new AppError('VALIDATION', 'Chọn xã tổ chức bình chọn.', { adminUnitId: 'Chọn xã' });
    if (input.adminUnitId && !(await tx.adminUnit.count({ where: { id: input.adminUnitId, provinceId } }))) {
      throw new AppError('VALIDATION', 'Xã không thuộc tỉnh/thành phố.', { adminUnitId: 'Chọn xã trong danh sách' });
    }
    if (input.programmeTargetId) {
      const target = await tx.programmeTarget.count({ where: { id: input.programmeTargetId, programme: { provinceId } } });
      if (!target) throw new AppError('VALIDATION', 'Chỉ tiêu không thuộc chương trình của tỉnh/thành phố.', { programmeTargetId: 'Chọn chỉ tiêu trong danh sách' });
    }
    const memberIds = [...new Set(input.memberIds)];
    const members = await tx.user.count({ where: { id: { in: memberIds }, provinceId, isActive: true } });
    if (members !== memberIds.length) throw new AppError('VALIDATION', 'Thành viên hội đồng phải là người dùng của tỉnh/thành phố.', { memberIds: 'Chọn thành viên trong danh sách' });
    const round = await tx.contestRound.create({
      data: {
        provinceId,
        level: input.level,
        year: input.year,
        name: input.name,
        adminUnitId: input.level === 'XA' ? (input.adminUnitId ?? null) : null,
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        winnerCount: input.winnerCount,
        // Only the counted level's rounds count toward the target (lib/domain/contest.ts).
        programmeTargetId: input.level === CONTEST_COUNTED_LEVEL ? (input.programmeTargetId ?? null) : null,
        createdById: actor.id,
        criteria: { create: input.criteria.map((c, i) => ({ name: c.name, maxPoints: c.maxPoints, sortOrder: i + 1 })) },
        members: { create: memberIds.map((userId) => ({ userId })) },
      },
    });
    await recordAudit(tx, actor, { entityType: 'ContestRound', entityId: round.id, event: 'create', provinceId, toStatus: round.status, data: toAuditJson(input) });
    return { id: round.id };
  }, { timeout: 20_000 });
}
