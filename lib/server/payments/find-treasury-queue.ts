import 'server-only';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { PAYMENT_AWAITING_TREASURY_STATES, PAYMENT_LIFECYCLE, PAYMENT_PAID_STATES } from '@/lib/domain/lifecycle/payment';
import type { Actor } from '@/lib/domain/roles';
import { paymentRequestScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { db } from '../db';

/**
 * Kho bạc's list: the requests sent to its own treasury, waiting ones first, each with the đề án's
 * approved support and what this treasury has already paid on it.
 */
export async function findTreasuryQueue(actor: Actor) {
  assertCan(actor, 'payment:control');
  const scope = paymentRequestScope(actor);
  const requests = await db.paymentRequest.findMany({
    where: scope,
    orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
    take: 200,
    include: {
      project: { select: { id: true, code: true, name: true, approvedSupportVnd: true } },
      controls: { orderBy: { id: 'desc' }, take: 1, select: { result: true, reason: true, controlledAt: true } },
    },
  });
  const projectIds = [...new Set(requests.map((r) => r.projectId))];
  const paid = projectIds.length
    ? await db.paymentRequest.groupBy({
        by: ['projectId'],
        where: { AND: [scope, { projectId: { in: projectIds }, status: { in: [...PAYMENT_PAID_STATES] } }] },
        _sum: { amountVnd: true },
      })
    : [];
  const paidByProject = new Map(paid.map((p) => [p.projectId, p._sum.amountVnd ?? 0n]));
  const rows = requests.map((r) => ({
    ...r,
    paidToDateVnd: paidByProject.get(r.projectId) ?? 0n,
    events: availableEvents(PAYMENT_LIFECYCLE, actor, r.status),
  }));
  // Waiting requests first; the rest is the treasury's history.
  const waiting = (r: (typeof rows)[number]) => PAYMENT_AWAITING_TREASURY_STATES.includes(r.status);
  return [...rows.filter(waiting), ...rows.filter((r) => !waiting(r))];
}

export type TreasuryQueueRow = Awaited<ReturnType<typeof findTreasuryQueue>>[number];
