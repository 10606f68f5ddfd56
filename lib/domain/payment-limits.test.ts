import { describe, expect, it } from 'vitest';
import { formatVnd } from './money';
import { computePaymentLimits, paymentLimitProblem, type CommittedPayment } from './payment-limits';

const approved = 300_000_000n;
const advance = (amountVnd: bigint): CommittedPayment => ({ kind: 'ADVANCE', amountVnd, advanceClearedVnd: 0n });
const payment = (amountVnd: bigint, advanceClearedVnd = 0n): CommittedPayment => ({ kind: 'PAYMENT', amountVnd, advanceClearedVnd });

describe('computePaymentLimits', () => {
  it('defaults to 70 % when neither the content nor the treasury sets a share', () => {
    const l = computePaymentLimits({ approvedSupportVnd: approved, advanceShareBp: null, treasuryCeilingBp: null, committed: [] });
    expect(l.advanceLimitVnd).toBe(210_000_000n);
    expect(l.remainingAdvanceVnd).toBe(210_000_000n);
    expect(l.remainingPaymentVnd).toBe(approved);
  });

  it('takes the stricter of the content share and the treasury ceiling', () => {
    expect(computePaymentLimits({ approvedSupportVnd: approved, advanceShareBp: 3000, treasuryCeilingBp: 7000, committed: [] }).advanceLimitVnd).toBe(90_000_000n);
    expect(computePaymentLimits({ approvedSupportVnd: approved, advanceShareBp: 10000, treasuryCeilingBp: 7000, committed: [] }).advanceLimitVnd).toBe(210_000_000n);
  });

  it('rounds the advance limit down to the đồng', () => {
    expect(computePaymentLimits({ approvedSupportVnd: 1_000_001n, advanceShareBp: 7000, treasuryCeilingBp: 7000, committed: [] }).advanceLimitVnd).toBe(700_000n);
  });

  it('sums advances and payments against the approved support', () => {
    const l = computePaymentLimits({
      approvedSupportVnd: approved,
      advanceShareBp: null,
      treasuryCeilingBp: null,
      committed: [advance(100_000_000n), payment(150_000_000n, 100_000_000n)],
    });
    expect(l.committedVnd).toBe(250_000_000n);
    expect(l.remainingPaymentVnd).toBe(50_000_000n);
    // 110 M advance room left, but only 50 M of the support.
    expect(l.remainingAdvanceVnd).toBe(50_000_000n);
    expect(l.outstandingAdvanceVnd).toBe(0n);
  });

  it('treats a missing approved support as nothing to pay', () => {
    const l = computePaymentLimits({ approvedSupportVnd: null, advanceShareBp: null, treasuryCeilingBp: null, committed: [] });
    expect(l.remainingPaymentVnd).toBe(0n);
    expect(paymentLimitProblem(l, 'PAYMENT', 1n)).toMatch(/chưa có kinh phí hỗ trợ được phê duyệt/);
  });
});

describe('paymentLimitProblem', () => {
  const limits = computePaymentLimits({ approvedSupportVnd: approved, advanceShareBp: null, treasuryCeilingBp: null, committed: [advance(120_000_000n)] });

  it('accepts an amount exactly at the limit', () => {
    expect(paymentLimitProblem(limits, 'ADVANCE', 90_000_000n)).toBeNull();
    expect(paymentLimitProblem(limits, 'PAYMENT', 180_000_000n)).toBeNull();
  });

  it('refuses one đồng over, quoting the figures', () => {
    const message = paymentLimitProblem(limits, 'ADVANCE', 90_000_001n)!;
    expect(message).toContain(formatVnd(90_000_001n));
    expect(message).toContain('70 %');
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
