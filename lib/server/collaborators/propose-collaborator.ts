import 'server-only';
import { COLLABORATOR_INITIAL_STATE } from '@/lib/domain/lifecycle/collaborator';
import type { Actor } from '@/lib/domain/roles';
import type { CollaboratorCreateInput } from '@/lib/schemas/outputs';
import { recordAudit } from '../audit';
import { assertAdminUnitInScope, assertCan, getActorProvinceIdOrThrow } from '../authz';
import { today } from '../dates';
import { db } from '../db';
import { AppError } from '../errors';

/** Sở Công Thương proposes a collaborator for a xã of its province. */
export async function proposeCollaborator(actor: Actor, input: CollaboratorCreateInput): Promise<{ id: number }> {
  assertCan(actor, 'collaborator:propose');
  const provinceId = getActorProvinceIdOrThrow(actor);
  if (input.proposedOn > today()) throw new AppError('VALIDATION', 'Ngày đề xuất không được sau hôm nay.', { proposedOn: 'Ngày không được sau hôm nay' });
  return db.$transaction(async (tx) => {
    await assertAdminUnitInScope(tx, actor, provinceId, input.adminUnitId, 'Xã không thuộc địa phương này.');
    const collaborator = await tx.collaborator.create({
      // The form's fields are the collaborator's columns (the schema strips anything else).
      data: { ...input, provinceId, status: COLLABORATOR_INITIAL_STATE, proposedById: actor.id },
    });
    await recordAudit(tx, actor, { entityType: 'Collaborator', entityId: collaborator.id, provinceId, event: 'propose', toStatus: COLLABORATOR_INITIAL_STATE, data: { fullName: input.fullName } });
    return { id: collaborator.id };
  });
}
