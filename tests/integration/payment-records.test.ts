// What each payment step leaves behind and tells people, on a real database: the audit data, the
// notices (to whom, saying what), the messages of a refusal, the payment order, and the rules a
// step re-checks (contracts filed with Kho bạc above the threshold, the đề án still payable, the
// idempotency key of another request).
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { cancelPayment } from '@/lib/server/payments/cancel-payment';
import { controlPayment } from '@/lib/server/payments/control-payment';
import { requestPayment } from '@/lib/server/payments/request-payment';
import { sendPaymentToTreasury } from '@/lib/server/payments/send-payment-to-treasury';
import { testNow } from '../factories/clock';
import { errorOf } from '../factories/errors';
import { createPaymentRequest, createPaymentWorld, paymentInput, type PaymentWorld } from '../factories/payment';
import { createActor, freshWorld } from '../factories/world';

let w: PaymentWorld;

beforeEach(async () => { w = await freshWorld(createPaymentWorld); });

const lastAudit = async (id: number) => db.auditEvent.findFirstOrThrow({ where: { entityType: 'PaymentRequest', entityId: id }, orderBy: { id: 'desc' } });
const noticesOf = (userId: number) => db.notification.findMany({ where: { userId }, orderBy: { id: 'asc' }, select: { title: true, body: true, link: true } });

describe('a request', () => {
  it('audits its kind, amount and the advance it clears (none for an advance, even with advances committed)', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    const { id } = await requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'ADVANCE', 40_000_000n));
    expect((await db.paymentRequest.findUniqueOrThrow({ where: { id } })).advanceClearedVnd).toBe(0n);
    expect((await lastAudit(id)).data).toEqual({ projectId: w.projectA.id, kind: 'ADVANCE', label: 'Tạm ứng', amountVnd: '40000000', advanceClearedVnd: '0' });
  });

  it("refuses a key already used by another person or for another đề án, saying to reload", async () => {
    const key = randomUUID();
    await requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'ADVANCE', 10_000_000n, { idempotencyKey: key }));
    const colleague = await createActor('TTKC_STAFF', { provinceId: w.hp.province.id, organizationId: w.hp.orgs.ttkc.id });
    await db.project.update({ where: { id: w.projectB.id }, data: { status: 'IN_PROGRESS' } });
    for (const [actor, projectId] of [[colleague, w.projectA.id], [w.actors.ttkc, w.projectB.id]] as const) {
      expect(await errorOf(requestPayment(actor, paymentInput(projectId, 'ADVANCE', 10_000_000n, { idempotencyKey: key })))).toMatchObject({
        code: 'CONFLICT',
        message: 'Mã đề nghị đã được dùng cho một đề nghị khác. Vui lòng tải lại trang.',
      });
    }
    expect(await db.paymentRequest.count()).toBe(1);
  });

  it('says why a đề án not yet contracted or stopped cannot be paid, naming its state or code', async () => {
    expect(await errorOf(requestPayment(w.actors.ttkc, paymentInput(w.projectB.id, 'ADVANCE', 1_000_000n)))).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      message: 'Chưa thể đề nghị tạm ứng, thanh toán khi đề án đang "Đã phê duyệt" (cần đã ký hợp đồng).',
    });
    const draft = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 10_000_000n);
    await db.project.update({ where: { id: w.projectA.id }, data: { status: 'STOPPED' } });
    expect(await errorOf(sendPaymentToTreasury(w.actors.ttkc, { paymentRequestId: draft }))).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      message: `Đề án ${w.projectA.code} không còn ở giai đoạn được tạm ứng, thanh toán.`,
    });
  });

  it('over the limit, puts the room left on the amount field: the advance room for an advance, the payment room for a payment', async () => {
    const advance = await errorOf(requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'ADVANCE', 210_000_001n)));
    expect(advance).toMatchObject({ code: 'LIMIT_EXCEEDED', fieldErrors: { amountVnd: 'Tối đa 210.000.000\u00a0₫' } });
    await db.acceptance.create({ data: { projectId: w.projectA.id, scheduledOn: new Date('2026-10-01'), status: 'PASSED', acceptedValueVnd: 600_000_000n } });
    await db.project.update({ where: { id: w.projectA.id }, data: { status: 'ACCEPTED', totalCostVnd: 600_000_000n, stateSupportVnd: 300_000_000n } });
    const payment = await errorOf(requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'PAYMENT', 300_000_001n)));
    expect(payment).toMatchObject({ code: 'LIMIT_EXCEEDED', fieldErrors: { amountVnd: 'Tối đa 300.000.000\u00a0₫' } });
    // In a state where the kind is not allowed, the message names the đề án.
    expect((await errorOf(requestPayment(w.actors.ttkc, paymentInput(w.projectA.id, 'ADVANCE', 1_000_000n)))).message).toContain(w.projectA.code);
  });

  it('is cancelled with its reason and đề án on record', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 10_000_000n);
    await cancelPayment(w.actors.ttkc, { paymentRequestId: id, reason: 'Nhập sai số tiền' });
    expect(await lastAudit(id)).toMatchObject({ event: 'cancel', toStatus: 'CANCELLED', reason: 'Nhập sai số tiền', data: { projectId: w.projectA.id } });
  });
});

