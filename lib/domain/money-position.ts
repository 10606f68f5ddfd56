// The one money position of a đề án (DOMAIN.md "Money"). Every screen, export and guard that says
// how much was approved, paid, is owed or must be refunded reads it from here — never its own sum.
// Pure: the server loads the đề án's contracts, passed acceptances, requests and refunds and hands
// them over (lib/server/payments/find-money-position.ts).
import type { PaymentKind, PaymentStatus } from '@/prisma/generated/client/enums';
import { minVnd, sumVnd, type Vnd } from './money';

export interface PositionRequest {
  kind: PaymentKind;
  status: PaymentStatus;
  amountVnd: Vnd;
  /** Advances a payment clears (only PAYMENT rows carry it). */
  advanceClearedVnd: Vnd;
}

export interface MoneyPositionInput {
  approvedSupportVnd: Vnd | null;
  /** Support written in the signed contracts; null before any contract. */
  contractedSupportVnd: Vnd | null;
  /** Value accepted by passed acceptances; null before acceptance. */
  acceptedValueVnd: Vnd | null;
  /** The đề án's estimate: its state share of the cost is the eligible share of the accepted value. */
  stateSupportVnd: Vnd;
  totalCostVnd: Vnd;
  requests: readonly PositionRequest[];
  /** Nộp trả ngân sách recorded (Refund rows). */
  refundedVnd: Vnd;
  /** Approved support given up at settlement; 0 before. */
  cancelledVnd: Vnd;
}

export interface MoneyPosition {
  approvedVnd: Vnd;
  contractedVnd: Vnd | null;
  acceptedValueVnd: Vnd | null;
  /** accepted value × (state support ÷ total cost), rounded down to the đồng. */
  eligibleAcceptedVnd: Vnd | null;
  /** min(approved, contracted, eligible share of accepted) over the figures known so far. */
  ceilingVnd: Vnd;
  /** Requests in every committed state (draft, sent, paid). */
  requestedVnd: Vnd;
  /** Requests waiting at the Kho bạc. */
  sentVnd: Vnd;
  /** Advances the Kho bạc paid. */
  advancedVnd: Vnd;
  /** Payments (thanh toán) the Kho bạc paid, net of the advances they clear. */
  paidVnd: Vnd;
  /** advanced + paid: money that left the budget. */
  disbursedVnd: Vnd;
  /** Paid advances not yet cleared by a paid payment. */
  outstandingAdvanceVnd: Vnd;
  committedAdvanceVnd: Vnd;
  committedPaymentVnd: Vnd;
  /** Committed advances no committed payment clears yet: what the next payment clears. */
  clearableAdvanceVnd: Vnd;
  refundedVnd: Vnd;
  /** (disbursed − refunded) − ceiling, when positive: what the beneficiary must pay back. */
  toRefundVnd: Vnd;
  /** ceiling − (disbursed − refunded), when positive: what the state still owes. */
  owedVnd: Vnd;
  cancelledVnd: Vnd;
  /** approved − disbursed − cancelled: approved money neither spent nor given up yet. */
  remainingVnd: Vnd;
  /** approved = (disbursed − refunded) + refunded + cancelled, nothing owed or to refund. */
  settled: boolean;
}

const positive = (v: Vnd): Vnd => (v < 0n ? 0n : v);

/** The state's share of the accepted value, rounded down (support never grows by rounding). */
export function eligibleShareOf(acceptedValueVnd: Vnd, stateSupportVnd: Vnd, totalCostVnd: Vnd): Vnd {
  if (totalCostVnd <= 0n) return 0n;
  return (acceptedValueVnd * stateSupportVnd) / totalCostVnd;
}

export function computeMoneyPosition(input: MoneyPositionInput): MoneyPosition {
  const approvedVnd = input.approvedSupportVnd ?? 0n;
  const eligibleAcceptedVnd = input.acceptedValueVnd === null ? null : eligibleShareOf(input.acceptedValueVnd, input.stateSupportVnd, input.totalCostVnd);
  let ceilingVnd = approvedVnd;
  if (input.contractedSupportVnd !== null) ceilingVnd = minVnd(ceilingVnd, input.contractedSupportVnd);
  if (eligibleAcceptedVnd !== null) ceilingVnd = minVnd(ceilingVnd, eligibleAcceptedVnd);

  const sum = (kind: PaymentKind | null, statuses: readonly PaymentStatus[]) =>
    sumVnd(input.requests.filter((r) => (kind === null || r.kind === kind) && statuses.includes(r.status)).map((r) => r.amountVnd));
  const committed: readonly PaymentStatus[] = ['DRAFT', 'SENT_TO_TREASURY', 'PAID'];
  const advancedVnd = sum('ADVANCE', ['PAID']);
  const paidVnd = sum('PAYMENT', ['PAID']);
  const clearedVnd = sumVnd(input.requests.filter((r) => r.kind === 'PAYMENT' && r.status === 'PAID').map((r) => r.advanceClearedVnd));
  const disbursedVnd = advancedVnd + paidVnd;
  const keptVnd = disbursedVnd - input.refundedVnd;
  const toRefundVnd = positive(keptVnd - ceilingVnd);
  const owedVnd = positive(ceilingVnd - keptVnd);
  const remainingVnd = approvedVnd - disbursedVnd - input.cancelledVnd;
  return {
    approvedVnd,
    contractedVnd: input.contractedSupportVnd,
    acceptedValueVnd: input.acceptedValueVnd,
    eligibleAcceptedVnd,
    ceilingVnd,
    requestedVnd: sum(null, committed),
    sentVnd: sum(null, ['SENT_TO_TREASURY']),
    advancedVnd,
    paidVnd,
    disbursedVnd,
    outstandingAdvanceVnd: positive(advancedVnd - clearedVnd),
    committedAdvanceVnd: sum('ADVANCE', committed),
    committedPaymentVnd: sum('PAYMENT', committed),
    clearableAdvanceVnd: positive(
      sum('ADVANCE', committed) - sumVnd(input.requests.filter((r) => r.kind === 'PAYMENT' && committed.includes(r.status)).map((r) => r.advanceClearedVnd)),
    ),
    refundedVnd: input.refundedVnd,
    toRefundVnd,
    owedVnd,
    cancelledVnd: input.cancelledVnd,
    remainingVnd,
    settled: approvedVnd > 0n && remainingVnd === 0n && toRefundVnd === 0n && owedVnd === 0n && keptVnd + input.refundedVnd + input.cancelledVnd === approvedVnd,
  };
}

/** The approved support a settlement gives up: what was approved and never disbursed. */
export function cancellableAtSettlement(position: MoneyPosition): Vnd {
  return positive(position.approvedVnd - position.disbursedVnd - position.cancelledVnd);
}
