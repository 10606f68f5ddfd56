import 'server-only';
import { assertCan } from '../../authz';
import type { Actor } from '@/lib/domain/roles';
import { db } from '../../db';
import { periodicReportScope } from './periodic-access';
import { adminUnitLabel } from '../../admin-unit-label';

/** Periodic reports in the actor's scope, newest period first. */
export async function findPeriodicReports(actor: Actor) {
  assertCan(actor, 'report:read');
  return db.periodicReport.findMany({
    where: { AND: [periodicReportScope(actor), { projectId: null }] },
    orderBy: [{ year: 'desc' }, { kind: 'asc' }, { period: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, kind: true, year: true, period: true, status: true, submittedAt: true, organizationId: true, adminUnit: adminUnitLabel },
  });
}
