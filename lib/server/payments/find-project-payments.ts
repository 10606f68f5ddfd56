import 'server-only';
import { availableEvents } from '@/lib/domain/lifecycle/machine';
import { PAYMENT_LIFECYCLE } from '@/lib/domain/lifecycle/payment';
import { PROJECT_PAYABLE_STATES } from '@/lib/domain/lifecycle/project';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { paymentRequestScope, seesPaymentFigures } from '@/lib/domain/scope';
import { codeLabel } from '../code-label';
import { db } from '../db';
import { getProjectSelectionOrThrow } from '../projects/get-project';
import { findPaymentLimits } from './payment-limit-guard';

/**
 * The đề án's tạm ứng / thanh toán page: the requests the actor may see, what is left to advance
 * and pay (from every committed request: a total, not a list), and what the actor may do next.
 */
export async function findProjectPayments(actor: Actor, projectId: number) {
  const project = await getProjectSelectionOrThrow(actor, projectId, {
    id: true,
    code: true,
    name: true,
    status: true,
    approvedSupportVnd: true,
    contentCategory: codeLabel,
    beneficiaries: { select: { facility: { select: { name: true } } }, orderBy: { facilityId: 'asc' } },
  });
  const [requests, limits] = await Promise.all([
    db.paymentRequest.findMany({
      where: { AND: [{ projectId }, paymentRequestScope(actor)] },
      orderBy: { id: 'desc' },
      include: {
        treasuryOrg: { select: { name: true } },
        controls: { orderBy: { id: 'desc' }, take: 1, select: { result: true, reason: true, controlledAt: true } },
      },
    }),
    seesPaymentFigures(actor) ? findPaymentLimits(db, projectId) : null,
  ]);
  const payable = PROJECT_PAYABLE_STATES.includes(project.status);
  return {
    project,
    limits,
    canRequest: payable && !!limits && can(actor, 'payment:request'),
    requests: requests.map((r) => ({ ...r, events: availableEvents(PAYMENT_LIFECYCLE, actor, r.status) })),
  };
}

export type ProjectPayments = Awaited<ReturnType<typeof findProjectPayments>>;
export type ProjectPaymentRow = ProjectPayments['requests'][number];
