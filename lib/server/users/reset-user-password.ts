import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import { hashPassword } from '../auth';
import { assertCan } from '../authz';
import { db } from '../db';
import { assertAcceptablePassword } from '../account/password-policy';
import { getManagedUserOrThrow } from './user-access';

export async function resetUserPassword(actor: Actor, userId: number, password: string) {
  assertCan(actor, 'user:manage');
  const user = await getManagedUserOrThrow(actor, userId);
  assertAcceptablePassword(password, user.username);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password), mustChangePassword: true } });
    // Ends every session of the user too (a new passwordHash raises sessionVersion: trigger user_end_sessions).
    await recordAudit(tx, actor, { entityType: 'User', entityId: user.id, provinceId: user.provinceId, event: 'resetPassword' });
  });
}
