// The report totals the database keeps on each đề án row (migration 20261202130000): beneficiaryCount
// and disbursedVnd must always equal what the records say, whatever wrote them — the reports and the
// home headline read them instead of counting per đề án. So must the rows kept per Kho bạc and đề án
// (migration 20261204090000) that its home headline reads.
import { beforeEach, describe, expect, it } from 'vitest';
import { formatVnd } from '@/lib/domain/money';
import { DISBURSED_PAYMENT_STATES } from '@/lib/domain/reports';
import type { Actor } from '@/lib/domain/roles';
import { projectScope } from '@/lib/domain/scope';
import { db } from '@/lib/server/db';
import { getScopeSummary } from '@/lib/server/home/find-work-items';
import { controlPayment } from '@/lib/server/payments/control-payment';
import { findMoneyPositions } from '@/lib/server/payments/find-money-position';
import { createPaymentRequest, createPaymentWorld, type PaymentWorld } from '../factories/payment';
import { freshWorld } from '../factories/world';

let w: PaymentWorld;

beforeEach(async () => { w = await freshWorld(createPaymentWorld); });

/** Every đề án whose kept totals differ from an independent count of its records. */
async function drift() {
  const projects = await db.project.findMany({ select: { id: true, beneficiaryCount: true, disbursedVnd: true, outstandingAdvanceVnd: true } });
  const positions = await findMoneyPositions(db, projects.map((p) => p.id));
  const wrong = [];
  for (const p of projects) {
    const beneficiaries = await db.projectBeneficiary.count({ where: { projectId: p.id } });
    const paid = await db.paymentRequest.findMany({ where: { projectId: p.id, status: { in: [...DISBURSED_PAYMENT_STATES] } }, select: { amountVnd: true } });
    const disbursed = paid.reduce((sum, r) => sum + r.amountVnd, 0n);
    const position = positions.get(p.id)!;
    const kept = [p.beneficiaryCount, p.disbursedVnd, p.outstandingAdvanceVnd];
    const records = [beneficiaries, disbursed, position.outstandingAdvanceVnd];
    if (disbursed !== position.disbursedVnd || kept.some((k, i) => k !== records[i])) wrong.push({ id: p.id, kept, records });
  }
  return wrong;
}

describe('report totals kept on the đề án', () => {
  it('follow beneficiaries added, moved and removed', async () => {
    expect((await db.project.findUniqueOrThrow({ where: { id: w.projectA.id } })).beneficiaryCount).toBe(1);
    await db.projectBeneficiary.create({ data: { projectId: w.projectA.id, facilityId: w.facilityB.id } });
    expect((await db.project.findUniqueOrThrow({ where: { id: w.projectA.id } })).beneficiaryCount).toBe(2);
    await db.projectBeneficiary.updateMany({ where: { projectId: w.projectA.id, facilityId: w.facilityB.id }, data: { projectId: w.projectLd.id } });
    await db.projectBeneficiary.deleteMany({ where: { projectId: w.projectA.id, facilityId: w.facilityA.id } });
    expect(await drift()).toEqual([]);
    expect((await db.project.findUniqueOrThrow({ where: { id: w.projectA.id } })).beneficiaryCount).toBe(0);
  });

  it('count only what the Kho bạc paid, and equal the money position', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_001n, 'PAID');
    const refused = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 20_000_000n, 'SENT_TO_TREASURY');
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 5_000_000n);
    expect(await drift()).toEqual([]);
    await controlPayment(w.actors.kbnn, { paymentRequestId: refused, decision: 'refuse', reason: 'Sai số tài khoản' });
    const sent = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 30_000_000n, 'SENT_TO_TREASURY');
    await controlPayment(w.actors.kbnn, { paymentRequestId: sent, decision: 'pay', paymentOrderNumber: 'UNC-1' });
    expect(await drift()).toEqual([]);
    const row = await db.project.findUniqueOrThrow({ where: { id: w.projectA.id } });
    expect(row.disbursedVnd).toBe(130_000_001n);
    expect(row.disbursedVnd).toBe((await findMoneyPositions(db, [w.projectA.id])).get(w.projectA.id)!.disbursedVnd);
    expect(row.outstandingAdvanceVnd).toBe(130_000_001n);
  });

  it('clear the outstanding advance when a paid payment clears it', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 90_000_000n, 'PAID');
    await db.project.update({ where: { id: w.projectA.id }, data: { status: 'ACCEPTED', totalCostVnd: 600_000_000n, stateSupportVnd: 300_000_000n } });
    await db.acceptance.create({ data: { projectId: w.projectA.id, scheduledOn: new Date('2027-01-10'), heldOn: new Date('2027-01-10'), status: 'PASSED', acceptedValueVnd: 600_000_000n } });
    await createPaymentRequest(w.actors, w.projectA.id, 'PAYMENT', 210_000_000n, 'SENT_TO_TREASURY');
    expect((await db.project.findUniqueOrThrow({ where: { id: w.projectA.id } })).outstandingAdvanceVnd).toBe(90_000_000n);
    const payment = await db.paymentRequest.findFirstOrThrow({ where: { projectId: w.projectA.id, kind: 'PAYMENT' } });
    await controlPayment(w.actors.kbnn, { paymentRequestId: payment.id, decision: 'pay', paymentOrderNumber: 'UNC-2' });
    expect(await drift()).toEqual([]);
    expect((await db.project.findUniqueOrThrow({ where: { id: w.projectA.id } })).outstandingAdvanceVnd).toBe(0n);
  });
});

