import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';

/** What the "open a round" form offers: the province's xã, its users (council), its programme targets. */
export async function contestFormOptions(actor: Actor) {
  assertCan(actor, 'contest:manage');
  const provinceId = actor.provinceId ?? -1;
  const [units, users, targets] = await Promise.all([
    db.adminUnit.findMany({ where: { provinceId }, select: { id: true, name: true, type: true }, orderBy: { name: 'asc' } }),
    db.user.findMany({
      where: { provinceId, isActive: true, role: { in: ['SCT_LEADER', 'TTKC_STAFF', 'STC_OFFICER', 'XA_OFFICER'] } },
      select: { id: true, fullName: true, role: true, adminUnit: { select: { name: true } } },
      orderBy: { fullName: 'asc' },
    }),
    db.programmeTarget.findMany({
      where: { programme: { provinceId } },
      select: { id: true, itemNo: true, name: true, unit: true, contentCategory: { select: { code: true } }, programme: { select: { code: true, startYear: true, endYear: true } } },
      orderBy: [{ programmeId: 'asc' }, { sortOrder: 'asc' }],
    }),
  ]);
  return { units, users, targets };
}
