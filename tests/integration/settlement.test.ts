// Thanh lý → nộp trả → quyết toán → đóng: a đề án with an advance, a partial payment, a refund and a
// cancelled remainder balances to the đồng (issue 10 "Done when").
import { beforeEach, describe, expect, it } from 'vitest';
import { formatVnd } from '@/lib/domain/money';
import { db } from '@/lib/server/db';
import { findMoneyPosition } from '@/lib/server/payments/find-money-position';
import { requestPayment } from '@/lib/server/payments/request-payment';
import { approveSettlement } from '@/lib/server/settlements/approve-settlement';
import { closeProject } from '@/lib/server/settlements/close-project';
import { liquidateContract } from '@/lib/server/settlements/liquidate-contract';
import { recordRefund } from '@/lib/server/settlements/record-refund';
import { returnSettlement } from '@/lib/server/settlements/return-settlement';
import { submitSettlement } from '@/lib/server/settlements/submit-settlement';
import { codeOf, errorOf } from '../factories/errors';
import { createPaymentRequest, paymentInput } from '../factories/payment';
import { createDossierProject, createProjectWorld, decision, type ProjectWorld } from '../factories/project';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeEach(async () => { w = await freshWorld(createProjectWorld); });

const refund = (projectId: number, amountVnd: bigint) => ({ projectId, amountVnd, documentNumber: 'GNT-0012', paidOn: new Date('2026-12-10'), note: undefined });
const liquidation = (projectId: number) => ({
  projectId,
  expectedStatus: 'ACCEPTED',
  minutesNumber: '15/BBTL-TTKC',
  signedOn: new Date('2026-12-01'),
  signatoryA: 'Phạm Văn Đức',
  signatoryB: 'Nguyễn Thị Gốm',
  decision: { number: '20/QĐ-TTKC', issuedOn: new Date('2026-12-02'), issuer: 'Trung tâm Khuyến công', signer: 'Lê Văn B', summary: 'Thanh lý hợp đồng' },
});

/** 600 M cost, 300 M approved and contracted; 150 M advance paid; 400 M accepted (200 M eligible); 60 M payment paid. */
async function acceptedAndPaid() {
  const project = await createDossierProject(w, { status: 'IN_PROGRESS', lines: [{ amountVnd: 600_000_000n, stateSupportVnd: 300_000_000n }] });
  await db.contract.create({ data: { projectId: project.id, number: 'HĐ-07', signedOn: new Date('2026-03-10'), partyAOrgId: w.hp.orgs.ttkc.id, partyBName: 'Cơ sở gốm A', valueVnd: 600_000_000n, supportVnd: 300_000_000n, filedWithTreasury: true } });
  await createPaymentRequest(w.actors, project.id, 'ADVANCE', 150_000_000n, 'PAID');
  await db.acceptance.create({ data: { projectId: project.id, scheduledOn: new Date('2026-11-01'), heldOn: new Date('2026-11-01'), status: 'PASSED', acceptedValueVnd: 400_000_000n } });
  await db.project.update({ where: { id: project.id }, data: { status: 'ACCEPTED' } });
  // The payment may not exceed 200 M − 150 M = 50 M now; the 60 M paid before an amendment of the
  // accepted value is what leaves 10 M to refund — written as the treasury paid it.
  await createPaymentRequest(w.actors, project.id, 'PAYMENT', 50_000_000n, 'PAID');
  await db.acceptance.updateMany({ where: { projectId: project.id }, data: { acceptedValueVnd: 380_000_000n } });
  return project;
}

