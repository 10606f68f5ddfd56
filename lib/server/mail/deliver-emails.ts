import 'server-only';
import { afterFailedAttempt, EMAIL_PENDING_STATUS, EMAIL_STATUS } from '@/lib/domain/mail';
import { Prisma } from '@/prisma/generated/client/client';
import type { OutboundEmail } from '@/prisma/generated/client/client';
import { db } from '../db';
import { env } from '../env';
import { reportFailedEmail } from './report-failed-email';
import { mailTransport, type MailTransport } from './transport';

// How long a claimed batch is reserved for this worker: another worker skips it meanwhile, and picks
// it up again if this one dies mid-send.
const LEASE_MS = 10 * 60_000;
const BATCH = 50;

/**
 * Sends what is due in the outbox. Without an SMTP server the emails are HELD (kept for the admin's
 * outbox page). A failed send waits base × 2^(n−1) and is tried again; after MAIL_MAX_ATTEMPTS it is
 * FAILED with its reason, and the admins are told. Two workers never send the same email: a batch is
 * claimed with FOR UPDATE SKIP LOCKED.
 */
export async function deliverEmails(now: Date, transport: MailTransport | null = mailTransport()) {
  const claimed = await db.$queryRaw<OutboundEmail[]>(Prisma.sql`
    UPDATE "OutboundEmail" SET "nextAttemptAt" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE "id" IN (
      SELECT "id" FROM "OutboundEmail"
      WHERE "delivery" = ${EMAIL_PENDING_STATUS}::"EmailDelivery" AND "nextAttemptAt" <= ${now}
      ORDER BY "id" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING *`);
  const result = { sent: 0, held: 0, retried: 0, failed: 0 };
  for (const email of claimed.sort((a, b) => a.id - b.id)) {
    if (!transport) {
      await db.outboundEmail.update({ where: { id: email.id }, data: { delivery: EMAIL_STATUS.held } });
      result.held++;
      continue;
    }
    const attempts = email.attempts + 1;
    try {
      const info = await transport.sendMail({ from: env().MAIL_FROM, to: email.toAddress, subject: email.subject, text: email.text, html: email.html });
      await db.outboundEmail.update({
        where: { id: email.id },
        data: { delivery: EMAIL_STATUS.sent, attempts, sentAt: now, messageId: typeof info.messageId === 'string' ? info.messageId : null, lastError: null },
      });
      result.sent++;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const next = afterFailedAttempt(attempts, now, { maxAttempts: env().MAIL_MAX_ATTEMPTS, baseSeconds: env().MAIL_RETRY_BASE_SECONDS });
      await db.outboundEmail.update({ where: { id: email.id }, data: { ...next, attempts, lastError: reason.slice(0, 1000) } });
      if (next.delivery === EMAIL_PENDING_STATUS) result.retried++;
      else {
        result.failed++;
        await reportFailedEmail({ ...email, attempts, lastError: reason }, now);
      }
    }
  }
  return result;
}