describe('Kho bạc shares kept by the database (its home headline)', () => {
  /** The headline as a Kho bạc officer reads it, and the same figures computed from the records by its scope. */
  async function headlineAndRecords(actor: Actor) {
    const records = await db.project.aggregate({ where: projectScope(actor), _count: { _all: true }, _sum: { approvedSupportVnd: true, disbursedVnd: true } });
    return {
      headline: await getScopeSummary(actor),
      records: { projects: records._count._all, approvedSupport: formatVnd(records._sum.approvedSupportVnd ?? 0n), paid: formatVnd(records._sum.disbursedVnd ?? 0n) },
    };
  }

  async function expectHeadlineFromRecords(actor: Actor) {
    const { headline, records } = await headlineAndRecords(actor);
    expect(headline).toEqual(records);
    return headline;
  }

  it('count a đề án once a request is sent to the treasury, and follow its approved support and payments', async () => {
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 5_000_000n);
    expect((await expectHeadlineFromRecords(w.actors.kbnn)).projects).toBe(0);

    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_001n, 'PAID');
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 20_000_000n, 'SENT_TO_TREASURY');
    const approved = (await db.project.findUniqueOrThrow({ where: { id: w.projectA.id } })).approvedSupportVnd!;
    expect(await expectHeadlineFromRecords(w.actors.kbnn)).toEqual({ projects: 1, approvedSupport: formatVnd(approved), paid: formatVnd(100_000_001n) });

    await db.project.update({ where: { id: w.projectA.id }, data: { approvedSupportVnd: 250_000_000n } });
    expect((await expectHeadlineFromRecords(w.actors.kbnn)).approvedSupport).toBe(formatVnd(250_000_000n));
    // Another treasury of the province sees none of it.
    expect((await expectHeadlineFromRecords(w.actors.otherKbnn)).projects).toBe(0);
  });

  it('move with a request sent to another treasury, and equal a rebuild from scratch', async () => {
    const sent = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 30_000_000n, 'SENT_TO_TREASURY');
    expect((await expectHeadlineFromRecords(w.actors.kbnn)).projects).toBe(1);
    await db.paymentRequest.update({ where: { id: sent }, data: { treasuryOrgId: w.actors.otherKbnn.organizationId } });
    expect((await expectHeadlineFromRecords(w.actors.kbnn)).projects).toBe(0);
    expect((await expectHeadlineFromRecords(w.actors.otherKbnn)).projects).toBe(1);

    const kept = await db.treasuryProjectShare.findMany({ orderBy: [{ treasuryOrgId: 'asc' }, { projectId: 'asc' }] });
    await db.$executeRaw`SELECT kc_treasury_shares_rebuild()`;
    expect(await db.treasuryProjectShare.findMany({ orderBy: [{ treasuryOrgId: 'asc' }, { projectId: 'asc' }] })).toEqual(kept);
    expect(kept).toHaveLength(1);
  });
});
