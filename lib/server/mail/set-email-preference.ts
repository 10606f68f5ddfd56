import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import type { EmailPreference } from '@/prisma/generated/client/enums';
import { db } from '../db';

/** Each email, a daily digest, or none — the person's own choice; notices inside the portal stay. */
export async function setEmailPreference(actor: Actor, preference: EmailPreference) {
  await db.user.update({ where: { id: actor.id }, data: { emailPreference: preference } });
}
