import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import { now as clockNow } from '../clock';
import { db } from '../db';
import { AppError } from '../errors';
import { hashToken } from './verification-token';

/**
 * Confirms the address the link was mailed to. The link works once, before it expires, for the
 * account that asked for it, and only while that address is still the account's.
 */
export async function verifyEmailAddress(actor: Actor, token: string, now = clockNow()) {
  return db.$transaction(async (tx) => {
    const v = await tx.emailVerification.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { email: true, provinceId: true } } } });
    if (!v || v.userId !== actor.id || v.usedAt || v.expiresAt <= now || v.user.email !== v.email) {
      throw new AppError('NOT_FOUND', 'Liên kết xác nhận không còn hiệu lực. Hãy khai báo lại địa chỉ thư tại trang Tài khoản để nhận liên kết mới.');
    }
    await tx.emailVerification.update({ where: { id: v.id }, data: { usedAt: now } });
    await tx.user.update({ where: { id: actor.id }, data: { emailVerifiedAt: now } });
    await recordAudit(tx, actor, { entityType: 'User', entityId: actor.id, provinceId: v.user.provinceId, event: 'verifyEmailAddress', data: { email: v.email } });
    return { email: v.email };
  });
}
