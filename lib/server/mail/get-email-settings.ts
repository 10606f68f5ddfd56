import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { db } from '../db';

export async function getEmailSettings(actor: Actor) {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { username: true, fullName: true, email: true, emailVerifiedAt: true, emailPreference: true } });
  const recent = await db.outboundEmail.findMany({
    where: { userId: actor.id },
    orderBy: { id: 'desc' },
    take: 10,
    select: { id: true, subject: true, delivery: true, createdAt: true, sentAt: true, lastError: true },
  });
  return { user, recent };
}
