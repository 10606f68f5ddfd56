import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { assertCan, getInScopeOrThrow } from '../authz';
import { db } from '../db';

/** One đề án with everything its page shows, loaded through the actor's scope. */
export async function getProjectOrThrow(actor: Actor, id: number) {
  assertCan(actor, 'project:read');
  return getInScopeOrThrow(
    db.project.findFirst({
      where: { AND: [{ id }, projectScope(actor)] },
      include: {
        contentCategory: { select: { code: true, name: true } },
        programmeTarget: { select: { id: true, itemNo: true, name: true, unit: true, group: { select: { code: true } } } },
        implementingOrg: { select: { name: true } },
        adminUnit: { select: { type: true, name: true, formerArea: true } },
        approvalDecision: true,
        beneficiaries: { include: { facility: { select: { id: true, name: true, taxCode: true, legalForm: true } } } },
        costLines: { orderBy: { sortOrder: 'asc' } },
      },
    }),
    async () => (await db.project.count({ where: { id } })) > 0,
    'đề án',
  );
}

export type ProjectDetail = Awaited<ReturnType<typeof getProjectOrThrow>>;

/** Timeline of the đề án: its audit rows, newest first. Call only after getProjectOrThrow. */
export async function findProjectTimeline(projectId: number) {
  return db.auditEvent.findMany({
    where: { entityType: 'Project', entityId: projectId },
    orderBy: { createdAt: 'desc' },
    include: { actor: { select: { fullName: true } } },
  });
}
