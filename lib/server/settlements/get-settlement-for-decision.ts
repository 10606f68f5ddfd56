import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import type { Tx } from '../db';
import { AppError } from '../errors';
import { lockProjectForPayment } from '../payments/payment-limit-guard';
import { getProjectForWriteOrThrow } from '../projects/load-project';

/**
 * For the approver's decision on a settlement (approve or return): locks the đề án's money, loads it
 * through the actor's scope and its settlement, refusing a đề án with no settlement drawn up yet.
 */
export async function getSettlementForDecisionOrThrow(tx: Tx, actor: Actor, projectId: number) {
  await lockProjectForPayment(tx, projectId);
  const project = await getProjectForWriteOrThrow(tx, actor, projectId);
  const settlement = await tx.settlement.findUnique({ where: { projectId: project.id } });
  if (!settlement) throw new AppError('ILLEGAL_TRANSITION', 'Đề án chưa được lập quyết toán.');
  return { project, settlement };
}
