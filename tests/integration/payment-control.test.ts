// Sending to Kho bạc and kiểm soát chi: who may control and see what, reasons, audit, re-check at pay time.
import { beforeEach, describe, expect, it } from 'vitest';
import { OUT_OF_SCOPE } from '@/lib/server/audit-denied';
import { db } from '@/lib/server/db';
import { cancelPayment } from '@/lib/server/payments/cancel-payment';
import { controlPayment } from '@/lib/server/payments/control-payment';
import { findProjectPayments } from '@/lib/server/payments/find-project-payments';
import { findTreasuryQueue, TREASURY_HISTORY_PAGE_SIZE } from '@/lib/server/payments/find-treasury-queue';
import { requestPayment } from '@/lib/server/payments/request-payment';
import { sendPaymentToTreasury } from '@/lib/server/payments/send-payment-to-treasury';
import { codeOf, errorOf } from '../factories/errors';
import { createPaymentRequest, createPaymentWorld, paymentInput, type PaymentWorld } from '../factories/payment';
import { freshWorld } from '../factories/world';

let w: PaymentWorld;

beforeEach(async () => { w = await freshWorld(createPaymentWorld); });

const auditOf = (id: number) => db.auditEvent.findMany({ where: { entityType: 'PaymentRequest', entityId: id }, orderBy: { id: 'asc' } });

describe('send to Kho bạc', () => {
  it("sets the province's treasury, notifies its officers and audits the step", async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n);
    await sendPaymentToTreasury(w.actors.ttkc, { paymentRequestId: id });
    const row = await db.paymentRequest.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('SENT_TO_TREASURY');
    expect(row.treasuryOrgId).toBe(w.hp.orgs.kbnn.id);
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(await db.notification.count({ where: { userId: w.actors.kbnn.id, link: '/kho-bac' } })).toBe(1);
    expect((await auditOf(id)).map((a) => [a.event, a.fromStatus, a.toStatus])).toEqual([
      ['request', null, 'DRAFT'],
      ['sendToTreasury', 'DRAFT', 'SENT_TO_TREASURY'],
    ]);
  });

  it('is refused to a xã officer and to Kho bạc itself', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n);
    expect(await codeOf(sendPaymentToTreasury(w.actors.xaA, { paymentRequestId: id }))).toBe('FORBIDDEN');
    expect(await codeOf(sendPaymentToTreasury(w.actors.kbnn, { paymentRequestId: id }))).toBe('FORBIDDEN');
  });
});

