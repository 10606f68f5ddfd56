import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { adminProvinceOf } from './user-access';
import { adminUnitLabel } from '../admin-unit-label';

export async function findUsers(actor: Actor) {
  assertCan(actor, 'user:manage');
  const provinceId = adminProvinceOf(actor);
  const [users, organizations, adminUnits, facilities] = await Promise.all([
    db.user.findMany({
      where: { provinceId },
      orderBy: [{ role: 'asc' }, { username: 'asc' }],
      include: { organization: { select: { name: true } }, adminUnit: adminUnitLabel, facility: { select: { name: true } } },
    }),
    db.organization.findMany({ where: { provinceId }, orderBy: { name: 'asc' }, select: { id: true, name: true, kind: true } }),
    db.adminUnit.findMany({ where: { provinceId }, orderBy: [{ type: 'asc' }, { name: 'asc' }], select: { id: true, type: true, name: true } }),
    db.facility.findMany({ where: { provinceId }, orderBy: { name: 'asc' }, select: { id: true, name: true, taxCode: true } }),
  ]);
  return { users, organizations, adminUnits, facilities };
}

