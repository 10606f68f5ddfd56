// The money contract: no tạm ứng / thanh toán above what was approved, even under concurrent requests.
import { beforeEach, describe, expect, it } from 'vitest';
import { PAYMENT_COMMITTED_STATES } from '@/lib/domain/lifecycle/payment';
import { formatVnd, sumVnd } from '@/lib/domain/money';
import { db } from '@/lib/server/db';
import { requestPayment } from '@/lib/server/payments/request-payment';
import { errorOf } from '../factories/errors';
import { createPaymentRequest, createPaymentWorld, paymentInput, type PaymentWorld } from '../factories/payment';
import { freshWorld } from '../factories/world';

let w: PaymentWorld;

beforeEach(async () => { w = await freshWorld(createPaymentWorld); });

const committedTotal = async (projectId: number) =>
  sumVnd((await db.paymentRequest.findMany({ where: { projectId, status: { in: [...PAYMENT_COMMITTED_STATES] } } })).map((r) => r.amountVnd));

describe('advance limit', () => {
  it('accepts an advance within 70 % of the approved support and audits it', async () => {
    const { id, created } = await requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'ADVANCE', 210_000_000n));
    expect(created).toBe(true);
    const row = await db.paymentRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'DRAFT', amountVnd: 210_000_000n, provinceId: w.hp.province.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'PaymentRequest', entityId: id } });
    expect(audit).toMatchObject({ event: 'request', toStatus: 'DRAFT', actorId: w.actors.ttkc.id });
  });

  it('refuses an advance over the share, quoting the figures', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 150_000_000n);
    const error = await errorOf(requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'ADVANCE', 60_000_001n)));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toContain(formatVnd(60_000_001n));
    expect(error.message).toContain(formatVnd(210_000_000n)); // 70 % of 300 M
    expect(error.message).toContain(formatVnd(150_000_000n)); // already advanced
    expect(error.message).toContain(formatVnd(60_000_000n)); // left to advance
    expect(await committedTotal(w.projectA.id)).toBe(150_000_000n);
  });

  it("uses the content's own share and the treasury ceiling, whichever is stricter", async () => {
    await db.contentCategory.update({ where: { id: w.projectA.contentCategoryId }, data: { advanceShareBp: 3000 } });
    expect((await errorOf(requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'ADVANCE', 90_000_001n)))).message).toContain('30 %');
    await db.contentCategory.update({ where: { id: w.projectA.contentCategoryId }, data: { advanceShareBp: 10000 } });
    await db.parameter.create({ data: { provinceId: null, key: 'TREASURY_ADVANCE_CEILING_BP', value: '5000', validFrom: new Date('2012-01-01') } });
    expect((await errorOf(requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'ADVANCE', 150_000_001n)))).code).toBe('LIMIT_EXCEEDED');
    expect((await requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'ADVANCE', 150_000_000n))).created).toBe(true);
  });

  it("applies the province's own treasury ceiling, not another province's", async () => {
    // Lâm Đồng's ceiling is the latest in force anywhere, yet it is not Hải Phòng's.
    await db.parameter.create({ data: { provinceId: w.ld.province.id, key: 'TREASURY_ADVANCE_CEILING_BP', value: '1000', validFrom: new Date('2020-01-01') } });
    expect((await requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'ADVANCE', 100_000_000n))).created).toBe(true);
    await db.parameter.create({ data: { provinceId: w.hp.province.id, key: 'TREASURY_ADVANCE_CEILING_BP', value: '4000', validFrom: new Date('2012-01-01') } });
    const error = await errorOf(requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'ADVANCE', 20_000_001n)));
    expect(error).toMatchObject({ code: 'LIMIT_EXCEEDED', fieldErrors: { amountVnd: `Tối đa ${formatVnd(20_000_000n)}` } });
  });

  it('counts payments too: advances + payments never exceed the approved support', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 200_000_000n, 'PAID');
    await db.project.update({ where: { id: w.projectA.id }, data: { status: 'ACCEPTED' } });
    await createPaymentRequest(w.actors, w.projectA.id, 'PAYMENT', 90_000_000n);
    const error = await errorOf(requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'PAYMENT', 10_000_001n)));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toContain(`còn lại ${formatVnd(10_000_000n)}`);
    expect((await requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'PAYMENT', 10_000_000n))).created).toBe(true);
  });

  it('refuses a đề án not yet contracted', async () => {
    expect((await errorOf(requestPayment(w.actors.ttkc, paymentInput(w.projectB.id, 'ADVANCE', 1_000_000n)))).code).toBe('ILLEGAL_TRANSITION');
  });
});

describe('concurrency', () => {
  it('lets 10 simultaneous 40 % requests commit no more than the limit', async () => {
    await db.project.update({ where: { id: w.projectA.id }, data: { status: 'ACCEPTED' } });
    const amount = 120_000_000n; // 40 % of 300 M
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'PAYMENT', amount))));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as { code?: string });
    expect(ok).toHaveLength(2); // 240 M ≤ 300 M; a third would make 360 M
    expect(refused.map((e) => e.code)).toEqual(Array(8).fill('LIMIT_EXCEEDED'));
    expect(await committedTotal(w.projectA.id)).toBe(240_000_000n);
  });
});

describe('idempotency', () => {
  it('returns the same request when the same form is submitted twice, even at once', async () => {
    const input = paymentInput(w.projectA.id, 'ADVANCE', 50_000_000n);
    const [a, b] = await Promise.all([requestPayment(w.actors.ttkc, input), requestPayment(w.actors.ttkc, input)]);
    expect(a.id).toBe(b.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const again = await requestPayment(w.actors.ttkc, input);
    expect(again).toEqual({ id: a.id, created: false });
    expect(await db.paymentRequest.count({ where: { projectId: w.projectA.id } })).toBe(1);
  });
});