describe('kiểm soát chi', () => {
  it('pays: PAID with the payment order, a control row, an audit row', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    await controlPayment(w.actors.kbnn, { paymentRequestId: id, decision: 'pay', paymentOrderNumber: 'UNC-0456', paidOn: new Date('2026-04-02') });
    expect(await db.paymentRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'PAID', paymentOrderNumber: 'UNC-0456', paidOn: new Date('2026-04-02') });
    const queue = await findTreasuryQueue(w.actors.kbnn, { status: 'PAID' });
    expect(queue.rows.map((r) => r.id)).toEqual([id]);
    expect(queue.totals).toMatchObject({ count: 1, paidCount: 1, paidVnd: 100_000_000n, waitingCount: 0, waitingVnd: 0n });
    expect((await findTreasuryQueue(w.actors.kbnn, { status: 'SENT_TO_TREASURY' })).rows).toEqual([]);
    expect((await findTreasuryQueue(w.actors.kbnn, { q: 'không có' })).rows).toEqual([]);
    expect(await db.treasuryControl.findMany({ where: { paymentRequestId: id } })).toMatchObject([{ result: 'ACCEPTED', controlledById: w.actors.kbnn.id }]);
    expect((await auditOf(id)).at(-1)).toMatchObject({ event: 'pay', fromStatus: 'SENT_TO_TREASURY', toStatus: 'PAID', actorId: w.actors.kbnn.id });
  });

  it('always shows every waiting request, pages the history, and totals the whole list in the database', async () => {
    const paid = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 10_000_000n, 'PAID');
    const sent = await db.paymentRequest.findUniqueOrThrow({ where: { id: paid } });
    // An old waiting request, then more history than one page: it must not fall off the list.
    const waiting = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 7_000_001n, 'SENT_TO_TREASURY');
    await db.paymentRequest.update({ where: { id: waiting }, data: { sentAt: new Date('2020-01-01') } });
    await db.paymentRequest.createMany({
      data: Array.from({ length: TREASURY_HISTORY_PAGE_SIZE + 5 }, (_, i) => ({
        provinceId: sent.provinceId,
        projectId: sent.projectId,
        kind: 'ADVANCE' as const,
        amountVnd: 1_000n + BigInt(i),
        payeeName: `Lịch sử ${i}`,
        status: 'REFUSED' as const,
        treasuryOrgId: sent.treasuryOrgId,
        sentAt: new Date(Date.UTC(2026, 0, 1 + i)),
        createdById: sent.createdById,
      })),
    });
    const first = await findTreasuryQueue(w.actors.kbnn);
    expect(first.rows[0]!.id).toBe(waiting);
    expect(first.rows).toHaveLength(1 + TREASURY_HISTORY_PAGE_SIZE);
    expect(first.pageCount).toBe(2);
    const second = await findTreasuryQueue(w.actors.kbnn, { page: 2 });
    expect(second.rows.map((r) => r.id)).toContain(waiting);
    expect(second.rows).toHaveLength(7); // the waiting one + the last 6 of 56 history rows
    // The history runs from the latest sent: the second page holds the six sent first.
    expect(first.rows[1]!.id).toBe(paid);
    expect(second.rows.slice(1).map((r) => r.amountVnd)).toEqual([1_005n, 1_004n, 1_003n, 1_002n, 1_001n, 1_000n]);
    const all = await db.paymentRequest.aggregate({ where: { treasuryOrgId: sent.treasuryOrgId }, _count: { _all: true }, _sum: { amountVnd: true } });
    expect(first.totals).toEqual({ count: all._count._all, amountVnd: all._sum.amountVnd, waitingCount: 1, waitingVnd: 7_000_001n, paidCount: 1, paidVnd: 10_000_000n });
    // Exactly one page of history (50) fits one page, however many requests wait.
    await db.paymentRequest.updateMany({ where: { payeeName: { in: ['Lịch sử 0', 'Lịch sử 1', 'Lịch sử 2', 'Lịch sử 3', 'Lịch sử 4', 'Lịch sử 5'] } }, data: { treasuryOrgId: w.actors.otherKbnn.organizationId } });
    expect((await findTreasuryQueue(w.actors.kbnn)).pageCount).toBe(1);
  });

  it('refuses only with a reason, which the centre sees', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    const missing = await errorOf(controlPayment(w.actors.kbnn, { paymentRequestId: id, decision: 'refuse', reason: '  ' }));
    expect(missing.code).toBe('VALIDATION');
    expect(await db.treasuryControl.count()).toBe(0);
    await controlPayment(w.actors.kbnn, { paymentRequestId: id, decision: 'refuse', reason: 'Thiếu hợp đồng gửi Kho bạc' });
    expect((await auditOf(id)).at(-1)).toMatchObject({ event: 'refuse', toStatus: 'REFUSED', reason: 'Thiếu hợp đồng gửi Kho bạc' });
    const page = await findProjectPayments(w.actors.ttkc, w.projectA.id);
    expect(page.requests[0]).toMatchObject({ status: 'REFUSED', controls: [{ result: 'REFUSED', reason: 'Thiếu hợp đồng gửi Kho bạc' }] });
    expect(page.requests[0]!.events.sort()).toEqual(['cancel', 'sendToTreasury']);
    // A refused request no longer counts against the support.
    expect(page.limits!.committedVnd).toBe(0n);
  });

  it('cannot be done by another province’s or another office’s Kho bạc, a xã officer or a beneficiary', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    for (const actor of [w.actors.ldKbnn, w.actors.otherKbnn, w.actors.xaA, w.actors.beneficiaryA, w.actors.ttkc]) {
      // Refused either way: FORBIDDEN without the permission, NOT_FOUND for another treasury's request.
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(await codeOf(controlPayment(actor, { paymentRequestId: id, decision: 'pay' })));
    }
    expect((await db.paymentRequest.findUniqueOrThrow({ where: { id } })).status).toBe('SENT_TO_TREASURY');
  });

  it("tells another office's Kho bạc the request does not exist, marking the attempt; a request that does not exist is simply not found", async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    expect(await errorOf(controlPayment(w.actors.otherKbnn, { paymentRequestId: id, decision: 'pay' }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy đề nghị thanh toán.',
      detail: OUT_OF_SCOPE,
    });
    const missing = await errorOf(controlPayment(w.actors.kbnn, { paymentRequestId: id + 1000, decision: 'pay' }));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy đề nghị thanh toán.' });
    expect(missing.detail).toBeUndefined();
  });

  it('re-checks the limit at pay time under the row lock', async () => {
    await db.project.update({ where: { id: w.projectA.id }, data: { status: 'ACCEPTED' } });
    const first = await createPaymentRequest(w.actors, w.projectA.id, 'PAYMENT', 200_000_000n, 'SENT_TO_TREASURY');
    await controlPayment(w.actors.kbnn, { paymentRequestId: first, decision: 'refuse', reason: 'Sai tài khoản' });
    // While it was refused the room was taken by another request…
    await createPaymentRequest(w.actors, w.projectA.id, 'PAYMENT', 150_000_000n, 'SENT_TO_TREASURY');
    // …so re-sending it is refused with the figures.
    expect(await codeOf(sendPaymentToTreasury(w.actors.ttkc, { paymentRequestId: first }))).toBe('LIMIT_EXCEEDED');
    // And if the approved support is cut while a request waits at the treasury, it cannot be paid.
    const waiting = (await db.paymentRequest.findFirstOrThrow({ where: { status: 'SENT_TO_TREASURY' } })).id;
    await db.project.update({ where: { id: w.projectA.id }, data: { approvedSupportVnd: 100_000_000n } });
    expect(await codeOf(controlPayment(w.actors.kbnn, { paymentRequestId: waiting, decision: 'pay' }))).toBe('LIMIT_EXCEEDED');
  });

  it('will not pay while a contract above the threshold has not been filed with the treasury', async () => {
    await db.parameter.create({ data: { provinceId: null, key: 'TREASURY_CONTRACT_FILING_THRESHOLD_VND', value: '50000000', validFrom: new Date('2012-07-01') } });
    await db.contract.create({
      data: { projectId: w.projectA.id, number: 'HĐ-01', signedOn: new Date('2026-03-01'), partyAOrgId: w.hp.orgs.ttkc.id, partyBName: 'Cơ sở gốm A', valueVnd: 600_000_000n, supportVnd: 300_000_000n },
    });
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    const error = await errorOf(controlPayment(w.actors.kbnn, { paymentRequestId: id, decision: 'pay' }));
    expect(error.message).toContain('HĐ-01');
  });
});

