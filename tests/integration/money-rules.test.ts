// Issue 10 "What to fix first": payments wait for acceptance and stay within the contracted and
// accepted-eligible value; Kho bạc cannot pay a stopped đề án; an amendment cannot cut the support
// below committed money; no contract without a norm-checked estimate. Each refusal is also raced
// against a payment: the row lock lets exactly one of the two win.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatVnd } from '@/lib/domain/money';
import { acceptanceResultSchema, amendmentDecisionSchema, contractSchema } from '@/lib/schemas/project';
import { db } from '@/lib/server/db';
import { controlPayment } from '@/lib/server/payments/control-payment';
import { requestPayment } from '@/lib/server/payments/request-payment';
import { changeProjectStatus } from '@/lib/server/projects/change-project-status';
import { decideAmendment } from '@/lib/server/projects/decide-amendment';
import { recordAcceptanceResult } from '@/lib/server/projects/record-acceptance-result';
import { requestAmendment } from '@/lib/server/projects/request-amendment';
import { signProjectContract } from '@/lib/server/projects/sign-project-contract';
import { errorOf } from '../factories/errors';
import { createPaymentRequest } from '../factories/payment';
import { ACCEPTANCE_KINDS, amendmentLine, amendmentRequest, attachDocuments, createDossierProject, createProjectWorld, decision, type ProjectWorld } from '../factories/project';
import { freshWorld } from '../factories/world';

let w: ProjectWorld;

beforeEach(async () => { w = await freshWorld(createProjectWorld); });

const input = (projectId: number, kind: 'ADVANCE' | 'PAYMENT', amountVnd: bigint) => ({ projectId, kind, amountVnd, payeeName: 'Cơ sở gốm A', payeeAccount: null, note: null, idempotencyKey: randomUUID() });

/** An accepted đề án: 500 M cost, 250 M approved; contract support 200 M; 300 M accepted → 150 M eligible. */
async function acceptedProject() {
  const project = await createDossierProject(w, { status: 'ACCEPTED' });
  await db.contract.create({
    data: { projectId: project.id, number: 'HĐ-01', signedOn: new Date('2026-03-20'), partyAOrgId: w.hp.orgs.ttkc.id, partyBName: 'Cơ sở gốm A', valueVnd: 400_000_000n, supportVnd: 200_000_000n, filedWithTreasury: true },
  });
  await db.acceptance.create({ data: { projectId: project.id, scheduledOn: new Date('2026-10-01'), heldOn: new Date('2026-10-01'), status: 'PASSED', acceptedValueVnd: 300_000_000n } });
  return project;
}

