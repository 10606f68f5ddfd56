// A payment settles the advances made before it: the payment row records how much advance it
// clears, and the đề án's "Tạm ứng chưa thu hồi" drops to zero. Kho bạc may control payments but
// never ask for one.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { findProjectPayments } from '@/lib/server/payments/find-project-payments';
import { requestPayment } from '@/lib/server/payments/request-payment';
import { errorOf } from '../factories/errors';
import { createPaymentRequest, createPaymentWorld, paymentInput, type PaymentWorld } from '../factories/payment';
import { resetDatabase } from '../factories/world';

let w: PaymentWorld;

beforeEach(async () => {
  await resetDatabase();
  w = await createPaymentWorld();
});

describe('a payment after an advance', () => {
  it('clears the outstanding advance, on the row and in the limits shown on the đề án', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 120_000_000n, 'PAID');
    expect((await findProjectPayments(w.actors.ttkc, w.projectA.id)).limits!.outstandingAdvanceVnd).toBe(120_000_000n);

    const { id } = await requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'PAYMENT', 150_000_000n));
    const payment = await db.paymentRequest.findUniqueOrThrow({ where: { id } });
    expect(payment).toMatchObject({ kind: 'PAYMENT', amountVnd: 150_000_000n, advanceClearedVnd: 120_000_000n });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'PaymentRequest', entityId: id } });
    expect(audit.data).toMatchObject({ advanceClearedVnd: '120000000' });

    const { limits } = await findProjectPayments(w.actors.ttkc, w.projectA.id);
    expect(limits).toMatchObject({ outstandingAdvanceVnd: 0n, committedVnd: 270_000_000n, remainingPaymentVnd: 30_000_000n });
  });

  it('clears nothing when there was no advance', async () => {
    const { id } = await requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'PAYMENT', 100_000_000n));
    expect((await db.paymentRequest.findUniqueOrThrow({ where: { id } })).advanceClearedVnd).toBe(0n);
  });
});

describe('Kho bạc and payment requests', () => {
  it('cannot request a payment or an advance, and nothing is written', async () => {
    for (const kind of ['ADVANCE', 'PAYMENT'] as const) {
      expect((await errorOf(requestPayment(w.actors.kbnn, paymentInput(w.projectA.id, kind, 1_000_000n)))).code).toBe('FORBIDDEN');
    }
    expect(await db.paymentRequest.count()).toBe(0);
  });
});
