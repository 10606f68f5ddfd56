// The beneficiary sees its own money — advances, payments, what is still due, its repayment schedule
// with the next due date — and nothing of another facility.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { findBeneficiaryMoney } from '@/lib/server/payments/find-beneficiary-money';
import { codeOf, errorOf } from '../factories/errors';
import { createPaymentRequest, createPaymentWorld, type PaymentWorld } from '../factories/payment';
import { createActor, createProject, freshWorld } from '../factories/world';

let w: PaymentWorld;

beforeEach(async () => { w = await freshWorld(createPaymentWorld); });

describe('beneficiary money', () => {
  it('shows its advances, payments, what is still due and its next repayment — only its own', async () => {
    // Another facility's đề án B has been paid too: none of it may show.
    await db.project.update({ where: { id: w.projectB.id }, data: { status: 'IN_PROGRESS' } });
    await createPaymentRequest(w.actors, w.projectB.id, 'ADVANCE', 50_000_000n, 'PAID');
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 100_000_000n, 'PAID');
    await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 10_000_000n, 'SENT_TO_TREASURY');
    const schedule = await db.repaymentSchedule.create({
      data: { projectId: w.projectA.id, facilityId: w.facilityA.id, principalVnd: 60_000_000n, installments: { create: [{ dueOn: new Date('2027-06-30'), amountVnd: 30_000_000n }, { dueOn: new Date('2027-12-31'), amountVnd: 30_000_000n }] } },
    });
    await db.repayment.create({ data: { scheduleId: schedule.id, paidOn: new Date('2027-06-20'), amountVnd: 30_000_000n, recordedById: w.actors.ttkc.id } });

    const mine = await findBeneficiaryMoney(w.actors.beneficiaryA, new Date('2027-07-01T05:00:00Z'));
    expect(mine.projects.map((p) => p.code)).toEqual([w.projectA.code]);
    expect(mine.projects[0]!.position).toMatchObject({ advancedVnd: 100_000_000n, paidVnd: 0n, owedVnd: 200_000_000n });
    expect(mine.projects[0]!.payments.map((p) => p.amountVnd)).toEqual([100_000_000n]);
    expect(mine.schedules).toHaveLength(1);
    expect(mine.schedules[0]!.summary).toMatchObject({ outstandingVnd: 30_000_000n, state: 'onTime' });
    expect(mine.schedules[0]!.summary.nextDue!.dueOn).toEqual(new Date('2027-12-31'));

    const other = await createActor('BENEFICIARY', { provinceId: w.hp.province.id, facilityId: w.facilityB.id });
    const theirs = await findBeneficiaryMoney(other);
    expect(theirs.projects.map((p) => p.code)).toEqual([w.projectB.code]);
    expect(theirs.schedules).toEqual([]);
    expect(await codeOf(findBeneficiaryMoney(w.actors.ttkc))).toBe('FORBIDDEN');
  });

  it('lists each approved đề án of the facility with its own paid requests in payment order, and refuses an account with no facility', async () => {
    // Facility A also benefits from đề án B; a third đề án of facility A is not approved yet.
    await db.projectBeneficiary.create({ data: { projectId: w.projectB.id, facilityId: w.facilityA.id } });
    await db.project.update({ where: { id: w.projectB.id }, data: { status: 'IN_PROGRESS', isGroup: true } });
    const notApproved = await createProject({ provinceId: w.hp.province.id, implementingOrgId: w.hp.orgs.ttkc.id, adminUnitId: w.xaA.id, facilityIds: [w.facilityA.id], status: 'IN_PROGRESS' });
    const later = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 40_000_000n, 'PAID');
    const earlier = await createPaymentRequest(w.actors, w.projectA.id, 'ADVANCE', 60_000_000n, 'PAID');
    await db.paymentRequest.update({ where: { id: later }, data: { paidOn: new Date('2026-06-02'), paymentOrderNumber: 'UNC-2' } });
    await db.paymentRequest.update({ where: { id: earlier }, data: { paidOn: new Date('2026-05-02'), paymentOrderNumber: 'UNC-1' } });
    const onB = await createPaymentRequest(w.actors, w.projectB.id, 'ADVANCE', 20_000_000n, 'PAID');

    const money = await findBeneficiaryMoney(w.actors.beneficiaryA, new Date('2026-07-01T05:00:00Z'));
    const codes = [w.projectA.code, w.projectB.code].sort();
    expect(money.projects.map((p) => p.code)).toEqual(codes);
    expect(money.projects.map((p) => p.id)).not.toContain(notApproved.id);
    const a = money.projects.find((p) => p.id === w.projectA.id)!;
    const b = money.projects.find((p) => p.id === w.projectB.id)!;
    expect(a).toMatchObject({ name: w.projectA.name, status: 'IN_PROGRESS', isGroup: false, isRecoverable: false });
    expect(b).toMatchObject({ isGroup: true, position: { advancedVnd: 20_000_000n } });
    expect(a.payments).toEqual([
      { id: earlier, projectId: w.projectA.id, kind: 'ADVANCE', amountVnd: 60_000_000n, paidOn: new Date('2026-05-02'), paymentOrderNumber: 'UNC-1' },
      { id: later, projectId: w.projectA.id, kind: 'ADVANCE', amountVnd: 40_000_000n, paidOn: new Date('2026-06-02'), paymentOrderNumber: 'UNC-2' },
    ]);
    expect(b.payments.map((p) => p.id)).toEqual([onB]);

    // In code order whatever order the database reads the rows in: each of the two first in turn.
    for (const first of [w.projectA, w.projectB]) {
      await db.project.update({ where: { id: first.id }, data: { code: `0-${first.code}` } });
      const reordered = await findBeneficiaryMoney(w.actors.beneficiaryA, new Date('2026-07-01T05:00:00Z'));
      expect(reordered.projects.map((p) => p.id)).toEqual([first.id, first === w.projectA ? w.projectB.id : w.projectA.id]);
      await db.project.update({ where: { id: first.id }, data: { code: first.code } });
    }

    const unattached = await createActor('BENEFICIARY', { provinceId: w.hp.province.id });
    expect(await errorOf(findBeneficiaryMoney(unattached))).toMatchObject({ code: 'FORBIDDEN', message: 'Tài khoản chưa gắn với cơ sở nào.' });
  });
});
