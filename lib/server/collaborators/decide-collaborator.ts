import 'server-only';
import { COLLABORATOR_LIFECYCLE, type CollaboratorStatus } from '@/lib/domain/lifecycle/collaborator';
import type { Actor } from '@/lib/domain/roles';
import { collaboratorScope } from '@/lib/domain/scope';
import { assertCan, getInScopeOrThrow } from '../authz';
import { today } from '../dates';
import { db, type Tx } from '../db';
import { recordDecision } from '../decisions/record-decision';
import { transition } from '../lifecycle/transition';

function loadInScope(tx: Tx, actor: Actor, collaboratorId: number) {
  return getInScopeOrThrow(
    tx.collaborator.findFirst({ where: { AND: [{ id: collaboratorId }, collaboratorScope(actor)] }, include: { adminUnit: { select: { name: true } } } }),
    async () => (await tx.collaborator.count({ where: { id: collaboratorId } })) > 0,
    'cộng tác viên',
  );
}

/** Công nhận: the decision is recorded in the register and linked, then the one transition with its audit row. */
export async function approveCollaborator(
  actor: Actor,
  input: { collaboratorId: number; number: string; issuedOn: Date; signer: string },
): Promise<CollaboratorStatus> {
  assertCan(actor, 'collaborator:approve');
  return db.$transaction(async (tx) => {
    const collaborator = await loadInScope(tx, actor, input.collaboratorId);
    const decision = await recordDecision(tx, actor, collaborator.provinceId, 'OTHER', {
      number: input.number,
      issuedOn: input.issuedOn,
      issuer: 'Sở Công Thương',
      signer: input.signer,
      summary: `Công nhận cộng tác viên khuyến công ${collaborator.fullName}, xã ${collaborator.adminUnit.name}`,
    });
    return transition(tx, actor, COLLABORATOR_LIFECYCLE, collaborator, 'approve', {
      changes: { approvalDecisionId: decision.id },
      data: { decisionId: decision.id, number: input.number },
    });
  });
}

/** Thôi làm cộng tác viên, with the reason. */
export async function endCollaborator(actor: Actor, input: { collaboratorId: number; reason: string }): Promise<CollaboratorStatus> {
  assertCan(actor, 'collaborator:approve');
  return db.$transaction(async (tx) => {
    const collaborator = await loadInScope(tx, actor, input.collaboratorId);
    return transition(tx, actor, COLLABORATOR_LIFECYCLE, collaborator, 'end', { reason: input.reason, changes: { endedOn: today() } });
  });
}
