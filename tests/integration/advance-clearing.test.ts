// Advances still open past their clearing condition show on the Kho bạc and Trung tâm homes;
// the payment after acceptance clears them.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { findOpenAdvanceSection } from '@/lib/server/home/find-open-advance-section';
import { findOpenAdvances } from '@/lib/server/payments/find-open-advances';
import { requestPayment } from '@/lib/server/payments/request-payment';
import { controlPayment } from '@/lib/server/payments/control-payment';
import { sendPaymentToTreasury } from '@/lib/server/payments/send-payment-to-treasury';
import { createPaymentRequest, createPaymentWorld, type PaymentWorld } from '../factories/payment';
import { freshWorld } from '../factories/world';

let w: PaymentWorld;

beforeEach(async () => { w = await freshWorld(createPaymentWorld); });

const AFTER_YEAR = new Date('2027-01-02T03:00:00Z');
const IN_YEAR = new Date('2026-12-30T03:00:00Z');
const openAdvances = async (actor: Parameters<typeof findOpenAdvances>[0], today: Date) => (await findOpenAdvances(actor, { today })).rows;

describe('open advances', () => {
  it('lists an advance still open after the budget year for the Kho bạc and the Trung tâm only', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 150_000_000n, 'PAID');
    expect(await openAdvances(w.actors.kbnn, IN_YEAR)).toEqual([]);
    const late = await openAdvances(w.actors.kbnn, AFTER_YEAR);
    expect(late).toMatchObject([{ projectId: w.projectA.id, outstandingVnd: 150_000_000n }]);
    expect(late[0]!.reason).toMatch(/hết năm ngân sách 2026/);
    expect(await openAdvances(w.actors.ttkc, AFTER_YEAR)).toHaveLength(1);
    expect(await openAdvances(w.actors.ldTtkc, AFTER_YEAR)).toEqual([]);
    expect(await findOpenAdvanceSection(w.actors.xaA)).toEqual([]);
    expect((await findOpenAdvanceSection(w.actors.ttkc))[0]!.title).toBe('Tạm ứng quá hạn thu hồi');
  });

  it('lists it once acceptance reaches the clearing share of the contract, and not after the payment clears it', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 150_000_000n, 'PAID');
    await db.contract.create({ data: { projectId: w.projectA.id, number: 'HĐ-1', signedOn: new Date('2026-03-01'), partyAOrgId: w.hp.orgs.ttkc.id, partyBName: 'Cơ sở gốm A', valueVnd: 600_000_000n, supportVnd: 300_000_000n, filedWithTreasury: true } });
    await db.parameter.create({ data: { provinceId: null, key: 'ADVANCE_CLEARING_THRESHOLD_BP', value: '8000', legalBasis: 'TT 08/2016', validFrom: new Date('2016-01-01') } });
    await db.acceptance.create({ data: { projectId: w.projectA.id, scheduledOn: new Date('2026-10-01'), status: 'PASSED', acceptedValueVnd: 480_000_000n } });
    await db.project.update({ where: { id: w.projectA.id }, data: { status: 'ACCEPTED', totalCostVnd: 600_000_000n, stateSupportVnd: 300_000_000n } });
    expect((await openAdvances(w.actors.kbnn, IN_YEAR))[0]!.reason).toMatch(/80 %/);
    // 480 M × 300/600 = 240 M eligible: the payment is 90 M and clears the 150 M advance.
    const { id } = await requestPayment(w.actors.ttkc, { projectId: w.projectA.id, kind: 'PAYMENT', amountVnd: 90_000_000n, payeeName: 'Cơ sở gốm A', payeeAccount: null, note: null, idempotencyKey: randomUUID() });
    expect((await db.paymentRequest.findUniqueOrThrow({ where: { id } })).advanceClearedVnd).toBe(150_000_000n);
    await sendPaymentToTreasury(w.actors.ttkc, { paymentRequestId: id });
    expect(await openAdvances(w.actors.kbnn, IN_YEAR)).toHaveLength(1); // cleared only when paid
    await controlPayment(w.actors.kbnn, { paymentRequestId: id, decision: 'pay' });
    expect(await openAdvances(w.actors.kbnn, AFTER_YEAR)).toEqual([]);
  });

  it("names each đề án, in code order, and applies the province's own clearing share, else 80 %", async () => {
    const contract = (projectId: number, valueVnd: bigint) =>
      db.contract.create({ data: { projectId, number: `HĐ-${projectId}`, signedOn: new Date('2026-03-01'), partyAOrgId: w.hp.orgs.ttkc.id, partyBName: 'Cơ sở', valueVnd, supportVnd: 100_000_000n, filedWithTreasury: true } });
    const accept = async (projectId: number, acceptedValueVnd: bigint) =>
      db.acceptance.create({ data: { projectId, scheduledOn: new Date('2026-10-01'), status: 'PASSED', acceptedValueVnd } });
    await db.project.update({ where: { id: w.projectB.id }, data: { status: 'IN_PROGRESS' } });
    await db.project.update({ where: { id: w.projectA.id }, data: { code: 'ZZ-1' } });
    await db.project.update({ where: { id: w.projectB.id }, data: { code: 'AA-1' } });
    for (const project of [w.projectA, w.projectB]) {
      await createPaymentRequest(w.actors, project.id, 'ADVANCE', 50_000_000n, 'PAID');
      await contract(project.id, 1_000_000_000n);
      // 65 % of the contract accepted: past a 60 % share, short of the default 80 %.
      await accept(project.id, 650_000_000n);
    }
    const codes = async () => (await openAdvances(w.actors.kbnn, IN_YEAR)).map((r) => r.code);
    expect(await codes()).toEqual([]);
    // A share that is not a positive whole number of basis points is ignored: 80 % applies.
    const parameter = await db.parameter.create({ data: { provinceId: w.hp.province.id, key: 'ADVANCE_CLEARING_THRESHOLD_BP', value: '0', validFrom: new Date('2016-01-01') } });
    expect(await codes()).toEqual([]);
    await db.parameter.update({ where: { id: parameter.id }, data: { value: '6000' } });
    const rows = await openAdvances(w.actors.kbnn, IN_YEAR);
    expect(rows.map(({ reason, ...row }) => row)).toEqual([
      { projectId: w.projectB.id, code: 'AA-1', name: w.projectB.name, outstandingVnd: 50_000_000n },
      { projectId: w.projectA.id, code: 'ZZ-1', name: w.projectA.name, outstandingVnd: 50_000_000n },
    ]);
    expect(rows[0]!.reason).toMatch(/60 %/);
    // Lâm Đồng's own share is not Hải Phòng's.
    expect(await openAdvances(w.actors.ldTtkc, IN_YEAR)).toEqual([]);
  });

  it('counts every overdue advance, shows the first ones, and names every reason of a shown one', async () => {
    await db.project.update({ where: { id: w.projectB.id }, data: { status: 'IN_PROGRESS' } });
    for (const project of [w.projectA, w.projectB]) await createPaymentRequest(w.actors, project.id, 'ADVANCE', 50_000_000n, 'PAID');
    // projectA: due by its year and by the accepted share (80 % of a 100 M contract reached).
    await db.contract.create({ data: { projectId: w.projectA.id, number: 'HĐ-9', signedOn: new Date('2026-03-01'), partyAOrgId: w.hp.orgs.ttkc.id, partyBName: 'Cơ sở', valueVnd: 100_000_000n, supportVnd: 50_000_000n, filedWithTreasury: true } });
    await db.acceptance.create({ data: { projectId: w.projectA.id, scheduledOn: new Date('2026-10-01'), status: 'PASSED', acceptedValueVnd: 90_000_000n } });
    const all = await findOpenAdvances(w.actors.kbnn, { today: AFTER_YEAR });
    expect(all.total).toBe(2);
    const first = await findOpenAdvances(w.actors.kbnn, { today: AFTER_YEAR, limit: 1 });
    expect(first.total).toBe(2);
    expect(first.rows).toHaveLength(1);
    const a = all.rows.find((r) => r.projectId === w.projectA.id)!;
    expect(a.reason).toMatch(/80 %/);
    expect(a.reason).toMatch(/hết năm ngân sách 2026/);
    expect(first.rows[0]).toEqual(all.rows[0]);
  });
});
