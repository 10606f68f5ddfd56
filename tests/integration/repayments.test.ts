// Hỗ trợ có thu hồi (Lâm Đồng): schedule editable before signing, repayments allocated, late the day
// after the due date with a fixed clock, litigation with the court file, the debtors' share on time,
// and a beneficiary sees only its own schedule.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { findDebtors, findRepaymentSchedules } from '@/lib/server/repayments/find-debtors';
import { markLitigation } from '@/lib/server/repayments/mark-litigation';
import { recordRepayment } from '@/lib/server/repayments/record-repayment';
import { saveRepaymentSchedule } from '@/lib/server/repayments/save-repayment-schedule';
import { codeOf, errorOf } from '../factories/errors';
import { createActor, createFacility, createWorld, freshWorld } from '../factories/world';

let w: Awaited<ReturnType<typeof createWorld>>;
let second: { id: number };

beforeEach(async () => {
  w = await freshWorld(createWorld);
  second = await createFacility(w.ld.province.id, w.xaLd.id, 'Cơ sở cà phê Lâm Đồng');
  await db.projectBeneficiary.create({ data: { projectId: w.projectLd.id, facilityId: second.id } });
  await db.project.update({ where: { id: w.projectLd.id }, data: { isRecoverable: true, status: 'APPROVED', totalCostVnd: 400_000_000n, stateSupportVnd: 200_000_000n, counterpartVnd: 200_000_000n, approvedSupportVnd: 200_000_000n } });
});

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const vn = (iso: string) => new Date(`${iso}T05:00:00Z`);
const schedule = (facilityId: number, principal = 90_000_000n) => ({ projectId: w.projectLd.id, facilityId, principalVnd: principal, count: 3, firstDueOn: d('2027-03-31'), intervalMonths: 3 });

