import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';
import { CONSOLIDATED_PLAN_LIFECYCLE, type ConsolidatedPlanEvent, type ConsolidatedPlanStatus } from '@/lib/domain/lifecycle/plan';
import type { Actor } from '@/lib/domain/roles';
import type { Tx } from '../db';
import { applyTransition } from '../lifecycle/transition';

/**
 * Moves the city plan of a year (the registration round) through CONSOLIDATED_PLAN_LIFECYCLE,
 * updating only if its status is still the one loaded, and writes the audit row — in the caller's
 * transaction. `changes` are further columns set in the same conditional update.
 */
export async function transitionRound(
  tx: Tx,
  actor: Actor,
  round: { id: number; provinceId: number; status: ConsolidatedPlanStatus },
  event: ConsolidatedPlanEvent,
  options: { reason?: string | null; data?: Prisma.InputJsonValue; changes?: Prisma.ConsolidatedPlanUncheckedUpdateManyInput } = {},
): Promise<ConsolidatedPlanStatus> {
  return applyTransition(tx, {
    actor,
    lifecycle: CONSOLIDATED_PLAN_LIFECYCLE,
    event,
    entityType: 'ConsolidatedPlan',
    entityId: round.id,
    provinceId: round.provinceId,
    current: round.status,
    reason: options.reason,
    data: options.data,
    write: (from, to) => tx.consolidatedPlan.updateMany({ where: { id: round.id, status: from }, data: { ...options.changes, status: to } }),
  });
}
