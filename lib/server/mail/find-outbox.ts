import 'server-only';
import { EMAIL_STATUS_LABELS } from '@/lib/domain/mail';
import type { Actor } from '@/lib/domain/roles';
import type { EmailDelivery } from '@/prisma/generated/client/enums';
import { assertCan } from '../authz';
import { db } from '../db';
import { adminProvinceOf } from '../users/user-access';
import { mailTransport } from './transport';

const PAGE = 100;

/**
 * The outbox of the admin's province (mail to its people): what was sent, is waiting, is kept for
 * want of SMTP, or failed and why — newest first, optionally one status, plus one message opened.
 */
export async function findOutbox(actor: Actor, filter: { status?: string; openId?: number }) {
  assertCan(actor, 'system:monitor');
  const provinceId = adminProvinceOf(actor);
  const status = filter.status && filter.status in EMAIL_STATUS_LABELS ? (filter.status as EmailDelivery) : undefined;
  const inProvince = { user: { provinceId } };
  const [emails, counts, opened] = await Promise.all([
    db.outboundEmail.findMany({
      where: { ...inProvince, ...(status ? { delivery: status } : {}) },
      orderBy: { id: 'desc' },
      take: PAGE,
      select: { id: true, kind: true, toAddress: true, subject: true, delivery: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true, user: { select: { fullName: true } } },
    }),
    db.outboundEmail.groupBy({ by: ['delivery'], where: inProvince, _count: { _all: true } }),
    filter.openId ? db.outboundEmail.findFirst({ where: { id: filter.openId, ...inProvince }, select: { id: true, toAddress: true, subject: true, text: true, delivery: true, lastError: true } }) : null,
  ]);
  return {
    emails,
    counts: Object.fromEntries(counts.map((c) => [c.delivery, c._count._all])) as Partial<Record<EmailDelivery, number>>,
    opened,
    status: status ?? null,
    smtpConfigured: mailTransport() !== null,
    pageSize: PAGE,
  };
}
