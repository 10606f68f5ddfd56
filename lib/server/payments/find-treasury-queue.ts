import 'server-only';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { PAYMENT_AWAITING_TREASURY_STATES, PAYMENT_LIFECYCLE, PAYMENT_PAID_STATES, type PaymentStatus } from '@/lib/domain/lifecycle/payment';
import { sumVnd } from '@/lib/domain/money';
import type { Actor } from '@/lib/domain/roles';
import { paymentRequestScope } from '@/lib/domain/scope';
import type { Prisma } from '@/prisma/generated/client/client';
import type { PaymentKind } from '@/prisma/generated/client/enums';
import { assertCan } from '../authz';
import { db } from '../db';
import { findMoneyPositions } from './find-money-position';

export interface TreasuryQueueFilters {
  status?: PaymentStatus;
  kind?: PaymentKind;
  /** Đề án code or name, or the payee. */
  q?: string;
  /** Page of the treasury's history (requests already controlled), from 1. */
  page?: number;
}

/** Requests of the history shown per page; every waiting request is always shown. */
export const TREASURY_HISTORY_PAGE_SIZE = 50;

/**
 * Kho bạc's list: every request sent to its own treasury and still waiting (filtered), then one page
 * of its history, each with its đề án's status and money position; the totals are of the whole
 * filtered list, summed in the database (not of the rows on screen).
 */
export async function findTreasuryQueue(actor: Actor, filters: TreasuryQueueFilters = {}) {
  assertCan(actor, 'payment:control');
  // PostgreSQL text cannot hold NUL: a typed or forged NUL is dropped, never a 500.
  const q = filters.q?.replaceAll('\u0000', '').trim();
  const where: Prisma.PaymentRequestWhereInput = {
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
  };
  const include = {
    project: { select: { id: true, code: true, name: true, status: true, approvedSupportVnd: true } },
    controls: { orderBy: { id: 'desc' }, take: 1, select: { result: true, reason: true, controlledAt: true } },
  } satisfies Prisma.PaymentRequestInclude;
  const awaiting = { status: { in: [...PAYMENT_AWAITING_TREASURY_STATES] } };
  const history = { status: { notIn: [...PAYMENT_AWAITING_TREASURY_STATES] } };
  const page = Math.max(1, Math.trunc(filters.page ?? 1));
  const [waiting, shownHistory, byStatus] = await Promise.all([
    db.paymentRequest.findMany({ where: { AND: [where, awaiting] }, orderBy: [{ sentAt: 'desc' }, { id: 'desc' }], include }),
    db.paymentRequest.findMany({
      where: { AND: [where, history] },
      orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * TREASURY_HISTORY_PAGE_SIZE,
      take: TREASURY_HISTORY_PAGE_SIZE,
      include,
    }),
    db.paymentRequest.groupBy({ by: ['status'], where, _count: { _all: true }, _sum: { amountVnd: true } }),
  ]);
  const requests = [...waiting, ...shownHistory];
  const positions = await findMoneyPositions(db, requests.map((r) => r.projectId));
  // How many requests and how much, of the whole list or of some states, from the one grouped count.
  const totalOf = (statuses: readonly PaymentStatus[] | null) => {
    const groups = byStatus.filter((g) => statuses === null || statuses.includes(g.status));
    return { count: groups.reduce((n, g) => n + g._count._all, 0), amountVnd: sumVnd(groups.map((g) => g._sum.amountVnd ?? 0n)) };
  };
  const listed = totalOf(null);
  const waitingTotal = totalOf(PAYMENT_AWAITING_TREASURY_STATES);
  const paidTotal = totalOf(PAYMENT_PAID_STATES);
  return {
    // Waiting requests first; then the page of the treasury's history (every request that does not wait).
    rows: requests.map((r) => ({ ...r, position: positions.get(r.projectId)!, events: availableEvents(PAYMENT_LIFECYCLE, actor, r.status) })),
    page,
    pageCount: Math.max(1, Math.ceil((listed.count - waitingTotal.count) / TREASURY_HISTORY_PAGE_SIZE)),
    totals: {
      count: listed.count,
      amountVnd: listed.amountVnd,
      waitingCount: waitingTotal.count,
      waitingVnd: waitingTotal.amountVnd,
      paidCount: paidTotal.count,
      paidVnd: paidTotal.amountVnd,
    },
  };
}

export type TreasuryQueue = Awaited<ReturnType<typeof findTreasuryQueue>>;
export type TreasuryQueueRow = TreasuryQueue['rows'][number];
