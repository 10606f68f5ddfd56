import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { paymentRequestScope } from '@/lib/domain/scope';
import { getInScopeOrThrow } from '../authz';
import type { Db, Tx } from '../db';

/**
 * A payment request for a write, loaded through the actor's scope (Kho bạc: only what was sent to
 * its treasury). Out of scope is FORBIDDEN when the row exists, NOT_FOUND otherwise.
 */
export async function getPaymentForWriteOrThrow(tx: Db | Tx, actor: Actor, paymentRequestId: number) {
  return getInScopeOrThrow(
    tx.paymentRequest.findFirst({
      where: { AND: [{ id: paymentRequestId }, paymentRequestScope(actor)] },
      include: { project: { select: { id: true, code: true, name: true, provinceId: true, status: true } } },
    }),
    async () => (await tx.paymentRequest.count({ where: { id: paymentRequestId } })) > 0,
    'đề nghị thanh toán',
  );
}
