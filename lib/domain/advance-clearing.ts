// Thu hồi tạm ứng (DOMAIN.md "Advances"): an advance is cleared by the payment after acceptance; it
// must be cleared once the work reaches a share of the contract value [PARAM
// ADVANCE_CLEARING_THRESHOLD_BP, default 80 %] and at the latest by the end of the đề án's budget
// year. Pure: the server passes the position, the contract value, the year and today.
import { isoDateVn } from './format';
import { formatVnd, shareOfVnd, type Vnd } from './money';
import type { MoneyPosition } from './money-position';

/** Thông tư 08/2016/TT-BTC (as amended), Điều 8: clear advances when 80 % of the contract value is reached. */
export const DEFAULT_ADVANCE_CLEARING_THRESHOLD_BP = 8000;

export interface AdvanceClearingInput {
  /** The parts of the money position the rule reads: the advance still open and the accepted value. */
  position: Pick<MoneyPosition, 'outstandingAdvanceVnd' | 'acceptedValueVnd'>;
  /** Total value of the signed contracts; null before a contract. */
  contractValueVnd: Vnd | null;
  /** The đề án's budget year: advances lapse at its end (31/12). */
  year: number;
  thresholdBp: number | null;
  today: Date;
}

export interface OverdueAdvance {
  outstandingVnd: Vnd;
  /** Why the advance should already be cleared, in Vietnamese. */
  reason: string;
}

/** Null when no advance is open or none is yet due for clearing; otherwise what and why. */
export function overdueAdvance(input: AdvanceClearingInput): OverdueAdvance | null {
  const outstandingVnd = input.position.outstandingAdvanceVnd;
  if (outstandingVnd <= 0n) return null;
  const reasons: string[] = [];
  const bp = input.thresholdBp ?? DEFAULT_ADVANCE_CLEARING_THRESHOLD_BP;
  const accepted = input.position.acceptedValueVnd;
  if (input.contractValueVnd !== null && input.contractValueVnd > 0n && accepted !== null) {
    const threshold = shareOfVnd(input.contractValueVnd, bp);
    if (accepted >= threshold) {
      reasons.push(`giá trị nghiệm thu ${formatVnd(accepted)} đã đạt ${(bp / 100).toLocaleString('vi-VN')} % giá trị hợp đồng (${formatVnd(threshold)})`);
    }
  }
  // The budget year ends on 31/12 in Vietnam, whatever the server's time zone.
  if (isoDateVn(input.today) > `${input.year}-12-31`) reasons.push(`đã hết năm ngân sách ${input.year} (31/12/${input.year})`);
  if (reasons.length === 0) return null;
  return { outstandingVnd, reason: `Tạm ứng ${formatVnd(outstandingVnd)} chưa thu hồi: ${reasons.join('; ')}.` };
}