describe('who sees what', () => {
  it('shows Kho bạc only requests sent to its own treasury', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 50_000_000n); // draft: invisible to Kho bạc
    const sent = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 60_000_000n, 'SENT_TO_TREASURY');
    const queue = (await findTreasuryQueue(w.actors.kbnn)).rows;
    expect(queue.map((r) => r.id)).toEqual([sent]);
    expect(queue[0]).toMatchObject({ project: { code: w.projectA.code, status: 'IN_PROGRESS', approvedSupportVnd: 300_000_000n }, position: { disbursedVnd: 0n, sentVnd: 60_000_000n }, events: ['pay', 'refuse'] });
    expect((await findTreasuryQueue(w.actors.ldKbnn)).rows).toEqual([]);
    expect((await findTreasuryQueue(w.actors.otherKbnn)).rows).toEqual([]);
    expect(await codeOf(findTreasuryQueue(w.actors.xaA))).toBe('FORBIDDEN');
    expect(await codeOf(findTreasuryQueue(w.actors.beneficiaryA))).toBe('FORBIDDEN');
    expect(await codeOf(findProjectPayments(w.actors.ldKbnn, w.projectA.id))).toBe('NOT_FOUND');
    expect((await findProjectPayments(w.actors.kbnn, w.projectA.id)).requests.map((r) => r.id)).toEqual([sent]);
  });

  it('lets the xã officer and the beneficiary read but not request, and keeps other provinces out', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 50_000_000n);
    const forXa = await findProjectPayments(w.actors.xaA, w.projectA.id);
    expect(forXa.canRequest).toBe(false);
    expect(forXa.requests[0]!.events).toEqual([]);
    expect(await codeOf(requestPayment(w.actors.xaA, paymentInput(w.projectA.id, 'ADVANCE', 1_000_000n)))).toBe('FORBIDDEN');
    expect(await codeOf(requestPayment(w.actors.beneficiaryA, paymentInput(w.projectA.id, 'ADVANCE', 1_000_000n)))).toBe('FORBIDDEN');
    expect(await codeOf(requestPayment(w.actors.ldTtkc, paymentInput(w.projectA.id, 'ADVANCE', 1_000_000n)))).toBe('NOT_FOUND');
    expect(await codeOf(findProjectPayments(w.actors.ldTtkc, w.projectA.id))).toBe('NOT_FOUND');
  });
});

describe('cancel', () => {
  it('needs a reason, frees the room and is audited', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 210_000_000n);
    expect(await codeOf(cancelPayment(w.actors.ttkc, { paymentRequestId: id, reason: '' }))).toBe('VALIDATION');
    await cancelPayment(w.actors.ttkc, { paymentRequestId: id, reason: 'Nhập sai số tiền' });
    expect((await auditOf(id)).at(-1)).toMatchObject({ event: 'cancel', fromStatus: 'DRAFT', toStatus: 'CANCELLED', reason: 'Nhập sai số tiền' });
    expect((await requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'ADVANCE', 210_000_000n))).created).toBe(true);
  });

  it('is impossible once sent to the treasury', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 10_000_000n, 'SENT_TO_TREASURY');
    expect(await codeOf(cancelPayment(w.actors.ttkc, { paymentRequestId: id, reason: 'Thử' }))).toBe('ILLEGAL_TRANSITION');
  });
});
