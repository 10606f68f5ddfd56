import 'server-only';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { supportRequestScope } from '@/lib/domain/scope';
import { codeLabel } from '../code-label';
import { db } from '../db';
import { forbiddenError } from '../errors';
import { adminUnitLabel } from '../admin-unit-label';

/** Support requests in the actor's scope, newest first (a facility: its own; a xã: sent from the xã). */
export async function findSupportRequests(actor: Actor) {
  if (!can(actor, 'support-request:apply') && !can(actor, 'plan:read')) throw forbiddenError();
  return db.supportRequest.findMany({
    where: supportRequestScope(actor),
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: {
      id: true,
      title: true,
      year: true,
      status: true,
      totalCostVnd: true,
      counterpartVnd: true,
      requestedSupportVnd: true,
      sentAt: true,
      refusalReason: true,
      facility: { select: { name: true, taxCode: true } },
      adminUnit: adminUnitLabel,
      contentCategory: codeLabel,
    },
  });
}