describe('sending to Kho bạc', () => {
  it("tells the province's first Kho bạc office, names the kind and amount, and audits where it went", async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n);
    // Rewritten after the second office was made, the first one's row may now be read after it: the
    // choice must still be the first office, not whichever row the database reads first.
    const kbnnName = (await db.organization.update({ where: { id: w.hp.orgs.kbnn.id }, data: { name: 'KBNN khu vực III (thử)' } })).name;
    expect(await sendPaymentToTreasury(w.actors.ttkc, { paymentRequestId: id })).toEqual({ status: 'SENT_TO_TREASURY', treasuryName: kbnnName });
    expect(await noticesOf(w.actors.kbnn.id)).toEqual([{ title: `Đề nghị tạm ứng 100.000.000\u00a0₫ — đề án ${w.projectA.code}`, body: w.projectA.name, link: '/kho-bac' }]);
    expect(await noticesOf(w.actors.otherKbnn.id)).toEqual([]);
    expect(await noticesOf(w.actors.ldKbnn.id)).toEqual([]);
    expect((await lastAudit(id)).data).toEqual({ projectId: w.projectA.id, treasuryOrgId: w.hp.orgs.kbnn.id, amountVnd: '100000000' });
  });

  it('is refused while the province has no Kho bạc office', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n);
    await db.organization.updateMany({ where: { provinceId: w.hp.province.id, kind: 'KBNN' }, data: { kind: 'SERVICE_ORG' } });
    expect(await errorOf(sendPaymentToTreasury(w.actors.ttkc, { paymentRequestId: id }))).toMatchObject({
      code: 'VALIDATION',
      message: 'Chưa khai báo Kho bạc Nhà nước của tỉnh/thành phố; liên hệ quản trị hệ thống.',
    });
    expect((await db.paymentRequest.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
  });
});

