import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { collaboratorScope } from '@/lib/domain/scope';
import { assertCan, getInScopeOrThrow } from '../authz';
import { db } from '../db';

/** The collaborators the actor may see (a xã officer: the xã's), by xã then name, with their support paid to date. */
export async function findCollaborators(actor: Actor, filter: { adminUnitId?: number } = {}) {
  assertCan(actor, 'collaborator:read');
  const where = { AND: [collaboratorScope(actor), filter.adminUnitId ? { adminUnitId: filter.adminUnitId } : {}] };
  const [rows, sums] = await Promise.all([
    db.collaborator.findMany({
      where,
      orderBy: [{ adminUnit: { name: 'asc' } }, { fullName: 'asc' }],
      include: { adminUnit: { select: { id: true, name: true } }, approvalDecision: { select: { number: true, issuedOn: true } } },
    }),
    db.collaboratorActivity.groupBy({ by: ['collaboratorId'], where: { collaborator: where }, _sum: { supportVnd: true }, _count: { _all: true } }),
  ]);
  const byId = new Map(sums.map((s) => [s.collaboratorId, { supportVnd: s._sum.supportVnd ?? 0n, activities: s._count._all }]));
  return rows.map((c) => ({ ...c, supportVnd: byId.get(c.id)?.supportVnd ?? 0n, activityCount: byId.get(c.id)?.activities ?? 0 }));
}

export type CollaboratorListRow = Awaited<ReturnType<typeof findCollaborators>>[number];

/** One collaborator with activities and audit trail; out of scope is not found. */
export async function getCollaboratorOrThrow(actor: Actor, collaboratorId: number) {
  assertCan(actor, 'collaborator:read');
  const collaborator = await getInScopeOrThrow(
    db.collaborator.findFirst({
      where: { AND: [{ id: collaboratorId }, collaboratorScope(actor)] },
      include: {
        adminUnit: { select: { id: true, name: true } },
        approvalDecision: { select: { id: true, number: true, issuedOn: true, signer: true } },
        proposedBy: { select: { fullName: true } },
        activities: { orderBy: [{ occurredOn: 'desc' }, { id: 'desc' }], include: { recordedBy: { select: { fullName: true } } } },
      },
    }),
    async () => (await db.collaborator.count({ where: { id: collaboratorId } })) > 0,
    'cộng tác viên',
  );
  const [total, history] = await Promise.all([
    db.collaboratorActivity.aggregate({ where: { collaboratorId: collaborator.id }, _sum: { supportVnd: true } }),
    db.auditEvent.findMany({
      where: { entityType: 'Collaborator', entityId: collaborator.id },
      orderBy: { id: 'asc' },
      select: { id: true, event: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, actor: { select: { fullName: true } } },
    }),
  ]);
  return { collaborator, supportVnd: total._sum.supportVnd ?? 0n, history };
}
