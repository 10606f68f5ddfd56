// Payment factories: a world whose đề án A (IN_PROGRESS, 300.000.000 ₫ approved) can be advanced
// and paid, and helpers that make a request in a given state through the real use cases.
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/domain/roles';
import { db } from '@/lib/server/db';
import { controlPayment } from '@/lib/server/payments/control-payment';
import { requestPayment } from '@/lib/server/payments/request-payment';
import { sendPaymentToTreasury } from '@/lib/server/payments/send-payment-to-treasury';
import { createActor, createWorld } from './world';

export async function createPaymentWorld() {
  const w = await createWorld();
  const ldKbnn = await createActor('KBNN_OFFICER', { provinceId: w.ld.province.id, organizationId: w.ld.orgs.kbnn.id });
  // A second treasury officer of the same province but another KBNN office (e.g. a district branch).
  const otherTreasury = await db.organization.create({ data: { provinceId: w.hp.province.id, kind: 'KBNN', name: 'KBNN khu vực thử' } });
  const otherKbnn = await createActor('KBNN_OFFICER', { provinceId: w.hp.province.id, organizationId: otherTreasury.id });
  return { ...w, actors: { ...w.actors, ldKbnn, otherKbnn } };
}

export type PaymentWorld = Awaited<ReturnType<typeof createPaymentWorld>>;

export function paymentInput(projectId: number, kind: 'ADVANCE' | 'PAYMENT', amountVnd: bigint, extra: { idempotencyKey?: string } = {}) {
  return { projectId, kind, amountVnd, payeeName: 'Cơ sở gốm A', payeeAccount: '1234567890', note: null, idempotencyKey: extra.idempotencyKey ?? randomUUID() };
}

/** A request in DRAFT, SENT_TO_TREASURY or PAID, made through the use cases. */
export async function createPaymentRequest(
  actors: { ttkc: Actor; kbnn: Actor },
  projectId: number,
  kind: 'ADVANCE' | 'PAYMENT',
  amountVnd: bigint,
  status: 'DRAFT' | 'SENT_TO_TREASURY' | 'PAID' = 'DRAFT',
) {
  const { id } = await requestPayment(actors.ttkc, paymentInput(projectId, kind, amountVnd));
  if (status !== 'DRAFT') await sendPaymentToTreasury(actors.ttkc, { paymentRequestId: id });
  if (status === 'PAID') await controlPayment(actors.kbnn, { paymentRequestId: id, decision: 'pay' });
  return id;
}
