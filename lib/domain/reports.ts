// Report rules that are not I/O: which đề án a report counts, what a period is, and how ratios are
// rounded — once, from exact integers, by the rule the screen states beside the figure.
import type { ProjectStatus } from './lifecycle/project';
import { PAYMENT_PAID_STATES } from './lifecycle/payment';
import { PROJECT_ACHIEVED_STATES } from './lifecycle/project';
import { toSafeNumber } from './money';
import { formatPercent as formatPercentOnce, percent, PERCENT_ROUNDING_RULE } from './percent';

/** A live đề án counts in reports once approved (funds assigned) and until closed; not stopped or rejected. */
export const REPORTED_PROJECT_STATES: readonly ProjectStatus[] = ['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'UNDER_ACCEPTANCE', ...PROJECT_ACHIEVED_STATES];

/** "Done" in plan-vs-done: accepted, liquidated, settled or closed. */
export const DONE_PROJECT_STATES: readonly ProjectStatus[] = PROJECT_ACHIEVED_STATES;

/** Historical per-đề án states that count as done. */
export const DONE_HISTORY_STATES = ['ACCEPTED', 'SETTLED'] as const;
/** Historical per-đề án states that count in reports (a stopped đề án does not). */
export const REPORTED_HISTORY_STATES = ['APPROVED', 'ACCEPTED', 'SETTLED'] as const;

export const PERCENT_RULE = `Tỷ lệ % tính chính xác từ số nguyên rồi làm tròn một lần. ${PERCENT_ROUNDING_RULE}`;
export const LEVERAGE_RULE = 'Hệ số huy động = (vốn đối ứng + nguồn khác) ÷ hỗ trợ từ ngân sách, tính chính xác rồi làm tròn một lần đến 2 chữ số thập phân (từ 5 trở lên làm tròn lên).';

/** part / whole × 100, one decimal, half up; null when whole is 0 (the one rule of lib/domain/percent.ts). */
export function reportPercent(part: bigint, whole: bigint): number | null {
  return percent(part, whole);
}

/** mobilised / state, two decimals, half up; null when there is no state support. */
export function leverage(mobilisedVnd: bigint, stateVnd: bigint): number | null {
  if (stateVnd <= 0n) return null;
  const hundredths = (mobilisedVnd * 200n + stateVnd) / (stateVnd * 2n);
  return toSafeNumber(hundredths) / 100;
}

// Made once: an Intl formatter costs far more to build than to use (the report formats thousands of cells).
const TWO_DECIMALS = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatPercent(value: number | null): string {
  return formatPercentOnce(value);
}

export function formatLeverage(value: number | null): string {
  return value === null ? '—' : TWO_DECIMALS.format(value);
}

/** A report's period: years from..to inclusive. */
export interface ReportPeriod {
  yearFrom: number;
  yearTo: number;
}

/**
 * Whether an aggregate history row (which covers yearFrom..yearTo and cannot be split by year)
 * lies wholly inside the period. Rows that straddle it are left out and counted in a note.
 */
export function aggregateInside(row: ReportPeriod, period: ReportPeriod): boolean {
  return row.yearFrom >= period.yearFrom && row.yearTo <= period.yearTo;
}

/** Money counts as disbursed once the treasury paid it. */
export const DISBURSED_PAYMENT_STATES = PAYMENT_PAID_STATES;

/**
 * A historical đề án counts as disbursed (paid = its state support) once settled; an aggregate row
 * of an old report states money already spent, so it counts as paid in full (decision 0029).
 */
export const DISBURSED_HISTORY_STATES = ['SETTLED'] as const;

/** Planned = the items accepted into a plan the UBND decided. */
export const APPROVED_PLAN_STATES = ['DECIDED'] as const;
export const ACCEPTED_PLAN_ITEM_REVIEWS = ['ACCEPTED'] as const;
