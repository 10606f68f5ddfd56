import 'server-only';
import { FACILITY_PENDING } from '@/lib/domain/lifecycle/beneficiary';
import { can } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { facilityScope } from '@/lib/domain/scope';
import { assertCan } from '../authz';
import { db } from '../db';
import { adminUnitLabel } from '../admin-unit-label';

/** Self-registered facilities waiting for verification in the actor's scope (a xã official: their xã), oldest first. */
export async function findPendingFacilities(actor: Actor) {
  assertCan(actor, 'facility:read');
  const rows = await db.facility.findMany({
    where: { AND: [facilityScope(actor), { verification: FACILITY_PENDING }] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      name: true,
      legalForm: true,
      taxCode: true,
      representative: true,
      phone: true,
      address: true,
      sector: true,
      workers: true,
      createdAt: true,
      adminUnit: adminUnitLabel,
      users: { select: { username: true, email: true } },
    },
  });
  return { rows, canDecide: can(actor, 'facility:verify') };
}
