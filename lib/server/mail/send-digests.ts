import 'server-only';
import { formatDate } from '@/lib/domain/format';
import { EMAIL_DIGEST } from '@/lib/domain/mail';
import { startOfVietnamDay, vietnamDayKey, vietnamDayNumber } from '@/lib/domain/schedule';
import { db } from '../db';
import { claimOccasion } from '../notifications/claim-occasion';
import { digestEmail } from './compose';
import { queueEmail } from './queue-email';

/**
 * One email per person who chose the daily digest, grouping the previous day's notifications
 * (Vietnamese calendar day) not mailed yet. Once per person and day, even if run twice.
 */
export async function sendDigests(now: Date) {
  const today = vietnamDayNumber(now);
  const from = startOfVietnamDay(today - 1);
  const to = startOfVietnamDay(today);
  const dayKey = vietnamDayKey(from);
  const users = await db.user.findMany({
    where: {
      isActive: true,
      emailPreference: EMAIL_DIGEST,
      email: { not: null },
      emailVerifiedAt: { not: null },
      notifications: { some: { createdAt: { gte: from, lt: to }, emailId: null } },
    },
    select: { id: true, fullName: true, email: true },
  });
  let emails = 0;
  for (const user of users) {
    const sent = await db.$transaction(async (tx) => {
      const claimed = await claimOccasion(tx, `digest:${dayKey}`, [user.id], now);
      if (claimed.length === 0) return false;
      const items = await tx.notification.findMany({
        where: { userId: user.id, createdAt: { gte: from, lt: to }, emailId: null },
        orderBy: { createdAt: 'asc' },
        select: { id: true, title: true, body: true, link: true, createdAt: true },
      });
      if (items.length === 0) return false;
      const email = await queueEmail(tx, { kind: 'DIGEST', userId: user.id, toAddress: user.email!, ...digestEmail(user, formatDate(from), items) }, now);
      await tx.notification.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { emailId: email.id } });
      return true;
    });
    if (sent) emails++;
  }
  return { emails };
}
