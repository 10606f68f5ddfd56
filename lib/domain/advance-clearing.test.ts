import { describe, expect, it } from 'vitest';
import { overdueAdvance } from './advance-clearing';
import { computeMoneyPosition, type MoneyPositionInput } from './money-position';

const base: MoneyPositionInput = {
  approvedSupportVnd: 300_000_000n,
  contractedSupportVnd: 300_000_000n,
  acceptedValueVnd: null,
  stateSupportVnd: 300_000_000n,
  totalCostVnd: 600_000_000n,
  requests: [{ kind: 'ADVANCE', status: 'PAID', amountVnd: 210_000_000n, advanceClearedVnd: 0n }],
  refundedVnd: 0n,
  cancelledVnd: 0n,
};
const check = (over: Partial<MoneyPositionInput>, today = new Date('2027-06-30T00:00:00Z')) =>
  overdueAdvance({ position: computeMoneyPosition({ ...base, ...over }), contractValueVnd: 600_000_000n, year: 2027, thresholdBp: null, today });

describe('overdueAdvance', () => {
  it('is not due while the work is below 80 % of the contract and the year runs', () => {
    expect(check({})).toBeNull();
    expect(check({ acceptedValueVnd: 479_999_999n })).toBeNull();
  });

  it('is due once the accepted value reaches 80 % of the contract value', () => {
    expect(check({ acceptedValueVnd: 480_000_000n })?.reason).toMatch(/80 %/);
  });

  it('is due after the budget year ends, not on 31/12', () => {
    expect(check({}, new Date('2027-12-31T16:59:59Z'))).toBeNull(); // 23:59:59 in Vietnam
    expect(check({}, new Date('2027-12-31T17:00:00Z'))?.reason).toMatch(/hết năm ngân sách 2027/);
  });

  it('is nothing once a paid payment clears the advance', () => {
    const requests = [...base.requests, { kind: 'PAYMENT' as const, status: 'PAID' as const, amountVnd: 40_000_000n, advanceClearedVnd: 210_000_000n }];
    expect(check({ requests, acceptedValueVnd: 500_000_000n }, new Date('2028-02-01'))).toBeNull();
  });
});
