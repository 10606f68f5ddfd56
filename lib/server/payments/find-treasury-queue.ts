import 'server-only';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { PAYMENT_AWAITING_TREASURY_STATES, PAYMENT_LIFECYCLE, PAYMENT_PAID_STATES, type PaymentStatus } from '@/lib/domain/lifecycle/payment';
import { sumVnd } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import { paymentRequestScope } from '@/lib/domain/scope';
import type { PaymentKind } from '@/prisma/generated/client/enums';
import { assertCan } from '../authz';
import { db } from '../db';
import { findMoneyPositions } from './find-money-position';

export interface TreasuryQueueFilters {
  status?: PaymentStatus;
  kind?: PaymentKind;
  /** Đề án code or name, or the payee. */
  q?: string;
}

/**
 * Kho bạc's list: the requests sent to its own treasury (filtered), waiting ones first, each with
 * its đề án's status and money position, and the totals of what the list shows.
 */
export async function findTreasuryQueue(actor: Actor, filters: TreasuryQueueFilters = {}) {
  assertCan(actor, 'payment:control');
  // PostgreSQL text cannot hold NUL: a typed or forged NUL is dropped, never a 500.
  const q = filters.q?.replaceAll('\u0000', '').trim();
  const requests = await db.paymentRequest.findMany({
    where: {
      AND: [
        paymentRequestScope(actor),
        filters.status ? { status: filters.status } : {},
        filters.kind ? { kind: filters.kind } : {},
        q
          ? {
              OR: [
                { project: { code: { contains: q, mode: 'insensitive' } } },
                { project: { name: { contains: q, mode: 'insensitive' } } },
                { payeeName: { contains: q, mode: 'insensitive' } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
    take: 200,
    include: {
      project: { select: { id: true, code: true, name: true, status: true, approvedSupportVnd: true } },
      controls: { orderBy: { id: 'desc' }, take: 1, select: { result: true, reason: true, controlledAt: true } },
    },
  });
  const positions = await findMoneyPositions(db, requests.map((r) => r.projectId));
  const rows = requests.map((r) => ({ ...r, position: positions.get(r.projectId)!, events: availableEvents(PAYMENT_LIFECYCLE, actor, r.status) }));
  const waiting = rows.filter((r) => PAYMENT_AWAITING_TREASURY_STATES.includes(r.status));
  return {
    // Waiting requests first; the rest is the treasury's history.
    rows: [...waiting, ...rows.filter((r) => !PAYMENT_AWAITING_TREASURY_STATES.includes(r.status))],
    totals: {
      count: rows.length,
      amountVnd: sumVnd(rows.map((r) => r.amountVnd)),
      waitingVnd: sumVnd(waiting.map((r) => r.amountVnd)),
      paidVnd: sumVnd(rows.filter((r) => PAYMENT_PAID_STATES.includes(r.status)).map((r) => r.amountVnd)),
    },
  };
}

export type TreasuryQueue = Awaited<ReturnType<typeof findTreasuryQueue>>;
export type TreasuryQueueRow = TreasuryQueue['rows'][number];
