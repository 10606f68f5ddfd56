import 'server-only';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { assertCan, getInScopeOrThrow } from '../authz';
import { db } from '../db';
import { findMoneyPosition } from '../payments/find-money-position';

/**
 * The đề án's "Thanh lý, quyết toán" page: the money position, the liquidation minutes, the refunds,
 * the settlement with its decision, and which step the actor may take now.
 */
export async function findProjectSettlement(actor: Actor, projectId: number) {
  assertCan(actor, 'project:read');
  const project = await getInScopeOrThrow(
    db.project.findFirst({
      where: { AND: [{ id: projectId }, projectScope(actor)] },
      select: {
        id: true,
        code: true,
        name: true,
        year: true,
        status: true,
        fundingLevel: true,
        province: { select: { name: true } },
        implementingOrg: { select: { name: true } },
        beneficiaries: { select: { facility: { select: { name: true, taxCode: true } } }, orderBy: { facilityId: 'asc' } },
        contracts: { select: { number: true, signedOn: true, valueVnd: true, supportVnd: true }, orderBy: { signedOn: 'asc' } },
        liquidation: { include: { decision: { select: { number: true, issuedOn: true } } } },
        refunds: { orderBy: { paidOn: 'asc' } },
        settlement: { include: { decision: { select: { number: true, issuedOn: true, signer: true, issuer: true } } } },
      },
    }),
    async () => (await db.project.count({ where: { id: projectId } })) > 0,
    'đề án',
  );
  const position = await findMoneyPosition(db, project.id);
  const manage = can(actor, 'settlement:manage');
  const approve = can(actor, 'settlement:approve');
  return {
    project,
    position,
    can: {
      liquidate: manage && project.status === 'ACCEPTED',
      refund: manage && ['ACCEPTED', 'LIQUIDATED', 'STOPPED'].includes(project.status) && position.toRefundVnd > 0n,
      submit: manage && project.status === 'LIQUIDATED' && (!project.settlement || project.settlement.status === 'DRAFT'),
      approve: approve && project.status === 'LIQUIDATED' && project.settlement?.status === 'SUBMITTED',
      close: approve && project.status === 'SETTLED',
    },
  };
}

export type ProjectSettlement = Awaited<ReturnType<typeof findProjectSettlement>>;
