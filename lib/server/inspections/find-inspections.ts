import 'server-only';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { inspectionScope, projectScope } from '@/lib/domain/scope';
import { assertCan, getInScopeOrThrow } from '../authz';
import { db } from '../db';

const LIST_INCLUDE = {
  project: { select: { id: true, code: true, name: true } },
  adminUnit: { select: { id: true, name: true } },
} as const;

/** The inspection plan of a year as the actor may see it, by planned date. */
export async function findInspections(actor: Actor, year: number) {
  assertCan(actor, 'inspection:read');
  return db.inspection.findMany({
    where: { AND: [inspectionScope(actor), { year }] },
    orderBy: [{ plannedOn: 'asc' }, { id: 'asc' }],
    include: LIST_INCLUDE,
  });
}

/** The inspections that visited a đề án, or null for a reader without inspection:read (the card is not shown). */
export async function findProjectInspections(actor: Actor, projectId: number, count?: number) {
  if (!can(actor, 'inspection:read')) return null;
  // `count`: how many the đề án has in all, when the caller knows (none: nothing to read).
  if (count === 0) return [];
  return db.inspection.findMany({
    where: { AND: [inspectionScope(actor), { projectId, project: projectScope(actor) }] },
    orderBy: [{ plannedOn: 'desc' }, { id: 'desc' }],
    include: LIST_INCLUDE,
  });
}

export type InspectionListRow = Awaited<ReturnType<typeof findInspections>>[number];

/** One inspection with its audit trail; another province's (or xã's) is not found. */
export async function getInspectionOrThrow(actor: Actor, inspectionId: number) {
  assertCan(actor, 'inspection:read');
  const inspection = await getInScopeOrThrow(
    db.inspection.findFirst({ where: { AND: [{ id: inspectionId }, inspectionScope(actor)] }, include: { ...LIST_INCLUDE, createdBy: { select: { fullName: true } } } }),
    async () => (await db.inspection.count({ where: { id: inspectionId } })) > 0,
    'cuộc kiểm tra',
  );
  const history = await db.auditEvent.findMany({
    where: { entityType: 'Inspection', entityId: inspection.id },
    orderBy: { id: 'asc' },
    select: { id: true, event: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, actor: { select: { fullName: true } } },
  });
  return { inspection, history };
}
