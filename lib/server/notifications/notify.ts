import 'server-only';
import type { Role } from '@/lib/domain/roles';
import type { Tx } from '../db';

export interface NotificationInput {
  title: string;
  body?: string;
  link?: string;
}

/** Notifies the given users, in the caller's transaction (a notice exists only if the change does). */
export async function notifyUsers(tx: Tx, userIds: number[], input: NotificationInput): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({ data: unique.map((userId) => ({ userId, ...input })) });
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
  const users = await tx.user.findMany({
    where: {
      provinceId: where.provinceId,
      role: { in: where.roles },
      isActive: true,
      ...(where.organizationId ? { organizationId: where.organizationId } : {}),
      ...(where.adminUnitId ? { adminUnitId: where.adminUnitId } : {}),
    },
    select: { id: true },
  });
  await notifyUsers(
    tx,
    users.map((u) => u.id),
    input,
  );
}
