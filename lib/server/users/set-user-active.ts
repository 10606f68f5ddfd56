import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { AppError } from '../errors';
import { getManagedUserOrThrow } from './user-access';

export async function setUserActive(actor: Actor, userId: number, active: boolean) {
  assertCan(actor, 'user:manage');
  const user = await getManagedUserOrThrow(actor, userId);
  if (user.id === actor.id && !active) throw new AppError('VALIDATION', 'Không thể tự khoá tài khoản đang đăng nhập.');
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { isActive: active } });
    await recordAudit(tx, actor, { entityType: 'User', entityId: user.id, provinceId: user.provinceId, event: active ? 'activate' : 'deactivate' });
  });
}

