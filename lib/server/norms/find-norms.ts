import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';
import type { Actor } from '@/lib/domain/roles';
import { assertCan, getInScopeOrThrow } from '../authz';
import { codeLabel } from '../code-label';
import { db } from '../db';

/** National norms (provinceId null) and the actor's province's own; the ministry sees every province's. */
export function normScope(actor: Actor): Prisma.SpendingNormWhereInput {
  if (actor.role === 'MINISTRY_OFFICER') return {};
  return { OR: [{ provinceId: null }, { provinceId: actor.provinceId ?? -1 }] };
}

/** Whether the actor may change this norm: only its own province's, never the national ones. */
export function canEditNorm(actor: Actor, norm: { provinceId: number | null }): boolean {
  return norm.provinceId !== null && norm.provinceId === actor.provinceId;
}

export async function findNorms(actor: Actor) {
  assertCan(actor, 'norm:read');
  return db.spendingNorm.findMany({
    where: normScope(actor),
    orderBy: [{ contentCategory: { sortOrder: 'asc' } }, { fundingSource: 'asc' }, { validFrom: 'desc' }],
    include: { contentCategory: codeLabel, province: { select: { name: true } } },
  });
}

export async function getNormOrThrow(actor: Actor, id: number) {
  assertCan(actor, 'norm:read');
  return getInScopeOrThrow(
    db.spendingNorm.findFirst({ where: { AND: [{ id }, normScope(actor)] }, include: { contentCategory: codeLabel } }),
    async () => (await db.spendingNorm.count({ where: { id } })) > 0,
    'mức chi',
  );
}
