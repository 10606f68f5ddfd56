import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { assertCan } from '../authz';
import { db } from '../db';
import { managedClientWhere } from './api-client-access';

/** The admin page: clients with their tokens (prefix, dates) and the latest requests. */
export async function findApiClients(actor: Actor) {
  assertCan(actor, 'user:manage');
  const where = managedClientWhere(actor);
  const [clients, recent, province] = await Promise.all([
    db.apiClient.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      include: {
        province: { select: { name: true } },
        tokens: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } },
      },
    }),
    db.apiAccessLog.findMany({
      where: { client: where },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: 50,
      select: { id: true, at: true, method: true, path: true, query: true, httpStatus: true, durationMs: true, client: { select: { name: true } } },
    }),
    actor.provinceId ? db.province.findUnique({ where: { id: actor.provinceId }, select: { name: true } }) : null,
  ]);
  return { clients, recent, provinceName: province?.name ?? null };
}
