import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';
import type { Actor } from '@/lib/domain/roles';
import type { AuditQuery } from '@/lib/schemas/audit';
import { assertCan } from '../authz';
import { db } from '../db';
import { adminProvinceOf } from '../users/user-access';

export const AUDIT_PAGE_SIZE = 100;
/** Vietnam has no daylight saving: a calendar day runs from 00:00 +07:00. */
const dayStart = (isoDay: string) => new Date(`${isoDay}T00:00:00+07:00`);

/**
 * The audit log of the administrator's own province (the province's system administrator reads it:
 * it holds sign-in addresses and refused attempts). Events without a province — failed sign-ins of
 * names that exist nowhere — stay for the database owner's tools.
 */
export function auditWhere(actor: Actor, query: AuditQuery): Prisma.AuditEventWhereInput {
  assertCan(actor, 'user:manage');
  const provinceId = adminProvinceOf(actor);
  const createdAt: Prisma.DateTimeFilter = {};
  if (query.from) createdAt.gte = dayStart(query.from);
  if (query.to) createdAt.lt = new Date(dayStart(query.to).getTime() + 86_400_000);
  return {
    provinceId,
    ...(query.from || query.to ? { createdAt } : {}),
    ...(query.event ? { event: query.event } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId !== undefined ? { entityId: query.entityId } : {}),
    ...(query.username ? { actor: { username: { contains: query.username.toLowerCase() } } } : {}),
  };
}

export const auditRowSelect = {
  id: true,
  createdAt: true,
  event: true,
  entityType: true,
  entityId: true,
  fromStatus: true,
  toStatus: true,
  reason: true,
  data: true,
  chainSeq: true,
  actor: { select: { username: true, fullName: true } },
} satisfies Prisma.AuditEventSelect;

export async function findAuditEvents(actor: Actor, query: AuditQuery) {
  const where = auditWhere(actor, query);
  const provinceId = adminProvinceOf(actor);
  const [rows, total, events, entityTypes] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: AUDIT_PAGE_SIZE, skip: (query.page - 1) * AUDIT_PAGE_SIZE, select: auditRowSelect }),
    db.auditEvent.count({ where }),
    db.auditEvent.groupBy({ by: ['event'], where: { provinceId }, orderBy: { event: 'asc' } }),
    db.auditEvent.groupBy({ by: ['entityType'], where: { provinceId }, orderBy: { entityType: 'asc' } }),
  ]);
  return { rows, total, events: events.map((e) => e.event), entityTypes: entityTypes.map((e) => e.entityType) };
}
