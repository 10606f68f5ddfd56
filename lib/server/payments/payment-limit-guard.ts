import 'server-only';
import { PAYMENT_COMMITTED_STATES } from '@/lib/domain/lifecycle/payment';
import { formatVnd } from '@/lib/domain/money';
import { computePaymentLimits, paymentLimitProblem, type PaymentKindValue, type PaymentLimits } from '@/lib/domain/payment-limits';
import type { Db, Tx } from '../db';
import { AppError } from '../errors';
import { findWholeNumberParameter } from '../norms/find-parameter';

export const TREASURY_ADVANCE_CEILING = 'TREASURY_ADVANCE_CEILING_BP';

/**
 * Serialises every money decision on one đề án: concurrent requests (and the Kho bạc paying) queue
 * on the project row, so each sums the committed requests only after the previous one committed.
 * Without it two requests could both see the same room and together exceed the approved support.
 */
export async function lockProjectForPayment(tx: Tx, projectId: number): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Project" WHERE "id" = ${projectId} FOR UPDATE`;
}

/** The advance/payment limits of a đề án from its committed requests (optionally leaving one out). */
export async function findPaymentLimits(client: Db | Tx, projectId: number, options: { excludeRequestId?: number } = {}): Promise<PaymentLimits> {
  const project = await client.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { provinceId: true, approvedSupportVnd: true, contentCategory: { select: { advanceShareBp: true } } },
  });
  // Sequential on purpose: one transaction is one connection, which runs one query at a time.
  const committed = await client.paymentRequest.findMany({
    where: {
      projectId,
      status: { in: [...PAYMENT_COMMITTED_STATES] },
      ...(options.excludeRequestId ? { id: { not: options.excludeRequestId } } : {}),
    },
    select: { kind: true, amountVnd: true, advanceClearedVnd: true },
  });
  const ceiling = await findWholeNumberParameter(client, TREASURY_ADVANCE_CEILING, project.provinceId, new Date());
  return computePaymentLimits({
    approvedSupportVnd: project.approvedSupportVnd,
    advanceShareBp: project.contentCategory.advanceShareBp,
    treasuryCeilingBp: ceiling ? Number(ceiling.value) : null,
    committed,
  });
}

/**
 * Locks the đề án, recomputes the limits and refuses with LIMIT_EXCEEDED when `amountVnd` of
 * `kind` does not fit. Must run inside the transaction that then writes the request or its status.
 */
export async function assertWithinPaymentLimit(
  tx: Tx,
  projectId: number,
  kind: PaymentKindValue,
  amountVnd: bigint,
  options: { excludeRequestId?: number } = {},
): Promise<PaymentLimits> {
  await lockProjectForPayment(tx, projectId);
  const limits = await findPaymentLimits(tx, projectId, options);
  const problem = paymentLimitProblem(limits, kind, amountVnd);
  if (problem) {
    const room = kind === 'ADVANCE' ? limits.remainingAdvanceVnd : limits.remainingPaymentVnd;
    throw new AppError('LIMIT_EXCEEDED', problem, { amountVnd: `Tối đa ${formatVnd(room)}` });
  }
  return limits;
}
