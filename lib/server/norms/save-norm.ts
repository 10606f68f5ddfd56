import 'server-only';
import { formatDate } from '@/lib/domain/format';
import type { Actor } from '@/lib/domain/roles';
import type { NormInput } from '@/lib/schemas/norm';
import { recordAudit, toAuditJson } from '../audit';
import { assertCan } from '../authz';
import { db, type Tx } from '../db';
import { AppError, forbiddenError, notFoundError } from '../errors';
import { canEditNorm } from './find-norms';

const FAR_FUTURE = new Date('9999-12-31T00:00:00Z');

/** Two norms of one province, content and source may not be in force on the same day. */
async function assertNoOverlap(tx: Tx, provinceId: number, input: NormInput, exceptId?: number): Promise<void> {
  const others = await tx.spendingNorm.findMany({
    where: { provinceId, contentCategoryId: input.contentCategoryId, fundingSource: input.fundingSource, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  const end = input.validTo ?? FAR_FUTURE;
  const clash = others.find((o) => o.validFrom <= end && (o.validTo ?? FAR_FUTURE) >= input.validFrom);
  if (clash) {
    throw new AppError(
      'CONFLICT',
      `Đã có mức chi cho nội dung và nguồn này hiệu lực từ ${formatDate(clash.validFrom)}${clash.validTo ? ` đến ${formatDate(clash.validTo)}` : ''} (${clash.legalBasis}). Đặt ngày hết hiệu lực cho mức chi cũ trước.`,
      { validFrom: 'Trùng thời gian hiệu lực' },
    );
  }
}

function dataOf(input: NormInput) {
  return {
    contentCategoryId: input.contentCategoryId,
    fundingSource: input.fundingSource,
    maxShareBp: input.maxShareBp,
    ceilingVnd: input.ceilingVnd,
    ceilingScope: input.ceilingScope,
    priorityMultiplierBp: input.priorityMultiplierBp,
    legalBasis: input.legalBasis,
    validFrom: input.validFrom,
    validTo: input.validTo,
    note: input.note ?? null,
  };
}

/** Adds a norm of the actor's province. */
export async function createNorm(actor: Actor, input: NormInput): Promise<{ id: number }> {
  assertCan(actor, 'norm:edit');
  const provinceId = actor.provinceId;
  if (provinceId === null) throw forbiddenError('Tài khoản không gắn với địa phương nào.');
  return db.$transaction(async (tx) => {
    if (!(await tx.contentCategory.count({ where: { id: input.contentCategoryId } }))) throw new AppError('VALIDATION', 'Nội dung không tồn tại.', { contentCategoryId: 'Chọn nội dung' });
    await assertNoOverlap(tx, provinceId, input);
    const norm = await tx.spendingNorm.create({ data: { provinceId, ...dataOf(input) }, select: { id: true } });
    await recordAudit(tx, actor, { entityType: 'SpendingNorm', entityId: norm.id, provinceId, event: 'create', data: toAuditJson(input) });
    return norm;
  });
}

/** Changes a norm of the actor's province; national norms are read-only here. Keeps before/after in the audit. */
export async function updateNorm(actor: Actor, id: number, input: NormInput): Promise<void> {
  assertCan(actor, 'norm:edit');
  await db.$transaction(async (tx) => {
    const norm = await tx.spendingNorm.findUnique({ where: { id } });
    if (!norm) throw notFoundError('mức chi');
    if (!canEditNorm(actor, norm)) throw forbiddenError('Chỉ sửa được mức chi của địa phương mình; mức chi trung ương chỉ xem.');
    await assertNoOverlap(tx, norm.provinceId!, input, id);
    await tx.spendingNorm.update({ where: { id }, data: dataOf(input) });
    await recordAudit(tx, actor, { entityType: 'SpendingNorm', entityId: id, provinceId: norm.provinceId, event: 'update', data: toAuditJson({ before: norm, after: input }) });
  });
}
