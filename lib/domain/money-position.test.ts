import { describe, expect, it } from 'vitest';
import { cancellableAtSettlement, computeMoneyPosition, eligibleShareOf, type MoneyPositionInput, type PositionRequest } from './money-position';

const req = (kind: 'ADVANCE' | 'PAYMENT', status: PositionRequest['status'], amountVnd: bigint, advanceClearedVnd = 0n): PositionRequest => ({ kind, status, amountVnd, advanceClearedVnd });
const base: MoneyPositionInput = {
  approvedSupportVnd: 300_000_000n,
  contractedSupportVnd: null,
  acceptedValueVnd: null,
  stateSupportVnd: 300_000_000n,
  totalCostVnd: 600_000_000n,
  requests: [],
  refundedVnd: 0n,
  cancelledVnd: 0n,
};

describe('computeMoneyPosition', () => {
  it('ceiling is the approved support until a contract and an acceptance lower it', () => {
    expect(computeMoneyPosition(base).ceilingVnd).toBe(300_000_000n);
    expect(computeMoneyPosition({ ...base, contractedSupportVnd: 280_000_000n }).ceilingVnd).toBe(280_000_000n);
    // 500 M accepted × 300/600 = 250 M eligible
    const p = computeMoneyPosition({ ...base, contractedSupportVnd: 280_000_000n, acceptedValueVnd: 500_000_000n });
    expect(p.eligibleAcceptedVnd).toBe(250_000_000n);
    expect(p.ceilingVnd).toBe(250_000_000n);
    // a contract above the approved support never raises the ceiling
    expect(computeMoneyPosition({ ...base, contractedSupportVnd: 400_000_000n }).ceilingVnd).toBe(300_000_000n);
  });

  it('rounds the eligible share down to the đồng', () => {
    expect(eligibleShareOf(100n, 1n, 3n)).toBe(33n);
    expect(eligibleShareOf(1_000_000n, 0n, 0n)).toBe(0n);
  });

  it('separates requested, sent and what the Kho bạc paid', () => {
    const p = computeMoneyPosition({
      ...base,
      requests: [req('ADVANCE', 'PAID', 100_000_000n), req('ADVANCE', 'SENT_TO_TREASURY', 50_000_000n), req('PAYMENT', 'DRAFT', 20_000_000n), req('ADVANCE', 'REFUSED', 9n), req('PAYMENT', 'CANCELLED', 7n)],
    });
    expect(p.requestedVnd).toBe(170_000_000n);
    expect(p.sentVnd).toBe(50_000_000n);
    expect(p.advancedVnd).toBe(100_000_000n);
    expect(p.paidVnd).toBe(0n);
    expect(p.committedAdvanceVnd).toBe(150_000_000n);
    expect(p.committedPaymentVnd).toBe(20_000_000n);
    expect(p.owedVnd).toBe(200_000_000n);
  });

  it('a paid payment clears the advance', () => {
    const p = computeMoneyPosition({ ...base, requests: [req('ADVANCE', 'PAID', 100_000_000n), req('PAYMENT', 'PAID', 150_000_000n, 100_000_000n)] });
    expect(p.outstandingAdvanceVnd).toBe(0n);
    expect(p.disbursedVnd).toBe(250_000_000n);
    const open = computeMoneyPosition({ ...base, requests: [req('ADVANCE', 'PAID', 100_000_000n), req('PAYMENT', 'DRAFT', 150_000_000n, 100_000_000n)] });
    expect(open.outstandingAdvanceVnd).toBe(100_000_000n);
    expect(open.clearableAdvanceVnd).toBe(0n);
  });

  it('owes exactly the ceiling and not one đồng more; one đồng past is to refund', () => {
    const accepted = { ...base, contractedSupportVnd: 300_000_000n, acceptedValueVnd: 500_000_000n }; // ceiling 250 M
    const at = computeMoneyPosition({ ...accepted, requests: [req('ADVANCE', 'PAID', 250_000_000n)] });
    expect(at.owedVnd).toBe(0n);
    expect(at.toRefundVnd).toBe(0n);
    const past = computeMoneyPosition({ ...accepted, requests: [req('ADVANCE', 'PAID', 250_000_001n)] });
    expect(past.toRefundVnd).toBe(1n);
    expect(past.owedVnd).toBe(0n);
    const short = computeMoneyPosition({ ...accepted, requests: [req('ADVANCE', 'PAID', 249_999_999n)] });
    expect(short.owedVnd).toBe(1n);
  });

  it('balances an advance, a partial payment, a refund and a cancelled remainder to the đồng', () => {
    // approved 300 M, accepted eligible 200 M; advance 150 M + payment 60 M = 210 M; refund 10 M; cancel 90 M
    const input = { ...base, contractedSupportVnd: 300_000_000n, acceptedValueVnd: 400_000_000n, requests: [req('ADVANCE', 'PAID', 150_000_000n), req('PAYMENT', 'PAID', 60_000_000n, 150_000_000n)] };
    const before = computeMoneyPosition(input);
    expect(before.toRefundVnd).toBe(10_000_000n);
    expect(before.settled).toBe(false);
    const refunded = computeMoneyPosition({ ...input, refundedVnd: 10_000_000n });
    expect(refunded.toRefundVnd).toBe(0n);
    expect(cancellableAtSettlement(refunded)).toBe(90_000_000n);
    const settled = computeMoneyPosition({ ...input, refundedVnd: 10_000_000n, cancelledVnd: 90_000_000n });
    expect(settled.remainingVnd).toBe(0n);
    expect(settled.settled).toBe(true);
    expect(settled.disbursedVnd - settled.refundedVnd + settled.refundedVnd + settled.cancelledVnd).toBe(settled.approvedVnd);
    // one đồng short of the cancelled remainder is not settled
    expect(computeMoneyPosition({ ...input, refundedVnd: 10_000_000n, cancelledVnd: 89_999_999n }).settled).toBe(false);
  });
});
