import 'server-only';
import type { z } from 'zod';
import type { changePasswordSchema } from '@/lib/schemas/user';
import { recordAudit } from '../audit';
import { hashPassword, verifyPassword } from '../auth';
import { now } from '../clock';
import { db } from '../db';
import { AppError } from '../errors';
import { assertAcceptablePassword } from './password-policy';
import type { SessionUser } from './session';

/**
 * A person changes their own password (self-service, or the change forced after an administrator's
 * reset or on a new account). The new hash ends every session of the user, this one included
 * (trigger user_end_sessions): they sign in again with the new password.
 */
export async function changeOwnPassword(session: SessionUser, input: z.infer<typeof changePasswordSchema>): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: session.actor.id } });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('VALIDATION', 'Mật khẩu hiện tại không đúng.', { currentPassword: 'Mật khẩu hiện tại không đúng' });
  }
  assertAcceptablePassword(input.newPassword, user.username, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, passwordChangedAt: now() } });
    await recordAudit(tx, session.actor, { entityType: 'User', entityId: user.id, provinceId: user.provinceId, event: 'changePassword' });
  });
}
