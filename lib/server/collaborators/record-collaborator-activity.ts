import 'server-only';
import { COLLABORATOR_ACTIVE_STATES, COLLABORATOR_LIFECYCLE } from '@/lib/domain/lifecycle/collaborator';
import type { Actor } from '@/lib/domain/roles';
import { collaboratorScope } from '@/lib/domain/scope';
import type { CollaboratorActivityInput } from '@/lib/schemas/outputs';
import { auditSubject, recordAudit } from '../audit';
import { assertCan, getInScopeOrThrow } from '../authz';
import { today } from '../dates';
import { db } from '../db';
import { AppError } from '../errors';

/** An activity of a recognised collaborator and the support paid for it (whole đồng), with an audit row. */
export async function recordCollaboratorActivity(actor: Actor, input: CollaboratorActivityInput): Promise<{ id: number }> {
  assertCan(actor, 'collaborator:propose');
  if (input.occurredOn > today()) throw new AppError('VALIDATION', 'Ngày hoạt động không được sau hôm nay.', { occurredOn: 'Ngày không được sau hôm nay' });
  return db.$transaction(async (tx) => {
    const collaborator = await getInScopeOrThrow(
      tx.collaborator.findFirst({ where: { AND: [{ id: input.collaboratorId }, collaboratorScope(actor)] } }),
      async () => (await tx.collaborator.count({ where: { id: input.collaboratorId } })) > 0,
      'cộng tác viên',
    );
    if (!COLLABORATOR_ACTIVE_STATES.includes(collaborator.status)) {
      throw new AppError('ILLEGAL_TRANSITION', `Chỉ ghi hoạt động của cộng tác viên đã được công nhận; người này đang "${COLLABORATOR_LIFECYCLE.statusLabels[collaborator.status]}".`);
    }
    const activity = await tx.collaboratorActivity.create({
      data: { collaboratorId: collaborator.id, occurredOn: input.occurredOn, description: input.description, supportVnd: input.supportVnd, recordedById: actor.id },
    });
    await recordAudit(tx, actor, {
      ...auditSubject('Collaborator', collaborator),
      event: 'recordActivity',
      data: { activityId: activity.id, supportVnd: input.supportVnd.toString() },
    });
    return { id: activity.id };
  });
}
