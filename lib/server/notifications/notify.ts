import 'server-only';
import { EMAIL_EACH } from '@/lib/domain/mail';
import type { Role } from '@/lib/domain/roles';
import type { Prisma } from '@/prisma/generated/client/client';
import { now as clockNow } from '../clock';
import type { Tx } from '../db';
import { notificationEmail } from '../mail/compose';
import { queueEmail } from '../mail/queue-email';

export interface NotificationInput {
  title: string;
  body?: string;
  link?: string;
}

/**
 * Notifies the given users, in the caller's transaction (a notice exists only if the change does).
 * Whoever asked for each notice by email and has a verified address gets it in the outbox too;
 * "daily digest" users get it in the next digest (lib/server/mail/send-digests.ts).
 */
export async function notifyUsers(tx: Tx, userIds: number[], input: NotificationInput, now = clockNow()): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  const created = await tx.notification.createManyAndReturn({
    data: unique.map((userId) => ({ userId, ...input, createdAt: now })),
    select: { id: true, userId: true, title: true, body: true, link: true },
  });
  const mailTo = await tx.user.findMany({
    where: { id: { in: unique }, isActive: true, emailPreference: EMAIL_EACH, email: { not: null }, emailVerifiedAt: { not: null } },
    select: { id: true, fullName: true, email: true },
  });
  for (const user of mailTo) {
    const notification = created.find((n) => n.userId === user.id)!;
    const email = await queueEmail(tx, { kind: 'NOTIFICATION', userId: user.id, toAddress: user.email!, ...notificationEmail(user, notification) }, now);
    await tx.notification.update({ where: { id: notification.id }, data: { emailId: email.id } });
  }
}

/** Notifies the users `where` finds (the caller says active ones only); returns how many they were. */
export async function notifyUsersWhere(tx: Tx, where: Prisma.UserWhereInput, input: NotificationInput): Promise<number> {
  const users = await tx.user.findMany({ where, select: { id: true } });
  await notifyUsers(
    tx,
    users.map((u) => u.id),
    input,
  );
  return users.length;
}

/**
 * Notifies whoever acts next: every active user of the given roles in the province, optionally
 * narrowed to one organisation or xã.
 */
export async function notifyRoles(
  tx: Tx,
  where: { provinceId: number; roles: Role[]; organizationId?: number; adminUnitId?: number },
  input: NotificationInput,
): Promise<void> {
  await notifyUsersWhere(
    tx,
    {
      provinceId: where.provinceId,
      role: { in: where.roles },
      isActive: true,
      ...(where.organizationId ? { organizationId: where.organizationId } : {}),
      ...(where.adminUnitId ? { adminUnitId: where.adminUnitId } : {}),
    },
    input,
  );
}
