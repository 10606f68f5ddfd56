import { describe, expect, it } from 'vitest';
import { formatVnd } from './money';
import { computeMoneyPosition, type MoneyPositionInput, type PositionRequest } from './money-position';
import { computePaymentLimits, paymentLimitProblem, paymentStateProblem } from './payment-limits';

const approved = 300_000_000n;
const input: MoneyPositionInput = {
  approvedSupportVnd: approved,
  contractedSupportVnd: null,
  acceptedValueVnd: null,
  stateSupportVnd: approved,
  totalCostVnd: 600_000_000n,
  requests: [],
  refundedVnd: 0n,
  cancelledVnd: 0n,
};
const advance = (amountVnd: bigint): PositionRequest => ({ kind: 'ADVANCE', status: 'DRAFT', amountVnd, advanceClearedVnd: 0n });
const payment = (amountVnd: bigint, advanceClearedVnd = 0n): PositionRequest => ({ kind: 'PAYMENT', status: 'DRAFT', amountVnd, advanceClearedVnd });
const limitsOf = (over: Partial<MoneyPositionInput> = {}, shares: { advanceShareBp?: number | null; treasuryCeilingBp?: number | null } = {}) =>
  computePaymentLimits({ position: computeMoneyPosition({ ...input, ...over }), advanceShareBp: shares.advanceShareBp ?? null, treasuryCeilingBp: shares.treasuryCeilingBp ?? null });

describe('computePaymentLimits', () => {
  it('defaults to 70 % when neither the content nor the treasury sets a share', () => {
    const l = limitsOf();
    expect(l.advanceLimitVnd).toBe(210_000_000n);
    expect(l.remainingAdvanceVnd).toBe(210_000_000n);
    expect(l.remainingPaymentVnd).toBe(approved);
  });

  it('takes the stricter of the content share and the treasury ceiling', () => {
    expect(limitsOf({}, { advanceShareBp: 3000, treasuryCeilingBp: 7000 }).advanceLimitVnd).toBe(90_000_000n);
    expect(limitsOf({}, { advanceShareBp: 10000, treasuryCeilingBp: 7000 }).advanceLimitVnd).toBe(210_000_000n);
  });

  it('rounds the advance limit down to the đồng', () => {
    expect(limitsOf({ approvedSupportVnd: 1_000_001n }, { advanceShareBp: 7000 }).advanceLimitVnd).toBe(700_000n);
  });

  it('advances on the contracted support when it is lower', () => {
    expect(limitsOf({ contractedSupportVnd: 200_000_000n }).advanceLimitVnd).toBe(140_000_000n);
  });

  it('pays at most the eligible share of the accepted value', () => {
    const l = limitsOf({ contractedSupportVnd: 280_000_000n, acceptedValueVnd: 500_000_000n, requests: [advance(100_000_000n)] });
    expect(l.remainingPaymentVnd).toBe(150_000_000n); // 250 M eligible − 100 M advanced
    expect(paymentLimitProblem(l, 'PAYMENT', 150_000_000n)).toBeNull();
    const message = paymentLimitProblem(l, 'PAYMENT', 150_000_001n)!;
    expect(message).toContain(formatVnd(280_000_000n));
    expect(message).toContain(formatVnd(250_000_000n));
    expect(message).toContain(`còn lại ${formatVnd(150_000_000n)}`);
  });

  it('sums advances and payments against the ceiling', () => {
    const l = limitsOf({ requests: [advance(100_000_000n), payment(150_000_000n, 100_000_000n)] });
    expect(l.committedVnd).toBe(250_000_000n);
    expect(l.remainingPaymentVnd).toBe(50_000_000n);
    expect(l.remainingAdvanceVnd).toBe(50_000_000n);
  });

  it('treats a missing approved support as nothing to pay', () => {
    const l = limitsOf({ approvedSupportVnd: null });
    expect(l.remainingPaymentVnd).toBe(0n);
    expect(paymentLimitProblem(l, 'PAYMENT', 1n)).toMatch(/chưa có kinh phí hỗ trợ được phê duyệt/);
  });
});

describe('paymentLimitProblem', () => {
  const limits = limitsOf({ requests: [advance(120_000_000n)] });

  it('accepts an amount exactly at the limit', () => {
    expect(paymentLimitProblem(limits, 'ADVANCE', 90_000_000n)).toBeNull();
    expect(paymentLimitProblem(limits, 'PAYMENT', 180_000_000n)).toBeNull();
  });

  it('refuses one đồng over, quoting the figures and the rounding', () => {
    const message = paymentLimitProblem(limits, 'ADVANCE', 90_000_001n)!;
    expect(message).toContain(formatVnd(90_000_001n));
    expect(message).toContain('70 %');
    expect(message).toContain('làm tròn xuống');
    expect(message).toContain(formatVnd(210_000_000n));
    expect(message).toContain(formatVnd(120_000_000n));
    expect(message).toContain(formatVnd(90_000_000n));
    expect(message).toContain(formatVnd(approved));
    expect(paymentLimitProblem(limits, 'PAYMENT', 180_000_001n)).toContain(`còn lại ${formatVnd(180_000_000n)}`);
  });

  it('refuses zero', () => {
    expect(paymentLimitProblem(limits, 'PAYMENT', 0n)).toMatch(/lớn hơn 0/);
  });
});

describe('paymentStateProblem', () => {
  it('advances between contract and acceptance, payments only after acceptance', () => {
    expect(paymentStateProblem('ADVANCE', 'IN_PROGRESS', 'X')).toBeNull();
    expect(paymentStateProblem('ADVANCE', 'ACCEPTED', 'X')).toMatch(/trước khi nghiệm thu/);
    expect(paymentStateProblem('PAYMENT', 'IN_PROGRESS', 'X')).toMatch(/sau khi nghiệm thu/);
    expect(paymentStateProblem('PAYMENT', 'CONTRACTED', 'X')).not.toBeNull();
    expect(paymentStateProblem('PAYMENT', 'ACCEPTED', 'X')).toBeNull();
    expect(paymentStateProblem('PAYMENT', 'STOPPED', 'X')).toMatch(/Đã dừng/);
    expect(paymentStateProblem('ADVANCE', 'STOPPED', 'X')).toMatch(/Đã dừng/);
  });
});
