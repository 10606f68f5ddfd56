import 'server-only';
import { PROJECT_LIFECYCLE, PROJECT_REFUNDABLE_STATES } from '@/lib/domain/lifecycle/project';
import { canFire } from '@/lib/domain/lifecycle/machine';
import { SETTLEMENT_AWAITING_APPROVAL_STATES, SETTLEMENT_LIFECYCLE, SETTLEMENT_SUBMITTABLE_STATES } from '@/lib/domain/lifecycle/settlement';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { db } from '../db';
import { findMoneyPosition } from '../payments/find-money-position';
import { projectHeadingSelect } from '../projects/find-projects';
import { getProjectSelectionOrThrow } from '../projects/get-project';

/**
 * The đề án's "Thanh lý, quyết toán" page: the money position, the liquidation minutes, the refunds,
 * the settlement with its decision, and which step the actor may take now.
 */
export async function findProjectSettlement(actor: Actor, projectId: number) {
  const project = await getProjectSelectionOrThrow(actor, projectId, {
    ...projectHeadingSelect,
    province: { select: { name: true } },
    implementingOrg: { select: { name: true } },
    beneficiaries: { select: { facility: { select: { name: true, taxCode: true } } }, orderBy: { facilityId: 'asc' } },
    contracts: { select: { number: true, signedOn: true, valueVnd: true, supportVnd: true }, orderBy: { signedOn: 'asc' } },
    liquidation: { include: { decision: { select: { number: true, issuedOn: true } } } },
    refunds: { orderBy: { paidOn: 'asc' } },
    settlement: { include: { decision: { select: { number: true, issuedOn: true, signer: true, issuer: true } } } },
  });
  const position = await findMoneyPosition(db, project.id);
  // Why the settlement came back, while it is back in the Trung tâm's hands.
  const returned =
    project.settlement && SETTLEMENT_SUBMITTABLE_STATES.includes(project.settlement.status)
      ? await db.auditEvent.findFirst({
          where: { entityType: SETTLEMENT_LIFECYCLE.model, entityId: project.settlement.id, event: 'return' },
          orderBy: { id: 'desc' },
          select: { reason: true, createdAt: true },
        })
      : null;
  const manage = can(actor, 'settlement:manage');
  const approve = can(actor, 'settlement:approve');
  const settleable = PROJECT_LIFECYCLE.events.settle.from.includes(project.status);
  return {
    project,
    position,
    returned,
    can: {
      liquidate: manage && PROJECT_LIFECYCLE.events.liquidate.from.includes(project.status),
      refund: manage && PROJECT_REFUNDABLE_STATES.includes(project.status) && position.toRefundVnd > 0n,
      submit: manage && settleable && (!project.settlement || SETTLEMENT_SUBMITTABLE_STATES.includes(project.settlement.status)),
      approve: approve && settleable && !!project.settlement && SETTLEMENT_AWAITING_APPROVAL_STATES.includes(project.settlement.status),
      return: approve && settleable && !!project.settlement && canFire(SETTLEMENT_LIFECYCLE, 'return', actor, project.settlement.status),
      close: approve && PROJECT_LIFECYCLE.events.close.from.includes(project.status),
    },
  };
}

export type ProjectSettlement = Awaited<ReturnType<typeof findProjectSettlement>>;
