import 'server-only';
import type { Prisma } from '@/prisma/generated/client/client';
import { assertTransition, TransitionError, type Lifecycle } from '@/lib/domain/lifecycle/machine';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import type { Tx } from '../db';
import { AppError, staleError } from '../errors';

export interface TransitionArgs<S extends string, E extends string> {
  actor: Actor;
  lifecycle: Lifecycle<S, E>;
  event: E;
  entityType: string;
  entityId: number;
  provinceId: number | null;
  /** The status as loaded through the actor's scope. */
  current: S;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
  /** Conditional update: `updateMany({ where: { id, status: from }, data: { status: to, … } })`. */
  write: (from: S, to: S) => Promise<{ count: number }>;
}

/**
 * The only way a plan, đề án or payment changes status: checks the lifecycle table and the
 * permission, updates only if nobody moved the record first, and writes the audit row — all in
 * the caller's transaction.
 */
export async function applyTransition<S extends string, E extends string>(tx: Tx, args: TransitionArgs<S, E>): Promise<S> {
  let to: S;
  try {
    to = assertTransition(args.lifecycle, args.event, args.actor, args.current, args.reason).to;
  } catch (error) {
    if (error instanceof TransitionError) {
      throw new AppError(error.code === 'REASON_REQUIRED' ? 'VALIDATION' : error.code, error.message, error.code === 'REASON_REQUIRED' ? { reason: error.message } : undefined);
    }
    throw error;
  }
  const { count } = await args.write(args.current, to);
  if (count !== 1) throw staleError();
  await recordAudit(tx, args.actor, {
    entityType: args.entityType,
    entityId: args.entityId,
    provinceId: args.provinceId,
    event: args.event,
    fromStatus: args.current,
    toStatus: to,
    reason: args.reason,
    data: args.data,
  });
  return to;
}
