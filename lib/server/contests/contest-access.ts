import 'server-only';
import { contestRoundScope } from '@/lib/domain/scope';
import type { Actor } from '@/lib/domain/roles';
import { getInScopeOrThrow } from '../authz';
import type { Db, Tx } from '../db';

/** Loads a round through the actor's scope: another province's (or xã's) round is not found. */
export function loadContestRound(tx: Tx | Db, actor: Actor, id: number) {
  return getInScopeOrThrow(
    tx.contestRound.findFirst({ where: { AND: [{ id }, contestRoundScope(actor)] } }),
    async () => (await tx.contestRound.count({ where: { id } })) > 0,
    'cuộc bình chọn',
  );
}

/** Loads an entry through its round's scope, with what the scoring rules need. */
export function loadContestEntry(tx: Tx | Db, actor: Actor, id: number) {
  return getInScopeOrThrow(
    tx.contestEntry.findFirst({
      where: { id, round: contestRoundScope(actor) },
      include: { round: { select: { id: true, status: true, provinceId: true } } },
    }),
    async () => (await tx.contestEntry.count({ where: { id } })) > 0,
    'sản phẩm dự bình chọn',
  );
}
