// Dự toán chi tiết: the amount of each line and the đề án totals are computed here, on the server,
// from quantity × unit price (multiplyQuantity: half up to the đồng). A line's split — state support,
// counterpart, other — must add up to its amount; an error names the row and the figures.
import { formatVnd, multiplyQuantity, MoneyParseError, sumVnd, type Vnd } from './money';

export interface CostLineDraft {
  item: string;
  unit: string;
  /** Decimal string with at most 2 decimals ("1.5"). */
  quantity: string;
  unitPriceVnd: Vnd;
  stateSupportVnd: Vnd;
  counterpartVnd: Vnd;
  otherVnd: Vnd;
  facilityId: number | null;
}

export interface ComputedCostLine extends CostLineDraft {
  sortOrder: number;
  amountVnd: Vnd;
}

export interface CostTotals {
  totalCostVnd: Vnd;
  stateSupportVnd: Vnd;
  counterpartVnd: Vnd;
  otherFundingVnd: Vnd;
}

export type CostLinesResult =
  | { ok: true; lines: ComputedCostLine[]; totals: CostTotals }
  | { ok: false; message: string; fieldErrors: Record<string, string> };

export function totalsOf(lines: readonly Pick<ComputedCostLine, 'amountVnd' | 'stateSupportVnd' | 'counterpartVnd' | 'otherVnd'>[]): CostTotals {
  return {
    totalCostVnd: sumVnd(lines.map((l) => l.amountVnd)),
    stateSupportVnd: sumVnd(lines.map((l) => l.stateSupportVnd)),
    counterpartVnd: sumVnd(lines.map((l) => l.counterpartVnd)),
    otherFundingVnd: sumVnd(lines.map((l) => l.otherVnd)),
  };
}

/** "Dòng 2 (Máy ép gạch)" — how errors name a row. */
export function rowName(index: number, item: string): string {
  return `Dòng ${index + 1}${item.trim() ? ` (${item.trim()})` : ''}`;
}

/**
 * Computes amounts and totals, or says which rows are wrong. `facilityIds` are the đề án's
 * beneficiaries: a line may be attributed to one of them (group đề án), or to none (shared cost).
 */
export function computeCostLines(drafts: readonly CostLineDraft[], facilityIds: readonly number[]): CostLinesResult {
  const fieldErrors: Record<string, string> = {};
  const messages: string[] = [];
  const lines: ComputedCostLine[] = [];
  drafts.forEach((draft, index) => {
    const name = rowName(index, draft.item);
    let amount: Vnd;
    try {
      amount = multiplyQuantity(draft.quantity, draft.unitPriceVnd);
    } catch (error) {
      if (!(error instanceof MoneyParseError)) throw error;
      fieldErrors[`lines.${index}.quantity`] = error.message;
      messages.push(`${name}: ${error.message}.`);
      return;
    }
    const split = draft.stateSupportVnd + draft.counterpartVnd + draft.otherVnd;
    if (split !== amount) {
      const message =
        `${name}: ngân sách hỗ trợ + đối ứng + nguồn khác = ${formatVnd(split)}, ` +
        `không bằng thành tiền ${formatVnd(amount)} (chênh ${formatVnd(split > amount ? split - amount : amount - split)}).`;
      fieldErrors[`lines.${index}.stateSupportVnd`] = message;
      messages.push(message);
    }
    if (draft.facilityId !== null && !facilityIds.includes(draft.facilityId)) {
      const message = `${name}: cơ sở được chọn không phải cơ sở thụ hưởng của đề án.`;
      fieldErrors[`lines.${index}.facilityId`] = message;
      messages.push(message);
    }
    lines.push({ ...draft, item: draft.item.trim(), unit: draft.unit.trim(), sortOrder: index + 1, amountVnd: amount });
  });
  if (messages.length > 0) return { ok: false, message: messages.join(' '), fieldErrors };
  return { ok: true, lines, totals: totalsOf(lines) };
}
