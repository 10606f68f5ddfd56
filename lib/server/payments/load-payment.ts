import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { paymentRequestScope } from '@/lib/domain/scope';
import { getInScopeOrThrow } from '../authz';
import type { Db, Tx } from '../db';

/**
 * A payment request for a write, loaded through the actor's scope (Kho bạc: only what was sent to
 * its treasury). Out of scope is NOT_FOUND, marked as an out-of-scope attempt when the row exists.
 */
export async function getPaymentForWriteOrThrow(tx: Db | Tx, actor: Actor, paymentRequestId: number) {
  return getInScopeOrThrow(
    tx.paymentRequest.findFirst({
      where: { AND: [{ id: paymentRequestId }, paymentRequestScope(actor)] },
      // What the steps name and check: the đề án's code and name in notices, its status (still payable?).
      include: { project: { select: { code: true, name: true, status: true } } },
    }),
    async () => (await tx.paymentRequest.count({ where: { id: paymentRequestId } })) > 0,
    'đề nghị thanh toán',
  );
}