describe('recoverable support', () => {
  it('generates the schedule before signing and refuses to change it after', async () => {
    const { id } = await saveRepaymentSchedule(w.actors.ldTtkc, schedule(w.facilityLd.id, 100_000_000n));
    await saveRepaymentSchedule(w.actors.ldTtkc, schedule(w.facilityLd.id)); // edited before signing
    const rows = await db.repaymentInstallment.findMany({ where: { scheduleId: id }, orderBy: { dueOn: 'asc' } });
    expect(rows.map((r) => [r.dueOn.toISOString().slice(0, 10), r.amountVnd])).toEqual([
      ['2027-03-31', 30_000_000n],
      ['2027-06-30', 30_000_000n],
      ['2027-09-30', 30_000_000n],
    ]);
    expect(await codeOf(saveRepaymentSchedule(w.actors.ttkc, schedule(w.facilityLd.id)))).toBe('NOT_FOUND');
    await db.project.update({ where: { id: w.projectLd.id }, data: { status: 'CONTRACTED' } });
    expect(await codeOf(saveRepaymentSchedule(w.actors.ldTtkc, schedule(w.facilityLd.id)))).toBe('ILLEGAL_TRANSITION');
  });

  it('is late the day after a due date and on time the day before; allocates repayments; never takes more than owed', async () => {
    const { id } = await saveRepaymentSchedule(w.actors.ldTtkc, schedule(w.facilityLd.id));
    await db.project.update({ where: { id: w.projectLd.id }, data: { status: 'CONTRACTED' } });
    const state = async (today: Date) => (await findRepaymentSchedules(w.actors.ldTtkc, { id }, today))[0]!.summary;
    expect(await state(vn('2027-03-30'))).toMatchObject({ state: 'onTime', daysLate: 0 });
    expect(await state(vn('2027-04-01'))).toMatchObject({ state: 'late', daysLate: 1 });
    await recordRepayment(w.actors.ldTtkc, { scheduleId: id, amountVnd: 45_000_000n, paidOn: d('2027-04-02'), documentNumber: 'PT-01' });
    const after = await state(vn('2027-04-03'));
    expect(after).toMatchObject({ state: 'onTime', outstandingVnd: 45_000_000n, repaidOnTime: false });
    expect(after.instalments.map((i) => i.paidVnd)).toEqual([30_000_000n, 15_000_000n, 0n]);
    expect(after.nextDue!.dueOn).toEqual(d('2027-06-30'));
    expect((await errorOf(recordRepayment(w.actors.ldTtkc, { scheduleId: id, amountVnd: 45_000_001n, paidOn: d('2027-05-01'), documentNumber: 'PT-02' }))).code).toBe('LIMIT_EXCEEDED');
  });

  it('goes to litigation with the court file reference; the share on time equals an independent count', async () => {
    const a = await saveRepaymentSchedule(w.actors.ldTtkc, schedule(w.facilityLd.id));
    const b = await saveRepaymentSchedule(w.actors.ldTtkc, schedule(second.id));
    await db.project.update({ where: { id: w.projectLd.id }, data: { status: 'CONTRACTED' } });
    await recordRepayment(w.actors.ldTtkc, { scheduleId: a.id, amountVnd: 30_000_000n, paidOn: d('2027-03-31'), documentNumber: 'PT-01' });
    expect(await codeOf(markLitigation(w.actors.ldTtkc, { scheduleId: b.id, courtFileRef: '', reason: 'x' }, vn('2027-04-15')))).toBe('VALIDATION');
    // Not behind yet on the day of the first due date: no court case.
    expect(await codeOf(markLitigation(w.actors.ldTtkc, { scheduleId: b.id, courtFileRef: '12/2027/TLST-DS', reason: 'x' }, vn('2027-03-31')))).toBe('ILLEGAL_TRANSITION');
    await markLitigation(w.actors.ldTtkc, { scheduleId: b.id, courtFileRef: '12/2027/TLST-DS', reason: 'Không trả nợ sau 3 lần nhắc' }, vn('2027-04-15'));
    const trail = await db.auditEvent.findMany({ where: { entityType: 'RepaymentSchedule', entityId: b.id, event: { in: ['markLate', 'litigate'] } }, orderBy: { id: 'asc' } });
    expect(trail.map((e) => [e.event, e.toStatus])).toEqual([['markLate', 'LATE'], ['litigate', 'LITIGATION']]);
    const debtors = await findDebtors(w.actors.ldTtkc, vn('2027-04-15'));
    const states = Object.fromEntries(debtors.rows.map((r) => [r.facilityId, r.summary.state]));
    expect(states).toEqual({ [w.facilityLd.id]: 'onTime', [second.id]: 'litigation' });
    expect(debtors.rows.find((r) => r.id === b.id)!.courtFileRef).toBe('12/2027/TLST-DS');
    // Independent count: schedules with every due instalment paid in full by its due date.
    const onTime = debtors.rows.filter((r) => r.status !== 'LITIGATION' && r.repayments.every((p) => p.paidOn <= d('2027-03-31'))).length;
    expect(debtors.shareOnTime).toBe((onTime / debtors.rows.length) * 100);
    expect(debtors.outstandingVnd).toBe(150_000_000n);
  });

  it('closes a schedule repaid in full as repaid, from court too; a late one covered is on time again', async () => {
    const a = await saveRepaymentSchedule(w.actors.ldTtkc, schedule(w.facilityLd.id));
    const b = await saveRepaymentSchedule(w.actors.ldTtkc, schedule(second.id));
    await db.project.update({ where: { id: w.projectLd.id }, data: { status: 'CONTRACTED' } });
    await markLitigation(w.actors.ldTtkc, { scheduleId: a.id, courtFileRef: '13/2027/TLST-DS', reason: 'Không trả nợ' }, vn('2027-04-15'));
    expect(await recordRepayment(w.actors.ldTtkc, { scheduleId: a.id, amountVnd: 30_000_000n, paidOn: d('2027-04-20'), documentNumber: 'PT-11' }, vn('2027-04-20'))).toMatchObject({ status: 'LITIGATION' });
    expect(await recordRepayment(w.actors.ldTtkc, { scheduleId: a.id, amountVnd: 60_000_000n, paidOn: d('2027-05-20'), documentNumber: 'PT-12' }, vn('2027-05-20'))).toMatchObject({ status: 'REPAID' });
    const closed = (await findRepaymentSchedules(w.actors.ldTtkc, { id: a.id }, vn('2027-05-21')))[0]!;
    expect([closed.status, closed.summary.state, closed.summary.outstandingVnd]).toEqual(['REPAID', 'repaid', 0n]);
    const trail = await db.auditEvent.findMany({ where: { entityType: 'RepaymentSchedule', entityId: a.id, toStatus: { not: null } }, orderBy: { id: 'asc' } });
    expect(trail.map((e) => [e.event, e.fromStatus, e.toStatus])).toEqual([['markLate', 'ON_TIME', 'LATE'], ['litigate', 'LATE', 'LITIGATION'], ['markRepaid', 'LITIGATION', 'REPAID']]);

    // A schedule recorded late (e.g. brought over from the records) is on time again once its overdue instalment is covered.
    await db.repaymentSchedule.update({ where: { id: b.id }, data: { status: 'LATE' } });
    expect(await recordRepayment(w.actors.ldTtkc, { scheduleId: b.id, amountVnd: 20_000_000n, paidOn: d('2027-04-10'), documentNumber: 'PT-21' }, vn('2027-04-10'))).toMatchObject({ status: 'LATE' });
    expect(await recordRepayment(w.actors.ldTtkc, { scheduleId: b.id, amountVnd: 10_000_000n, paidOn: d('2027-04-12'), documentNumber: 'PT-22' }, vn('2027-04-12'))).toMatchObject({ status: 'ON_TIME' });
  });

  it('shows a beneficiary only its own facility’s schedule, and nothing to another province', async () => {
    await saveRepaymentSchedule(w.actors.ldTtkc, schedule(w.facilityLd.id));
    await saveRepaymentSchedule(w.actors.ldTtkc, schedule(second.id));
    const owner = await createActor('BENEFICIARY', { provinceId: w.ld.province.id, facilityId: second.id });
    expect((await findRepaymentSchedules(owner)).map((r) => r.facilityId)).toEqual([second.id]);
    expect(await findRepaymentSchedules(w.actors.ttkc)).toEqual([]);
  });
});
