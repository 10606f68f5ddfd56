// The one rule that keeps tạm ứng and thanh toán within what was approved (DOMAIN.md "Money").
// Pure: the server feeds it the committed requests it summed under a row lock
// (lib/server/payments/payment-limit-guard.ts) and refuses what this says does not fit.
import { formatVnd, minVnd, shareOfVnd, sumVnd, type Vnd } from './money';
import { formatRateBp } from './percent';

/** Advance share by content when the category sets none: 70 % for most contents [PARAM]. */
export const DEFAULT_ADVANCE_SHARE_BP = 7000;
/** The treasury's general advance ceiling when no Parameter is configured: 70 % of the support [PARAM]. */
export const DEFAULT_TREASURY_ADVANCE_CEILING_BP = 7000;

export type PaymentKindValue = 'ADVANCE' | 'PAYMENT';

export interface CommittedPayment {
  kind: PaymentKindValue;
  amountVnd: Vnd;
  /** Advances settled by a payment (only PAYMENT rows carry it). */
  advanceClearedVnd: Vnd;
}

export interface PaymentLimitInput {
  approvedSupportVnd: Vnd | null;
  /** ContentCategory.advanceShareBp; null → DEFAULT_ADVANCE_SHARE_BP. */
  advanceShareBp: number | null;
  /** Parameter TREASURY_ADVANCE_CEILING_BP; null → DEFAULT_TREASURY_ADVANCE_CEILING_BP. */
  treasuryCeilingBp: number | null;
  /** Requests in PAYMENT_COMMITTED_STATES (draft, sent, paid) — never refused or cancelled ones. */
  committed: readonly CommittedPayment[];
}

export interface PaymentLimits {
  approvedSupportVnd: Vnd;
  advanceShareBp: number;
  treasuryCeilingBp: number;
  /** The stricter of the content share and the treasury ceiling, as money (rounded down). */
  advanceLimitVnd: Vnd;
  advancedVnd: Vnd;
  paymentsVnd: Vnd;
  /** Every đồng committed (advances + payments): what must stay ≤ the approved support. */
  committedVnd: Vnd;
  /** Advances not yet cleared by a payment. */
  outstandingAdvanceVnd: Vnd;
  remainingAdvanceVnd: Vnd;
  remainingPaymentVnd: Vnd;
}

const nonNegative = (v: Vnd): Vnd => (v < 0n ? 0n : v);

const percent = formatRateBp;

export function computePaymentLimits(input: PaymentLimitInput): PaymentLimits {
  const approved = input.approvedSupportVnd ?? 0n;
  const advanceShareBp = input.advanceShareBp ?? DEFAULT_ADVANCE_SHARE_BP;
  const treasuryCeilingBp = input.treasuryCeilingBp ?? DEFAULT_TREASURY_ADVANCE_CEILING_BP;
  const advanceLimitVnd = shareOfVnd(approved, Math.min(advanceShareBp, treasuryCeilingBp));
  const advances = input.committed.filter((c) => c.kind === 'ADVANCE');
  const payments = input.committed.filter((c) => c.kind === 'PAYMENT');
  const advancedVnd = sumVnd(advances.map((c) => c.amountVnd));
  const paymentsVnd = sumVnd(payments.map((c) => c.amountVnd));
  const committedVnd = advancedVnd + paymentsVnd;
  const remainingPaymentVnd = nonNegative(approved - committedVnd);
  return {
    approvedSupportVnd: approved,
    advanceShareBp,
    treasuryCeilingBp,
    advanceLimitVnd,
    advancedVnd,
    paymentsVnd,
    committedVnd,
    outstandingAdvanceVnd: nonNegative(advancedVnd - sumVnd(payments.map((c) => c.advanceClearedVnd))),
    // An advance must fit both its own ceiling and what is left of the whole support.
    remainingAdvanceVnd: minVnd(nonNegative(advanceLimitVnd - advancedVnd), remainingPaymentVnd),
    remainingPaymentVnd,
  };
}

/**
 * Null when `amountVnd` of `kind` fits; otherwise the Vietnamese refusal quoting the figures
 * (approved support, limit, already committed, what is left).
 */
export function paymentLimitProblem(limits: PaymentLimits, kind: PaymentKindValue, amountVnd: Vnd): string | null {
  if (amountVnd <= 0n) return 'Số tiền đề nghị phải lớn hơn 0 ₫.';
  if (limits.approvedSupportVnd <= 0n) return 'Đề án chưa có kinh phí hỗ trợ được phê duyệt nên chưa thể tạm ứng, thanh toán.';
  const total = `Kinh phí hỗ trợ được phê duyệt ${formatVnd(limits.approvedSupportVnd)}, đã đề nghị/chi ${formatVnd(limits.committedVnd)}, còn lại ${formatVnd(limits.remainingPaymentVnd)}.`;
  if (kind === 'ADVANCE') {
    if (amountVnd <= limits.remainingAdvanceVnd) return null;
    const shareBp = Math.min(limits.advanceShareBp, limits.treasuryCeilingBp);
    return (
      `Số tiền tạm ứng ${formatVnd(amountVnd)} vượt mức được tạm ứng. ` +
      `Mức tạm ứng tối đa ${percent(shareBp)} kinh phí hỗ trợ = ${formatVnd(limits.advanceLimitVnd)}, đã tạm ứng ${formatVnd(limits.advancedVnd)}, ` +
      `còn được tạm ứng ${formatVnd(limits.remainingAdvanceVnd)}. ${total}`
    );
  }
  if (amountVnd <= limits.remainingPaymentVnd) return null;
  return `Số tiền thanh toán ${formatVnd(amountVnd)} vượt kinh phí còn được thanh toán. ${total}`;
}
