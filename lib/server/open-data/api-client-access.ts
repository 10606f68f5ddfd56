import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { getInScopeOrThrow } from '../authz';
import { db } from '../db';
import { adminProvinceOf } from '../users/user-access';

// A province's system administrator manages the API clients it created: its province's clients and
// the national ones it issued (recorded in the audit log). Clients of another province are not found.

export function managedClientWhere(actor: Actor) {
  return { OR: [{ provinceId: adminProvinceOf(actor) }, { provinceId: null }] };
}

export async function getManagedClientOrThrow(actor: Actor, clientId: number) {
  return getInScopeOrThrow(
    db.apiClient.findFirst({ where: { AND: [{ id: clientId }, managedClientWhere(actor)] } }),
    async () => (await db.apiClient.count({ where: { id: clientId } })) > 0,
    'đơn vị sử dụng API',
  );
}