describe('final payment', () => {
  it('is refused before acceptance', async () => {
    for (const status of ['CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE'] as const) {
      const project = await createDossierProject(w, { status });
      const error = await errorOf(requestPayment(w.actors.ttkc, input(project.id, 'PAYMENT', 1_000_000n)));
      expect(error.code).toBe('ILLEGAL_TRANSITION');
      expect(error.message).toMatch(/sau khi nghiệm thu đạt/);
    }
    expect(await db.paymentRequest.count()).toBe(0);
  });

  it('is capped at the eligible share of the accepted value and the contract, with the figures', async () => {
    const project = await acceptedProject();
    const error = await errorOf(requestPayment(w.actors.ttkc, input(project.id, 'PAYMENT', 150_000_001n)));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toContain(formatVnd(250_000_000n)); // approved
    expect(error.message).toContain(formatVnd(200_000_000n)); // contracted
    expect(error.message).toContain(formatVnd(150_000_000n)); // eligible share of 300 M accepted
    expect((await requestPayment(w.actors.ttkc, input(project.id, 'PAYMENT', 150_000_000n))).created).toBe(true);
  });

  it('raced against the acceptance result: refused before it, or made after it within the accepted value — never before', async () => {
    const project = await createDossierProject(w, { status: 'UNDER_ACCEPTANCE' });
    await db.contract.create({
      data: { projectId: project.id, number: 'HĐ-02', signedOn: new Date('2026-03-20'), partyAOrgId: w.hp.orgs.ttkc.id, partyBName: 'Cơ sở gốm A', valueVnd: 500_000_000n, supportVnd: 250_000_000n, filedWithTreasury: true },
    });
    const acceptance = await db.acceptance.create({ data: { projectId: project.id, scheduledOn: new Date('2026-10-01') } });
    await attachDocuments(project.id, w.hp.province.id, ACCEPTANCE_KINDS, w.actors.ttkc.id, acceptance.id);
    const result = acceptanceResultSchema.parse({ projectId: project.id, expectedStatus: 'UNDER_ACCEPTANCE', result: 'PASS', heldOn: '01/10/2026', councilMembers: 'SCT, TTKC, UBND xã', deliveredQuantity: '1', acceptedValueVnd: '300.000.000' });
    const [accepted, payment] = await Promise.allSettled([recordAcceptanceResult(w.actors.sct, result), requestPayment(w.actors.ttkc, input(project.id, 'PAYMENT', 150_000_000n))]);
    expect(accepted.status).toBe('fulfilled');
    const requests = await db.paymentRequest.findMany({ where: { projectId: project.id } });
    const trail = await db.auditEvent.findMany({
      where: { OR: [{ entityType: 'Project', entityId: project.id, event: 'acceptancePassed' }, { entityType: 'PaymentRequest', entityId: { in: requests.map((r) => r.id) } }] },
      orderBy: { id: 'asc' },
    });
    if (payment.status === 'fulfilled') {
      // After the acceptance, within the eligible share of 300 M accepted (150 M).
      expect(trail.map((a) => a.event)).toEqual(['acceptancePassed', 'request']);
      expect(requests.map((r) => r.amountVnd)).toEqual([150_000_000n]);
    } else {
      expect((payment.reason as { code: string; message: string }).message).toMatch(/sau khi nghiệm thu đạt/);
      expect(trail.map((a) => a.event)).toEqual(['acceptancePassed']);
      expect(requests).toEqual([]);
    }
    // Either way one more đồng than the eligible share is refused now, with the figures.
    const over = await errorOf(requestPayment(w.actors.ttkc, input(project.id, 'PAYMENT', payment.status === 'fulfilled' ? 1n : 150_000_001n)));
    expect(over.code).toBe('LIMIT_EXCEEDED');
    expect(over.message).toContain(formatVnd(150_000_000n));
  });

  it('two payments racing for the last room: exactly one is made', async () => {
    const project = await acceptedProject();
    const results = await Promise.allSettled([requestPayment(w.actors.ttkc, input(project.id, 'PAYMENT', 100_000_000n)), requestPayment(w.actors.ttkc, input(project.id, 'PAYMENT', 100_000_000n))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as { code: string }).code).toBe('LIMIT_EXCEEDED');
    expect(await db.paymentRequest.count({ where: { projectId: project.id } })).toBe(1);
  });
});

