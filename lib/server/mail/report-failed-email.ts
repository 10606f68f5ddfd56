import 'server-only';
import { db } from '../db';

/**
 * Tells the system administrators of the addressee's province, inside the portal only (their mail may be what is broken), that
 * an email was given up on, with the reason; the outbox page lists it too.
 */
export async function reportFailedEmail(
  email: { id: number; userId: number | null; toAddress: string; subject: string; attempts: number; lastError: string },
  now: Date,
) {
  const addressee = email.userId ? await db.user.findUnique({ where: { id: email.userId }, select: { provinceId: true } }) : null;
  const admins = await db.user.findMany({
    where: { role: 'SYSTEM_ADMIN', isActive: true, ...(addressee?.provinceId ? { provinceId: addressee.provinceId } : {}) },
    select: { id: true },
  });
  if (admins.length === 0) return;
  await db.notification.createMany({
    data: admins.map((a) => ({
      userId: a.id,
      title: `Không gửi được thư đến ${email.toAddress}`,
      body: `“${email.subject}” — đã thử ${email.attempts} lần. Lỗi cuối: ${email.lastError.slice(0, 300)}`,
      link: `/quan-tri/thu-di?thu=${email.id}`,
      createdAt: now,
    })),
  });
}
