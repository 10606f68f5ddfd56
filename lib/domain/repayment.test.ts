import { describe, expect, it } from 'vitest';
import { allocateRepayments, generateSchedule, shareRepaidOnTime, statusEventAfterRepayment, summariseSchedule } from './repayment';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Noon in Vietnam on that calendar day. */
const vn = (iso: string) => new Date(`${iso}T05:00:00Z`);

describe('generateSchedule', () => {
  it('sums to the principal exactly, the remainder on the last instalment', () => {
    const s = generateSchedule(100_000_001n, 3, d('2027-06-30'), 6);
    expect(s.map((i) => i.amountVnd)).toEqual([33_333_333n, 33_333_333n, 33_333_335n]);
    expect(s.map((i) => i.dueOn.toISOString().slice(0, 10))).toEqual(['2027-06-30', '2027-12-30', '2028-06-30']);
  });
});

describe('overdue', () => {
  const schedule = [{ dueOn: d('2027-06-30'), amountVnd: 50_000_000n }];

  it('is on time the day before and on the due date, late (1 day) the day after', () => {
    expect(allocateRepayments(schedule, [], vn('2027-06-29'))[0]).toMatchObject({ state: 'notDue', daysLate: 0 });
    expect(allocateRepayments(schedule, [], vn('2027-06-30'))[0]).toMatchObject({ state: 'notDue', daysLate: 0 });
    expect(allocateRepayments(schedule, [], vn('2027-07-01'))[0]).toMatchObject({ state: 'late', daysLate: 1 });
    expect(allocateRepayments(schedule, [], vn('2027-07-31'))[0]!.daysLate).toBe(31);
  });

  it('stays late while one đồng is missing', () => {
    expect(allocateRepayments(schedule, [{ paidOn: d('2027-06-01'), amountVnd: 49_999_999n }], vn('2027-07-01'))[0]).toMatchObject({ state: 'late', paidVnd: 49_999_999n });
  });
});

describe('summariseSchedule', () => {
  const instalments = generateSchedule(90_000_000n, 3, d('2027-03-31'), 3);

  it('allocates repayments oldest instalment first and tells the outstanding balance', () => {
    const s = summariseSchedule({ principalVnd: 90_000_000n, litigation: false, instalments, repayments: [{ paidOn: d('2027-03-20'), amountVnd: 45_000_000n }] }, vn('2027-05-01'));
    expect(s.instalments.map((i) => i.paidVnd)).toEqual([30_000_000n, 15_000_000n, 0n]);
    expect(s).toMatchObject({ outstandingVnd: 45_000_000n, state: 'onTime', repaidOnTime: true });
    expect(s.nextDue!.dueOn).toEqual(d('2027-06-30'));
  });

  it('is late after a missed instalment, in litigation when taken to court, repaid when nothing is left', () => {
    const late = summariseSchedule({ principalVnd: 90_000_000n, litigation: false, instalments, repayments: [] }, vn('2027-04-10'));
    expect(late).toMatchObject({ state: 'late', daysLate: 10, repaidOnTime: false });
    expect(summariseSchedule({ principalVnd: 90_000_000n, litigation: true, instalments, repayments: [] }, vn('2027-04-10')).state).toBe('litigation');
    const paidLate = summariseSchedule({ principalVnd: 90_000_000n, litigation: false, instalments, repayments: [{ paidOn: d('2027-04-05'), amountVnd: 90_000_000n }] }, vn('2027-12-01'));
    expect(paidLate).toMatchObject({ state: 'repaid', outstandingVnd: 0n, repaidOnTime: false });
  });

  it('counts the share repaid on time', () => {
    const onTime = summariseSchedule({ principalVnd: 90_000_000n, litigation: false, instalments, repayments: [{ paidOn: d('2027-03-31'), amountVnd: 30_000_000n }] }, vn('2027-04-10'));
    const late = summariseSchedule({ principalVnd: 90_000_000n, litigation: false, instalments, repayments: [] }, vn('2027-04-10'));
    expect(shareRepaidOnTime([onTime, onTime, late])).toBe(66.7);
    expect(shareRepaidOnTime([])).toBeNull();
  });

  it('moves the status after a repayment: repaid in full ends it, even in court; a late one covered is on time again', () => {
    const after = (outstandingVnd: bigint, state: 'onTime' | 'late' | 'litigation' | 'repaid') => ({ outstandingVnd, state });
    expect(statusEventAfterRepayment('ON_TIME', after(0n, 'repaid'))).toBe('markRepaid');
    expect(statusEventAfterRepayment('LATE', after(0n, 'repaid'))).toBe('markRepaid');
    expect(statusEventAfterRepayment('LITIGATION', after(0n, 'litigation'))).toBe('markRepaid');
    expect(statusEventAfterRepayment('LATE', after(10n, 'onTime'))).toBe('catchUp');
    expect(statusEventAfterRepayment('LATE', after(10n, 'late'))).toBeNull();
    expect(statusEventAfterRepayment('ON_TIME', after(10n, 'onTime'))).toBeNull();
    // In court until repaid in full: covering the overdue instalments does not end the case.
    expect(statusEventAfterRepayment('LITIGATION', after(10n, 'litigation'))).toBeNull();
    expect(statusEventAfterRepayment('REPAID', after(0n, 'repaid'))).toBeNull();
  });
});
