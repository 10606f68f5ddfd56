import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import type { ProgrammeCreateInput } from '@/lib/schemas/programme';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';

/** A new draft programme of the actor's province; its targets are typed or imported afterwards. */
export async function createProgramme(actor: Actor, input: ProgrammeCreateInput) {
  assertCan(actor, 'programme:edit');
  const provinceId = actor.provinceId;
  if (provinceId === null) throw new AppError('FORBIDDEN', 'Chỉ cán bộ của một tỉnh/thành phố mới tạo được chương trình.');
  return db.$transaction(async (tx) => {
    const duplicate = await tx.programme.findFirst({ where: { provinceId, code: input.code }, select: { id: true } });
    if (duplicate) throw new AppError('CONFLICT', `Mã chương trình "${input.code}" đã được dùng.`, { code: 'Mã đã tồn tại' });
    const programme = await tx.programme.create({
      data: {
        provinceId,
        code: input.code,
        name: input.name,
        level: input.level,
        startYear: input.startYear,
        endYear: input.endYear,
        objectives: input.objectives || null,
      },
    });
    await recordAudit(tx, actor, {
      entityType: 'Programme',
      entityId: programme.id,
      provinceId,
      event: 'create',
      toStatus: programme.status,
      data: { code: input.code, level: input.level, startYear: input.startYear, endYear: input.endYear },
    });
    return programme;
  });
}
