// The one rule that keeps tạm ứng and thanh toán within what may be paid (DOMAIN.md "Money").
// Pure: the server builds the đề án's money position under a row lock
// (lib/server/payments/payment-limit-guard.ts) and refuses what this says does not fit.
import type { ProjectStatus } from '@/prisma/generated/client/enums';
import { PROJECT_ADVANCE_STATES, PROJECT_FINAL_PAYMENT_STATES, PROJECT_LIFECYCLE } from './lifecycle/project';
import { formatVnd, minVnd, shareOfVnd, type Vnd } from './money';
import { formatRateBp } from './percent';
import type { MoneyPosition } from './money-position';

/** Advance share by content when the category sets none: 70 % for most contents [PARAM]. */
export const DEFAULT_ADVANCE_SHARE_BP = 7000;
/** The treasury's general advance ceiling when no Parameter is configured: 70 % of the support [PARAM]. */
export const DEFAULT_TREASURY_ADVANCE_CEILING_BP = 7000;

/** Stated on screen next to every advance ceiling: the one rounding rule of advances. */
export const ADVANCE_ROUNDING_NOTE = 'Mức tạm ứng = tỷ lệ × kinh phí hỗ trợ, làm tròn xuống đến đồng (không bao giờ vượt tỷ lệ).';

export type PaymentKindValue = 'ADVANCE' | 'PAYMENT';

export interface PaymentLimitInput {
  position: MoneyPosition;
  /** ContentCategory.advanceShareBp; null → DEFAULT_ADVANCE_SHARE_BP. */
  advanceShareBp: number | null;
  /** Parameter TREASURY_ADVANCE_CEILING_BP; null → DEFAULT_TREASURY_ADVANCE_CEILING_BP. */
  treasuryCeilingBp: number | null;
}

export interface PaymentLimits {
  position: MoneyPosition;
  approvedSupportVnd: Vnd;
  advanceShareBp: number;
  treasuryCeilingBp: number;
  /** The advance base: the approved support, or the contracted support when lower. */
  advanceBaseVnd: Vnd;
  /** The stricter of the content share and the treasury ceiling of the base, rounded down. */
  advanceLimitVnd: Vnd;
  /** Advances in every committed state (draft, sent, paid). */
  advancedVnd: Vnd;
  /** Payments in every committed state. */
  paymentsVnd: Vnd;
  /** Every đồng committed less what was refunded: what must stay ≤ the ceiling. */
  committedVnd: Vnd;
  outstandingAdvanceVnd: Vnd;
  remainingAdvanceVnd: Vnd;
  remainingPaymentVnd: Vnd;
}

const nonNegative = (v: Vnd): Vnd => (v < 0n ? 0n : v);
const percent = formatRateBp;

export function computePaymentLimits(input: PaymentLimitInput): PaymentLimits {
  const p = input.position;
  const advanceShareBp = input.advanceShareBp ?? DEFAULT_ADVANCE_SHARE_BP;
  const treasuryCeilingBp = input.treasuryCeilingBp ?? DEFAULT_TREASURY_ADVANCE_CEILING_BP;
  const advanceBaseVnd = p.contractedVnd === null ? p.approvedVnd : minVnd(p.approvedVnd, p.contractedVnd);
  const advanceLimitVnd = shareOfVnd(advanceBaseVnd, Math.min(advanceShareBp, treasuryCeilingBp));
  const committedVnd = p.committedAdvanceVnd + p.committedPaymentVnd - p.refundedVnd;
  const remainingPaymentVnd = nonNegative(p.ceilingVnd - committedVnd);
  return {
    position: p,
    approvedSupportVnd: p.approvedVnd,
    advanceShareBp,
    treasuryCeilingBp,
    advanceBaseVnd,
    advanceLimitVnd,
    advancedVnd: p.committedAdvanceVnd,
    paymentsVnd: p.committedPaymentVnd,
    committedVnd,
    outstandingAdvanceVnd: p.outstandingAdvanceVnd,
    // An advance must fit both its own ceiling and what is left of the whole support.
    remainingAdvanceVnd: minVnd(nonNegative(advanceLimitVnd - p.committedAdvanceVnd), remainingPaymentVnd),
    remainingPaymentVnd,
  };
}

/** Null when a request of `kind` may be made (or paid) while the đề án is in `status`. */
export function paymentStateProblem(kind: PaymentKindValue, status: ProjectStatus, code: string): string | null {
  const allowed = kind === 'ADVANCE' ? PROJECT_ADVANCE_STATES : PROJECT_FINAL_PAYMENT_STATES;
  if (allowed.includes(status)) return null;
  const label = PROJECT_LIFECYCLE.statusLabels[status];
  return kind === 'ADVANCE'
    ? `Đề án ${code} đang "${label}": chỉ tạm ứng sau khi ký hợp đồng và trước khi nghiệm thu.`
    : `Đề án ${code} đang "${label}": chỉ thanh toán sau khi nghiệm thu đạt.`;
}

/** The figures a payment ceiling is made of, as one sentence. */
function ceilingSentence(p: MoneyPosition): string {
  const parts = [`hỗ trợ được phê duyệt ${formatVnd(p.approvedVnd)}`];
  if (p.contractedVnd !== null) parts.push(`hỗ trợ theo hợp đồng ${formatVnd(p.contractedVnd)}`);
  if (p.eligibleAcceptedVnd !== null) parts.push(`phần ngân sách của giá trị nghiệm thu ${formatVnd(p.eligibleAcceptedVnd)}`);
  return `Mức được chi là số nhỏ nhất của: ${parts.join(', ')} = ${formatVnd(p.ceilingVnd)}.`;
}

/**
 * Null when `amountVnd` of `kind` fits; otherwise the Vietnamese refusal quoting the figures
 * (ceiling and what it is made of, already committed, what is left).
 */
export function paymentLimitProblem(limits: PaymentLimits, kind: PaymentKindValue, amountVnd: Vnd): string | null {
  if (amountVnd <= 0n) return 'Số tiền đề nghị phải lớn hơn 0 ₫.';
  if (limits.approvedSupportVnd <= 0n) return 'Đề án chưa có kinh phí hỗ trợ được phê duyệt nên chưa thể tạm ứng, thanh toán.';
  const total = `${ceilingSentence(limits.position)} Đã đề nghị/chi ${formatVnd(limits.committedVnd)}, còn lại ${formatVnd(limits.remainingPaymentVnd)}.`;
  if (kind === 'ADVANCE') {
    if (amountVnd <= limits.remainingAdvanceVnd) return null;
    const shareBp = Math.min(limits.advanceShareBp, limits.treasuryCeilingBp);
    return (
      `Số tiền tạm ứng ${formatVnd(amountVnd)} vượt mức được tạm ứng. ` +
      `Mức tạm ứng tối đa ${percent(shareBp)} của ${formatVnd(limits.advanceBaseVnd)} = ${formatVnd(limits.advanceLimitVnd)} (làm tròn xuống), đã tạm ứng ${formatVnd(limits.advancedVnd)}, ` +
      `còn được tạm ứng ${formatVnd(limits.remainingAdvanceVnd)}. ${total}`
    );
  }
  if (amountVnd <= limits.remainingPaymentVnd) return null;
  return `Số tiền thanh toán ${formatVnd(amountVnd)} vượt kinh phí còn được thanh toán. ${total}`;
}
