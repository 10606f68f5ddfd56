// Percentages: one rule, one place. A percentage is computed exactly from whole numbers (BigInt,
// no floating point), then rounded once, half up, to one decimal: 9,75 % → 9,8 %; 1/3 → 33,3 %.
// The result is a number of tenths of a percent, so nothing downstream rounds again.

/** The rule as people read it under every table or card that shows a percentage. */
export const PERCENT_ROUNDING_RULE = 'Tỷ lệ % làm tròn 1 chữ số thập phân (từ 5 trở lên làm tròn lên).';

/** A share part / whole of whole numbers (counts, đồng). */
export interface Ratio {
  part: bigint | number;
  whole: bigint | number;
}

function toBig(value: bigint | number): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`Percentages are computed from whole numbers, got ${value}`);
  return BigInt(value);
}

/** num / den rounded half up (num ≥ 0, den > 0). */
function divideHalfUp(num: bigint, den: bigint): bigint {
  return (num * 2n + den) / (den * 2n);
}

/** Tenths of a percent → the figure with one decimal (387 → 38.7). Exact for any safe integer. */
function fromTenths(tenths: bigint): number {
  const n = Number(tenths);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Percentage ${tenths} tenths is outside the safe range`);
  return n / 10;
}

/** part / whole × 100, one decimal, half up; null when whole is 0 or less (nothing to compare with). */
export function percent(part: bigint | number, whole: bigint | number): number | null {
  const p = toBig(part);
  const w = toBig(whole);
  if (w <= 0n) return null;
  return fromTenths(divideHalfUp(p * 1000n, w));
}

/**
 * The average of several shares, each optionally capped at 100 %, rounded once at the end.
 * Summed as fractions over a common denominator, so 7/40 and 1/50 average to exactly 9,75 % → 9,8 %.
 * Shares whose whole is 0 or less are skipped; null when none is left.
 */
export function averagePercent(ratios: readonly Ratio[], options: { capAtWhole: boolean }): number | null {
  let num = 0n;
  let den = 1n;
  let count = 0n;
  for (const r of ratios) {
    const whole = toBig(r.whole);
    if (whole <= 0n) continue;
    let part = toBig(r.part);
    if (options.capAtWhole && part > whole) part = whole;
    num = num * whole + part * den;
    den *= whole;
    count += 1n;
  }
  if (count === 0n) return null;
  return fromTenths(divideHalfUp(num * 1000n, den * count));
}

const DISPLAY = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: 1 });
const BASIS_POINTS = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** 33.3 → "33,3 %"; "—" when there is nothing to compare with. */
export function formatPercent(value: number | null): string {
  if (value === null) return '—';
  return `${DISPLAY.format(value)} %`;
}

/** A rate stored exactly in basis points, shown without the sign: 5000 → "50", 3333 → "33,33". */
export function formatBasisPoints(bp: number): string {
  return BASIS_POINTS.format(bp / 100);
}

/** A rate stored in basis points, with its sign: 7000 → "70 %", 3333 → "33,33 %". */
export function formatRateBp(bp: number): string {
  return `${formatBasisPoints(bp)} %`;
}

/**
 * Khối lượng hoàn thành, stored as a whole percent (Project.progressPercent). The one exception to
 * half-up, on purpose: it rounds down and stops at 100, so 199 of 200 delivered reads 99 %, never
 * a completion that did not happen. null when there is no target to measure against.
 */
export function completedWholePercent(part: bigint | number, whole: bigint | number): number | null {
  const p = toBig(part);
  const w = toBig(whole);
  if (w <= 0n) return null;
  const floor = (p * 100n) / w;
  return Number(floor > 100n ? 100n : floor);
}
