import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { db } from '../db';
import { now as clockNow } from '@/lib/server/clock';

/** A person's own notifications; marks them read once shown. */
export async function findNotificationsAndMarkRead(actor: Actor) {
  const rows = await db.notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: 'desc' }, take: 100 });
  await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: clockNow() } });
  return rows;
}