describe('Kho bạc and a stopped đề án', () => {
  it('refuses to pay a request of a đề án stopped after it was sent', async () => {
    const project = await createDossierProject(w, { status: 'IN_PROGRESS' });
    const id = await createPaymentRequest(w.actors, project.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    await changeProjectStatus(w.actors.sct, { projectId: project.id, expectedStatus: 'IN_PROGRESS', event: 'stop', reason: 'Cơ sở ngừng sản xuất' });
    const error = await errorOf(controlPayment(w.actors.kbnn, { paymentRequestId: id, decision: 'pay' }));
    expect(error.code).toBe('ILLEGAL_TRANSITION');
    expect(error.message).toMatch(/Đã dừng/);
    expect((await db.paymentRequest.findUniqueOrThrow({ where: { id } })).status).toBe('SENT_TO_TREASURY');
  });

  it('stop and pay at once: the payment is made only if it came before the stop', async () => {
    const project = await createDossierProject(w, { status: 'IN_PROGRESS' });
    const id = await createPaymentRequest(w.actors, project.id, 'ADVANCE', 100_000_000n, 'SENT_TO_TREASURY');
    const [stop, pay] = await Promise.allSettled([
      changeProjectStatus(w.actors.sct, { projectId: project.id, expectedStatus: 'IN_PROGRESS', event: 'stop', reason: 'Vi phạm' }),
      controlPayment(w.actors.kbnn, { paymentRequestId: id, decision: 'pay' }),
    ]);
    expect(stop.status).toBe('fulfilled');
    const paid = (await db.paymentRequest.findUniqueOrThrow({ where: { id } })).status === 'PAID';
    const audits = await db.auditEvent.findMany({ where: { OR: [{ entityType: 'Project', entityId: project.id, event: 'stop' }, { entityType: 'PaymentRequest', entityId: id, event: 'pay' }] }, orderBy: { id: 'asc' } });
    if (paid) {
      expect(pay.status).toBe('fulfilled');
      expect(audits.map((a) => a.event)).toEqual(['pay', 'stop']);
    } else {
      expect(pay.status).toBe('rejected');
      expect(audits.map((a) => a.event)).toEqual(['stop']);
    }
  });
});

describe('amendment of the approved support', () => {
  // 240 M of cost, half of it state support (the norm's 50 %).
  const lowerTo = (projectId: number, support: string) =>
    amendmentRequest(w, projectId, 'Giảm quy mô máy', { name: 'Hỗ trợ ứng dụng máy móc thiết bị', lines: [amendmentLine('240.000.000', support, '120.000.000')] });

  it('is refused below what is already committed, with the figures', async () => {
    const project = await createDossierProject(w, { status: 'IN_PROGRESS' });
    await createPaymentRequest(w.actors, project.id, 'ADVANCE', 150_000_000n, 'PAID');
    const { amendmentId } = await requestAmendment(w.actors.ttkc, lowerTo(project.id, '120.000.000'));
    const error = await errorOf(decideAmendment(w.actors.sct, amendmentDecisionSchema.parse({ amendmentId, approve: true, decision: decision('90/QĐ-SCT') })));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toContain(formatVnd(120_000_000n));
    expect(error.message).toContain(formatVnd(150_000_000n));
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).approvedSupportVnd).toBe(250_000_000n);
    expect(await db.decision.count({ where: { number: '90/QĐ-SCT' } })).toBe(0);
  });

  it('raced against an advance: exactly one of the two happens', async () => {
    const project = await createDossierProject(w, { status: 'IN_PROGRESS' });
    const { amendmentId } = await requestAmendment(w.actors.ttkc, lowerTo(project.id, '120.000.000'));
    const [amend, advance] = await Promise.allSettled([
      decideAmendment(w.actors.sct, amendmentDecisionSchema.parse({ amendmentId, approve: true, decision: decision('91/QĐ-SCT') })),
      requestPayment(w.actors.ttkc, input(project.id, 'ADVANCE', 150_000_000n)),
    ]);
    expect([amend.status, advance.status].sort()).toEqual(['fulfilled', 'rejected']);
    const after = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    const committed = (await db.paymentRequest.findMany({ where: { projectId: project.id } })).reduce((s, r) => s + r.amountVnd, 0n);
    expect(committed <= after.approvedSupportVnd!).toBe(true);
  });
});

describe('contract needs a norm-checked estimate', () => {
  const contract = (projectId: number, supportVnd: string) =>
    contractSchema.parse({ projectId, expectedStatus: 'APPROVED', number: 'HĐ-09', signedOn: '20/03/2026', partyBName: 'Cơ sở gốm A', valueVnd: '10.000.000.003', supportVnd, filedWithTreasury: true });

  it('refuses a đề án with typed totals and no cost lines (as the plan decision creates them)', async () => {
    const project = await createDossierProject(w, { status: 'APPROVED', lines: [], approvedSupportVnd: null });
    // The proposal's typed totals, as KCQG-2027-001 of the demo carried them.
    await db.project.update({ where: { id: project.id }, data: { totalCostVnd: 20_000_000_006n, stateSupportVnd: 10_000_000_003n, counterpartVnd: 10_000_000_003n, approvedSupportVnd: 10_000_000_003n } });
    const error = await errorOf(signProjectContract(w.actors.ttkc, contract(project.id, '300.000.000')));
    expect(error.message).toMatch(/chưa có dự toán chi tiết/);
    expect(await db.contract.count()).toBe(0);
  });

  it('refuses support above the norm, and an approved support above the checked estimate', async () => {
    const over = await createDossierProject(w, { status: 'APPROVED', lines: [{ amountVnd: 1_000_000_000n, stateSupportVnd: 400_000_000n }] });
    expect((await errorOf(signProjectContract(w.actors.ttkc, contract(over.id, '300.000.000')))).message).toMatch(/vượt mức chi tối đa/);
    const above = await createDossierProject(w, { status: 'APPROVED', approvedSupportVnd: 280_000_000n });
    const error = await errorOf(signProjectContract(w.actors.ttkc, contract(above.id, '250.000.000')));
    expect(error.message).toContain(formatVnd(280_000_000n));
    expect(error.message).toContain(formatVnd(250_000_000n));
  });
});
