import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { getInScopeOrThrow } from '../authz';
import { db } from '../db';
import { forbiddenError } from '../errors';

// Accounts of one province are managed by its system administrator. An account's role and scope
// (xã, facility, organisation) are what every permission and scope check reads.

export function adminProvinceOf(actor: Actor): number {
  if (!actor.provinceId) throw forbiddenError();
  return actor.provinceId;
}

export async function getManagedUserOrThrow(actor: Actor, userId: number) {
  const provinceId = adminProvinceOf(actor);
  return getInScopeOrThrow(
    db.user.findFirst({ where: { id: userId, provinceId } }),
    async () => (await db.user.count({ where: { id: userId } })) > 0,
    'tài khoản',
  );
}

