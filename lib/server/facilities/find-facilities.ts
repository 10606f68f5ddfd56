import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { facilityScope, projectScope } from '@/lib/domain/scope';
import { assertCan, getInScopeOrThrow } from '../authz';
import { db } from '../db';

export async function findFacilities(actor: Actor) {
  assertCan(actor, 'facility:read');
  return db.facility.findMany({
    where: facilityScope(actor),
    orderBy: [{ adminUnit: { name: 'asc' } }, { name: 'asc' }],
    include: { adminUnit: { select: { type: true, name: true, formerArea: true } }, _count: { select: { projectLinks: true } } },
  });
}

export async function getFacilityOrThrow(actor: Actor, id: number) {
  assertCan(actor, 'facility:read');
  const facility = await getInScopeOrThrow(
    db.facility.findFirst({ where: { AND: [{ id }, facilityScope(actor)] }, include: { adminUnit: true } }),
    async () => (await db.facility.count({ where: { id } })) > 0,
    'cơ sở',
  );
  // Only the đề án the actor may see, even on a facility page it may see.
  const projects = await db.project.findMany({
    where: { AND: [projectScope(actor), { beneficiaries: { some: { facilityId: id } } }] },
    orderBy: { year: 'desc' },
    select: { id: true, code: true, name: true, year: true, status: true, approvedSupportVnd: true, stateSupportVnd: true },
  });
  return { facility, projects };
}
