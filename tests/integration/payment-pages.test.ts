// What the two payment screens show, on a real database: the đề án's tạm ứng/thanh toán page (its
// requests newest first with the Kho bạc and the last control, the limits, whether a request may be
// made) and Kho bạc's list (waiting requests first, the filters and search, the totals).
import { beforeEach, describe, expect, it } from 'vitest';
import { OUT_OF_SCOPE } from '@/lib/server/audit-denied';
import { db } from '@/lib/server/db';
import { controlPayment } from '@/lib/server/payments/control-payment';
import { findProjectPayments } from '@/lib/server/payments/find-project-payments';
import { findTreasuryQueue } from '@/lib/server/payments/find-treasury-queue';
import { requestPayment } from '@/lib/server/payments/request-payment';
import { sendPaymentToTreasury } from '@/lib/server/payments/send-payment-to-treasury';
import { errorOf } from '../factories/errors';
import { createPaymentRequest, createPaymentWorld, paymentInput, type PaymentWorld } from '../factories/payment';
import { createProject, freshWorld } from '../factories/world';

let w: PaymentWorld;
let kbnnName: string;

beforeEach(async () => {
  w = await freshWorld(createPaymentWorld);
  kbnnName = (await db.organization.findUniqueOrThrow({ where: { id: w.hp.orgs.kbnn.id } })).name;
});

describe("the đề án's payment page", () => {
  it('shows the đề án, its requests newest first with their Kho bạc and last control, and lets the Trung tâm request', async () => {
    await db.projectBeneficiary.create({ data: { projectId: w.projectA.id, facilityId: w.facilityB.id } });
    const first = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    await controlPayment(w.actors.kbnn, { paymentRequestId: first, decision: 'refuse', reason: 'Thiếu bảng kê' });
    await sendPaymentToTreasury(w.actors.ttkc, { paymentRequestId: first });
    await controlPayment(w.actors.kbnn, { paymentRequestId: first, decision: 'pay', paymentOrderNumber: 'UNC-7' });
    const second = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 20_000_000n);

    const page = await findProjectPayments(w.actors.ttkc, w.projectA.id);
    const category = await db.contentCategory.findUniqueOrThrow({ where: { id: w.projectA.contentCategoryId } });
    expect(page.project).toEqual({
      id: w.projectA.id,
      code: w.projectA.code,
      name: w.projectA.name,
      status: 'IN_PROGRESS',
      approvedSupportVnd: 300_000_000n,
      contentCategory: { code: category.code, name: category.name },
      beneficiaries: [{ facility: { name: 'Cơ sở gốm A' } }, { facility: { name: 'Cơ sở cơ khí B' } }],
    });
    expect(page.requests.map((r) => r.id)).toEqual([second, first]);
    expect(page.requests[0]).toMatchObject({ status: 'DRAFT', treasuryOrg: null, controls: [] });
    expect(page.requests[0]!.events.sort()).toEqual(['cancel', 'sendToTreasury']);
    // Only the last control shows: the payment, not the earlier refusal.
    expect(page.requests[1]).toMatchObject({ status: 'PAID', treasuryOrg: { name: kbnnName }, controls: [{ result: 'ACCEPTED', reason: null }] });
    expect(page.requests[1]!.controls[0]!.controlledAt).toBeInstanceOf(Date);
    expect(page.limits).toMatchObject({ approvedSupportVnd: 300_000_000n, committedVnd: 120_000_000n });
    expect(page.canRequest).toBe(true);
    // Kho bạc's list too shows the last control only.
    const row = (await findTreasuryQueue(w.actors.kbnn)).rows.find((r) => r.id === first)!;
    expect(row.controls).toEqual([{ result: 'ACCEPTED', reason: null, controlledAt: expect.any(Date) }]);
  });

  it('offers no request on a đề án not yet contracted, and no figures to the ministry', async () => {
    // Another đề án's request is not this one's; beneficiaries are listed in facility order, whatever the order they joined in.
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 10_000_000n);
    await db.projectBeneficiary.create({ data: { projectId: w.projectB.id, facilityId: w.facilityA.id } });
    const approved = await findProjectPayments(w.actors.ttkc, w.projectB.id);
    expect(approved.project.status).toBe('APPROVED');
    expect(approved.requests).toEqual([]);
    expect(approved.project.beneficiaries).toEqual([{ facility: { name: 'Cơ sở gốm A' } }, { facility: { name: 'Cơ sở cơ khí B' } }]);
    expect(approved.limits).not.toBeNull();
    expect(approved.canRequest).toBe(false);
    // The ministry reads national (KCQG) đề án but not the province's disbursements.
    const ministry = await findProjectPayments(w.actors.ministry, w.projectB.id);
    expect(ministry.project.id).toBe(w.projectB.id);
    expect(ministry).toMatchObject({ limits: null, canRequest: false, requests: [] });
  });

  it('is not found outside the scope (marked as such) and for a đề án that does not exist', async () => {
    expect(await errorOf(findProjectPayments(w.actors.ldTtkc, w.projectA.id))).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy đề án.', detail: OUT_OF_SCOPE });
    const missing = await errorOf(findProjectPayments(w.actors.ttkc, w.projectA.id + 1000));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy đề án.' });
    expect(missing.detail).toBeUndefined();
  });
});