describe('settlement of one đề án', () => {
  it('liquidates, takes the refund, settles to the đồng and closes', async () => {
    const project = await acceptedAndPaid();
    // 380 M × 300/600 = 190 M eligible; 200 M disbursed → 10 M to refund.
    expect(await findMoneyPosition(db, project.id)).toMatchObject({ ceilingVnd: 190_000_000n, disbursedVnd: 200_000_000n, toRefundVnd: 10_000_000n, owedVnd: 0n, outstandingAdvanceVnd: 0n });
    expect(await codeOf(requestPayment(w.actors.ttkc, paymentInput(project.id, 'PAYMENT', 1n)))).toBe('LIMIT_EXCEEDED');

    await liquidateContract(w.actors.ttkc, liquidation(project.id));
    const minutes = await db.liquidation.findUniqueOrThrow({ where: { projectId: project.id }, include: { decision: true } });
    expect(minutes).toMatchObject({ acceptedValueVnd: 380_000_000n, paidVnd: 200_000_000n, dueVnd: 0n, toRefundVnd: 10_000_000n, decision: { kind: 'LIQUIDATION', number: '20/QĐ-TTKC' } });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe('LIQUIDATED');

    expect((await errorOf(submitSettlement(w.actors.ttkc, { projectId: project.id }))).message).toContain(`nộp trả ${formatVnd(10_000_000n)}`);
    const over = await errorOf(recordRefund(w.actors.ttkc, refund(project.id, 10_000_001n)));
    expect(over.code).toBe('LIMIT_EXCEEDED');
    await recordRefund(w.actors.ttkc, refund(project.id, 10_000_000n));
    expect(await db.refund.findFirstOrThrow()).toMatchObject({ documentNumber: 'GNT-0012', paidOn: new Date('2026-12-10'), amountVnd: 10_000_000n });

    await submitSettlement(w.actors.ttkc, { projectId: project.id });
    const s = await db.settlement.findUniqueOrThrow({ where: { projectId: project.id } });
    expect(s).toMatchObject({ status: 'SUBMITTED', approvedVnd: 300_000_000n, contractedVnd: 300_000_000n, acceptedValueVnd: 380_000_000n, advancedVnd: 150_000_000n, paidVnd: 50_000_000n, refundedVnd: 10_000_000n, cancelledVnd: 100_000_000n, settledVnd: 190_000_000n });
    // approved = advanced + paid − refunded + refunded + cancelled, to the đồng
    expect(s.advancedVnd + s.paidVnd - s.refundedVnd + s.refundedVnd + s.cancelledVnd).toBe(s.approvedVnd);

    expect(await codeOf(approveSettlement(w.actors.ttkc, { projectId: project.id, decision: { ...decision('30/QĐ-SCT'), issuedOn: new Date('2026-12-20') } }))).toBe('FORBIDDEN');
    await approveSettlement(w.actors.sct, { projectId: project.id, decision: { ...decision('30/QĐ-SCT'), issuedOn: new Date('2026-12-20') } });
    expect(await db.settlement.findUniqueOrThrow({ where: { projectId: project.id } })).toMatchObject({ status: 'APPROVED', approvedById: w.actors.sct.id });
    const settled = await findMoneyPosition(db, project.id);
    expect(settled).toMatchObject({ settled: true, remainingVnd: 0n, owedVnd: 0n, toRefundVnd: 0n });

    await closeProject(w.actors.sct, { projectId: project.id });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe('CLOSED');
    const events = await db.auditEvent.findMany({ where: { OR: [{ entityType: 'Project', entityId: project.id }, { entityType: 'Settlement' }, { entityType: 'Refund' }] }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.event).filter((e) => e !== 'pay')).toEqual(expect.arrayContaining(['liquidate', 'record', 'submit', 'approve', 'settle', 'close']));
  });

  it('a returned settlement goes back to the Trung tâm with the reason and is drawn up again; no refund slips in once submitted', async () => {
    const project = await acceptedAndPaid();
    await liquidateContract(w.actors.ttkc, liquidation(project.id));
    await recordRefund(w.actors.ttkc, refund(project.id, 10_000_000n));
    const { id } = await submitSettlement(w.actors.ttkc, { projectId: project.id });
    // Submitted, the figures are frozen: nothing is left to refund, so no refund can change them.
    expect(await codeOf(recordRefund(w.actors.ttkc, refund(project.id, 1n)))).toBe('LIMIT_EXCEEDED');

    expect(await codeOf(returnSettlement(w.actors.ttkc, { projectId: project.id, reason: 'Thiếu bảng kê chứng từ' }))).toBe('FORBIDDEN');
    expect(await codeOf(returnSettlement(w.actors.sct, { projectId: project.id, reason: '   ' }))).toBe('VALIDATION');
    await returnSettlement(w.actors.sct, { projectId: project.id, reason: 'Thiếu bảng kê chứng từ nộp trả' });
    expect((await db.settlement.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Settlement', entityId: id, event: 'return' } });
    expect(audit).toMatchObject({ actorId: w.actors.sct.id, fromStatus: 'SUBMITTED', toStatus: 'DRAFT', reason: 'Thiếu bảng kê chứng từ nộp trả' });
    expect(await codeOf(approveSettlement(w.actors.sct, { projectId: project.id, decision: { ...decision('31/QĐ-SCT'), issuedOn: new Date('2026-12-20') } }))).toBe('ILLEGAL_TRANSITION');
    // Returned twice is one return too many: the second finds it back in the Trung tâm's hands.
    expect(await codeOf(returnSettlement(w.actors.sct, { projectId: project.id, reason: 'Lần nữa' }))).toBe('ILLEGAL_TRANSITION');

    await submitSettlement(w.actors.ttkc, { projectId: project.id, note: 'Đã bổ sung bảng kê' });
    await approveSettlement(w.actors.sct, { projectId: project.id, decision: { ...decision('31/QĐ-SCT'), issuedOn: new Date('2026-12-20') } });
    expect(await db.settlement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'APPROVED', note: 'Đã bổ sung bảng kê', cancelledVnd: 100_000_000n });
  });

  it('keeps the liquidation minutes and the refunds as written: the database refuses to change or delete them', async () => {
    const project = await acceptedAndPaid();
    await liquidateContract(w.actors.ttkc, liquidation(project.id));
    await recordRefund(w.actors.ttkc, refund(project.id, 10_000_000n));
    const minutes = await db.liquidation.findUniqueOrThrow({ where: { projectId: project.id } });
    const paidBack = await db.refund.findFirstOrThrow({ where: { projectId: project.id } });
    await expect(db.liquidation.update({ where: { id: minutes.id }, data: { toRefundVnd: 0n } })).rejects.toThrow(/one-shot record/);
    await expect(db.liquidation.delete({ where: { id: minutes.id } })).rejects.toThrow(/one-shot record/);
    await expect(db.refund.update({ where: { id: paidBack.id }, data: { amountVnd: 1n } })).rejects.toThrow(/one-shot record/);
    await expect(db.refund.delete({ where: { id: paidBack.id } })).rejects.toThrow(/one-shot record/);
    expect(await db.liquidation.findUniqueOrThrow({ where: { id: minutes.id } })).toEqual(minutes);
    expect(await db.refund.findUniqueOrThrow({ where: { id: paidBack.id } })).toEqual(paidBack);
    // What each one moved is the đề án's lifecycle (liquidate) and its money position (nothing left to refund).
    expect((await db.auditEvent.findFirstOrThrow({ where: { entityType: 'Project', entityId: project.id, event: 'liquidate' } })).data).toMatchObject({ liquidationId: minutes.id });
    expect(await findMoneyPosition(db, project.id)).toMatchObject({ refundedVnd: 10_000_000n, toRefundVnd: 0n });
  });

  it('refuses liquidation while a request waits at the Kho bạc, and settlement before liquidation', async () => {
    const project = await acceptedAndPaid();
    await db.acceptance.updateMany({ where: { projectId: project.id }, data: { acceptedValueVnd: 600_000_000n } });
    await createPaymentRequest(w.actors, project.id, 'PAYMENT', 10_000_000n, 'SENT_TO_TREASURY');
    expect((await errorOf(liquidateContract(w.actors.ttkc, liquidation(project.id)))).message).toMatch(/chờ Kho bạc/);
    expect(await codeOf(submitSettlement(w.actors.ttkc, { projectId: project.id }))).toBe('ILLEGAL_TRANSITION');
  });
});
