import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { paymentRequestScope } from '@/lib/domain/scope';
import { assertCan, getInScopeOrThrow } from '../authz';
import { db } from '../db';
import { findMoneyPosition } from './find-money-position';

/** Giấy đề nghị thanh toán: the request as the actor may see it, with its đề án and money position. */
export async function getPaymentRequestPrintOrThrow(actor: Actor, projectId: number, requestId: number) {
  assertCan(actor, 'project:read');
  const request = await getInScopeOrThrow(
    db.paymentRequest.findFirst({
      where: { AND: [{ id: requestId, projectId }, paymentRequestScope(actor)] },
      include: {
        treasuryOrg: { select: { name: true } },
        project: { select: { id: true, code: true, name: true, year: true, province: { select: { name: true } }, implementingOrg: { select: { name: true } }, contracts: { select: { number: true, signedOn: true } } } },
      },
    }),
    async () => (await db.paymentRequest.count({ where: { id: requestId, projectId } })) > 0,
    'đề nghị thanh toán',
  );
  return { request, position: await findMoneyPosition(db, projectId) };
}
