import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import type { EmailAddressInput } from '@/lib/schemas/email-settings';
import { recordAudit } from '../audit';
import { now as clockNow } from '../clock';
import { db } from '../db';
import { verificationEmail } from './compose';
import { queueEmail } from './queue-email';
import { newToken, VERIFICATION_VALID_MS, verificationLink } from './verification-token';

/**
 * A person gives (or changes) their own email address. It is unverified until they open the link
 * mailed to it; until then nothing else is mailed to it. Earlier pending links stop working.
 */
export async function setEmailAddress(actor: Actor, input: EmailAddressInput, now = clockNow()) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, fullName: true, email: true, emailVerifiedAt: true, provinceId: true } });
    if (user.email === input.email && user.emailVerifiedAt) return { alreadyVerified: true };
    await tx.emailVerification.deleteMany({ where: { userId: user.id, usedAt: null } });
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(now.getTime() + VERIFICATION_VALID_MS);
    await tx.emailVerification.create({ data: { userId: user.id, email: input.email, tokenHash, expiresAt, createdAt: now } });
    await tx.user.update({ where: { id: user.id }, data: { email: input.email, emailVerifiedAt: null } });
    await queueEmail(tx, { kind: 'VERIFICATION', userId: user.id, toAddress: input.email, ...verificationEmail(user, verificationLink(token), expiresAt) }, now);
    await recordAudit(tx, actor, { entityType: 'User', entityId: user.id, provinceId: user.provinceId, event: 'setEmailAddress', data: { from: user.email, to: input.email } });
    return { alreadyVerified: false };
  });
}
