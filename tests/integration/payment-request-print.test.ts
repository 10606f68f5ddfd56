// Giấy đề nghị tạm ứng/thanh toán (/de-an/[id]/in/de-nghi-thanh-toan/[requestId]): what the printed
// paper carries — the Kho bạc it is addressed to, the đề án, its contract, the money position — and
// who may print it: the đề án's own people, Kho bạc once the request is sent to it, nobody else
// (told "not found", the attempt on an existing request marked as out of scope).
import { beforeEach, describe, expect, it } from 'vitest';
import { OUT_OF_SCOPE } from '@/lib/server/audit-denied';
import { db } from '@/lib/server/db';
import { getPaymentRequestPrintOrThrow } from '@/lib/server/payments/get-payment-request-print';
import { sendPaymentToTreasury } from '@/lib/server/payments/send-payment-to-treasury';
import { errorOf } from '../factories/errors';
import { createPaymentRequest, createPaymentWorld, type PaymentWorld } from '../factories/payment';
import { createActor, freshWorld } from '../factories/world';

let w: PaymentWorld;

beforeEach(async () => { w = await freshWorld(createPaymentWorld); });

describe('the payment request print', () => {
  it('carries the Kho bạc, the đề án, its contract and the money position', async () => {
    await db.contract.create({
      data: { projectId: w.projectA.id, number: '12/2026/HĐ-KC', signedOn: new Date('2026-03-20'), partyAOrgId: w.hp.orgs.ttkc.id, partyBName: 'Cơ sở gốm A', valueVnd: 500_000_000n, supportVnd: 300_000_000n, filedWithTreasury: true },
    });
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'PAID');
    const { request, position } = await getPaymentRequestPrintOrThrow(w.actors.ttkc, w.projectA.id, id);
    expect(request).toMatchObject({ id, kind: 'ADVANCE', amountVnd: 100_000_000n, payeeName: 'Cơ sở gốm A', payeeAccount: '1234567890', status: 'PAID' });
    expect(request.treasuryOrg).toEqual({ name: (await db.organization.findUniqueOrThrow({ where: { id: w.hp.orgs.kbnn.id } })).name });
    expect(request.project).toEqual({
      id: w.projectA.id,
      code: w.projectA.code,
      name: w.projectA.name,
      year: w.projectA.year,
      province: { name: 'Hải Phòng (thử)' },
      implementingOrg: { name: (await db.organization.findUniqueOrThrow({ where: { id: w.hp.orgs.ttkc.id } })).name },
      contracts: [{ number: '12/2026/HĐ-KC', signedOn: new Date('2026-03-20') }],
    });
    expect(position).toMatchObject({ approvedVnd: 300_000_000n, contractedVnd: 300_000_000n, advancedVnd: 100_000_000n, disbursedVnd: 100_000_000n });
  });

  it('is printed for Kho bạc only once the request is sent to it', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n);
    const refused = await errorOf(getPaymentRequestPrintOrThrow(w.actors.kbnn, w.projectA.id, id));
    expect(refused).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy đề nghị thanh toán.', detail: OUT_OF_SCOPE });
    await sendPaymentToTreasury(w.actors.ttkc, { paymentRequestId: id });
    expect((await getPaymentRequestPrintOrThrow(w.actors.kbnn, w.projectA.id, id)).request.id).toBe(id);
  });

  it("is not found for another xã, another province or the ministry, and marked as an out-of-scope attempt", async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    const xaB = await createActor('XA_OFFICER', { provinceId: w.hp.province.id, adminUnitId: w.xaB.id });
    expect((await getPaymentRequestPrintOrThrow(w.actors.xaA, w.projectA.id, id)).request.id).toBe(id);
    for (const actor of [xaB, w.actors.ldTtkc, w.actors.ldKbnn, w.actors.ministry]) {
      expect(await errorOf(getPaymentRequestPrintOrThrow(actor, w.projectA.id, id))).toMatchObject({ code: 'NOT_FOUND', detail: OUT_OF_SCOPE });
    }
  });

  it('is not found, without an out-of-scope mark, for a request that does not exist or belongs to another đề án', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n);
    for (const [projectId, requestId] of [[w.projectB.id, id], [w.projectA.id, id + 1000]] as const) {
      const refused = await errorOf(getPaymentRequestPrintOrThrow(w.actors.ttkc, projectId, requestId));
      expect(refused).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy đề nghị thanh toán.' });
      expect(refused.detail).toBeUndefined();
    }
  });
});