describe("Kho bạc's list", () => {
  async function threeRequests() {
    const other = await createProject({
      provinceId: w.hp.province.id,
      implementingOrgId: w.hp.orgs.ttkc.id,
      adminUnitId: w.xaB.id,
      facilityIds: [w.facilityB.id],
      status: 'IN_PROGRESS',
      name: 'Máy sấy nông sản Vĩnh Bảo',
      approvedSupportVnd: 200_000_000n,
    });
    const paid = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'PAID');
    const waitingA = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 30_000_000n, 'SENT_TO_TREASURY');
    const { id: waitingB } = await requestPayment(w.actors.ttkc, { ...paymentInput(other.id, 'ADVANCE', 50_000_000n), payeeName: 'Công ty TNHH Sấy Vĩnh Bảo' });
    await sendPaymentToTreasury(w.actors.ttkc, { paymentRequestId: waitingB });
    // Sent in this order: the waiting ones come first, the latest sent first; then the history.
    await db.paymentRequest.update({ where: { id: paid }, data: { sentAt: new Date('2026-05-01T02:00:00Z') } });
    await db.paymentRequest.update({ where: { id: waitingA }, data: { sentAt: new Date('2026-05-02T02:00:00Z') } });
    await db.paymentRequest.update({ where: { id: waitingB }, data: { sentAt: new Date('2026-05-03T02:00:00Z') } });
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 5_000_000n); // a draft: not Kho bạc's
    return { other, paid, waitingA, waitingB };
  }

  it('puts waiting requests first, each with its đề án and money position, and totals what it shows', async () => {
    const { other, paid, waitingA, waitingB } = await threeRequests();
    const queue = await findTreasuryQueue(w.actors.kbnn);
    expect(queue.rows.map((r) => r.id)).toEqual([waitingB, waitingA, paid]);
    expect(queue.rows[0]!.project).toEqual({ id: other.id, code: other.code, name: 'Máy sấy nông sản Vĩnh Bảo', status: 'IN_PROGRESS', approvedSupportVnd: 200_000_000n });
    expect(queue.rows[0]!.position).toMatchObject({ approvedVnd: 200_000_000n, sentVnd: 50_000_000n });
    expect(queue.rows[2]!.position).toMatchObject({ approvedVnd: 300_000_000n, advancedVnd: 100_000_000n, sentVnd: 30_000_000n });
    expect(queue.rows[2]!.controls).toMatchObject([{ result: 'ACCEPTED', reason: null }]);
    expect(queue.rows[0]!.events.sort()).toEqual(['pay', 'refuse']);
    expect(queue.rows[2]!.events).toEqual([]);
    expect(queue.totals).toEqual({ count: 3, amountVnd: 180_000_000n, waitingCount: 2, waitingVnd: 80_000_000n, paidCount: 1, paidVnd: 100_000_000n });
    // The order is the sending, not the making: sent last, the older request comes first.
    await db.paymentRequest.update({ where: { id: waitingA }, data: { sentAt: new Date('2026-05-04T02:00:00Z') } });
    expect((await findTreasuryQueue(w.actors.kbnn)).rows.map((r) => r.id)).toEqual([waitingA, waitingB, paid]);
    // Sent at the same moment, the one made later comes first, while waiting and in the history.
    const both = { id: { in: [waitingA, waitingB] } };
    await db.paymentRequest.updateMany({ where: both, data: { sentAt: new Date('2026-05-05T02:00:00Z') } });
    expect((await findTreasuryQueue(w.actors.kbnn)).rows.map((r) => r.id)).toEqual([waitingB, waitingA, paid]);
    await db.paymentRequest.updateMany({ where: both, data: { status: 'REFUSED' } });
    expect((await findTreasuryQueue(w.actors.kbnn)).rows.map((r) => r.id)).toEqual([waitingB, waitingA, paid]);
  });

  it('filters by state and kind and finds by đề án code, đề án name or payee, whatever the case and spaces', async () => {
    const { other, paid, waitingA, waitingB } = await threeRequests();
    const ids = async (filters: Parameters<typeof findTreasuryQueue>[1]) => (await findTreasuryQueue(w.actors.kbnn, filters)).rows.map((r) => r.id);
    expect(await ids({ status: 'PAID' })).toEqual([paid]);
    expect(await ids({ status: 'SENT_TO_TREASURY' })).toEqual([waitingB, waitingA]);
    expect(await ids({ kind: 'PAYMENT' })).toEqual([]);
    expect(await ids({ kind: 'ADVANCE', status: 'PAID' })).toEqual([paid]);
    expect(await ids({ q: `  ${other.code.toLowerCase()}  ` })).toEqual([waitingB]);
    expect(await ids({ q: 'máy sấy' })).toEqual([waitingB]);
    expect(await ids({ q: 'SẤY VĨNH BẢO' })).toEqual([waitingB]);
    expect(await ids({ q: w.projectA.code })).toEqual([waitingA, paid]);
    // A NUL typed or forged into the search is dropped, never a server error.
    expect(await ids({ q: `${w.projectA.code}\u0000` })).toEqual([waitingA, paid]);
    expect(await ids({ q: '   ' })).toEqual([waitingB, waitingA, paid]);
    const found = await findTreasuryQueue(w.actors.kbnn, { q: 'Vĩnh Bảo' });
    expect(found.totals).toEqual({ count: 1, amountVnd: 50_000_000n, waitingCount: 1, waitingVnd: 50_000_000n, paidCount: 0, paidVnd: 0n });
  });
});
