import 'server-only';
import { formatVnd } from '@/lib/domain/money';
import { computePaymentLimits, paymentLimitProblem, paymentStateProblem, type PaymentKindValue, type PaymentLimits } from '@/lib/domain/payment-limits';
import { now } from '../clock';
import type { Db, Tx } from '../db';
import { AppError } from '../errors';
import { findWholeNumberParameter } from '../norms/find-parameter';
import { findMoneyPosition } from './find-money-position';

export const TREASURY_ADVANCE_CEILING = 'TREASURY_ADVANCE_CEILING_BP';

/**
 * Serialises every money decision on one đề án: concurrent requests, the Kho bạc paying, an
 * amendment of the support, a stop, a settlement all queue on the project row, so each reads the
 * money position only after the previous one committed.
 */
export async function lockProjectForPayment(tx: Tx, projectId: number): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Project" WHERE "id" = ${projectId} FOR UPDATE`;
}

/** The advance/payment limits of a đề án from its money position (optionally leaving one request out). */
export async function findPaymentLimits(client: Db | Tx, projectId: number, options: { excludeRequestId?: number } = {}): Promise<PaymentLimits> {
  const project = await client.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { provinceId: true, contentCategory: { select: { advanceShareBp: true } } },
  });
  const position = await findMoneyPosition(client, projectId, options);
  const ceiling = await findWholeNumberParameter(client, TREASURY_ADVANCE_CEILING, project.provinceId, now());
  return computePaymentLimits({
    position,
    advanceShareBp: project.contentCategory.advanceShareBp,
    treasuryCeilingBp: ceiling ? Number(ceiling.value) : null,
  });
}

/**
 * Locks the đề án, re-reads its state and money position and refuses when a request of `kind` may
 * not be made in that state (ILLEGAL_TRANSITION: an advance after acceptance, a payment before it,
 * anything on a stopped đề án) or when `amountVnd` does not fit (LIMIT_EXCEEDED, with the figures).
 * Must run inside the transaction that then writes the request or its status.
 */
export async function assertWithinPaymentLimit(
  tx: Tx,
  projectId: number,
  kind: PaymentKindValue,
  amountVnd: bigint,
  options: { excludeRequestId?: number } = {},
): Promise<PaymentLimits> {
  await lockProjectForPayment(tx, projectId);
  const project = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { status: true, code: true } });
  const stateProblem = paymentStateProblem(kind, project.status, project.code);
  if (stateProblem) throw new AppError('ILLEGAL_TRANSITION', stateProblem);
  const limits = await findPaymentLimits(tx, projectId, options);
  const problem = paymentLimitProblem(limits, kind, amountVnd);
  if (problem) {
    const room = kind === 'ADVANCE' ? limits.remainingAdvanceVnd : limits.remainingPaymentVnd;
    throw new AppError('LIMIT_EXCEEDED', problem, { amountVnd: `Tối đa ${formatVnd(room)}` });
  }
  return limits;
}