describe('kiểm soát chi', () => {
  it('paying records the payment order as typed, dates it today by default, audits it and tells the Trung tâm', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    expect(await controlPayment(w.actors.kbnn, { paymentRequestId: id, decision: 'pay', paymentOrderNumber: '  UNC-0789  ' })).toEqual({ status: 'PAID' });
    const row = await db.paymentRequest.findUniqueOrThrow({ where: { id } });
    expect(row.paymentOrderNumber).toBe('UNC-0789');
    expect(row.paidOn!.toISOString().slice(0, 10)).toBe(testNow().toISOString().slice(0, 10));
    expect((await lastAudit(id)).data).toEqual({ projectId: w.projectA.id, amountVnd: '100000000', paymentOrderNumber: 'UNC-0789' });
    expect(await noticesOf(w.actors.ttkc.id)).toEqual([
      { title: `Kho bạc đã thanh toán: Tạm ứng 100.000.000\u00a0₫ — đề án ${w.projectA.code}`, body: null, link: `/de-an/${w.projectA.id}/thanh-toan` },
    ]);
    expect(await noticesOf(w.actors.ldTtkc.id)).toEqual([]);
    expect(await noticesOf(w.actors.xaA.id)).toEqual([]);
  });

  it('a blank payment order, and a blank reason, are stored as none', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    await controlPayment(w.actors.kbnn, { paymentRequestId: id, decision: 'pay', paymentOrderNumber: '   ', reason: '  ' });
    expect((await db.paymentRequest.findUniqueOrThrow({ where: { id } })).paymentOrderNumber).toBeNull();
    expect(await lastAudit(id)).toMatchObject({ reason: null, data: { paymentOrderNumber: null } });
    expect(await db.treasuryControl.findMany({ where: { paymentRequestId: id }, select: { result: true, reason: true } })).toEqual([{ result: 'ACCEPTED', reason: null }]);
  });

  it('refusing keeps the reason as typed, pays nothing, and is possible even when the request no longer fits the support', async () => {
    const id = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 200_000_000n, 'SENT_TO_TREASURY');
    await db.project.update({ where: { id: w.projectA.id }, data: { approvedSupportVnd: 100_000_000n } });
    await controlPayment(w.actors.kbnn, { paymentRequestId: id, decision: 'refuse', reason: '  Thiếu chữ ký chủ tài khoản  ', paymentOrderNumber: 'UNC-1' });
    expect(await db.paymentRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'REFUSED', paidOn: null, paymentOrderNumber: null });
    expect(await db.treasuryControl.findMany({ where: { paymentRequestId: id }, select: { result: true, reason: true } })).toEqual([{ result: 'REFUSED', reason: 'Thiếu chữ ký chủ tài khoản' }]);
    expect(await lastAudit(id)).toMatchObject({ event: 'refuse', reason: 'Thiếu chữ ký chủ tài khoản', data: { paymentOrderNumber: null } });
    expect(await noticesOf(w.actors.ttkc.id)).toEqual([
      { title: `Kho bạc từ chối: Tạm ứng 200.000.000\u00a0₫ — đề án ${w.projectA.code}`, body: 'Thiếu chữ ký chủ tài khoản', link: `/de-an/${w.projectA.id}/thanh-toan` },
    ]);
  });

  it('pays against contracts over the threshold only once filed with Kho bạc; smaller ones and other đề án do not matter', async () => {
    await db.parameter.create({ data: { provinceId: w.hp.province.id, key: 'TREASURY_CONTRACT_FILING_THRESHOLD_VND', value: '500000000', validFrom: new Date('2020-01-01') } });
    const contract = (projectId: number, number: string, valueVnd: bigint) =>
      db.contract.create({ data: { projectId, number, signedOn: new Date('2026-03-01'), partyAOrgId: w.hp.orgs.ttkc.id, partyBName: 'Cơ sở', valueVnd, supportVnd: 100_000_000n } });
    await contract(w.projectA.id, 'HĐ-1', 400_000_000n);
    await contract(w.projectB.id, 'HĐ-9', 900_000_000n);
    const first = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 10_000_000n, 'SENT_TO_TREASURY');
    expect(await controlPayment(w.actors.kbnn, { paymentRequestId: first, decision: 'pay' })).toEqual({ status: 'PAID' });

    const big = await contract(w.projectA.id, 'HĐ-2', 600_000_000n);
    const second = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 10_000_000n, 'SENT_TO_TREASURY');
    expect(await errorOf(controlPayment(w.actors.kbnn, { paymentRequestId: second, decision: 'pay' }))).toMatchObject({
      code: 'VALIDATION',
      message: 'Hợp đồng số HĐ-2 giá trị 600.000.000\u00a0₫ trên 500.000.000\u00a0₫ chưa được gửi Kho bạc; chưa thể chấp nhận thanh toán.',
    });
    await db.contract.update({ where: { id: big.id }, data: { filedWithTreasury: true } });
    expect(await controlPayment(w.actors.kbnn, { paymentRequestId: second, decision: 'pay' })).toEqual({ status: 'PAID' });
  });
});
