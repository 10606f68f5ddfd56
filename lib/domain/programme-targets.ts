// Rules of one appendix row (chỉ tiêu): the yearly values, the total as written on paper, and
// whether the two agree. An empty cell means "not planned" — it is not zero and is never filled in.
// A total that differs from the sum of the years is shown to people with both numbers; it is never
// corrected by the portal, because the approved paper is what it is (seed 001, group II item 7).

export interface TargetFigures {
  values: readonly (number | null)[];
  statedTotal: number | null;
}

/** Sum of the planned years, or null when no year is planned. */
export function sumOfYears(values: readonly (number | null)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (v !== null) sum = (sum ?? 0) + v;
  return sum;
}

export interface TargetConsistency {
  consistent: boolean;
  sumOfYears: number | null;
  statedTotal: number | null;
}

/**
 * A row is consistent when its written total equals the sum of its years. Both empty is consistent
 * (a content the programme lists but does not plan); one empty and the other not is not.
 */
export function targetConsistency(target: TargetFigures): TargetConsistency {
  const sum = sumOfYears(target.values);
  return { consistent: sum === target.statedTotal, sumOfYears: sum, statedTotal: target.statedTotal };
}

/** Vietnamese wording of an inconsistency, naming both numbers. */
export function inconsistencyMessage(c: TargetConsistency): string {
  const total = c.statedTotal === null ? 'để trống' : String(c.statedTotal);
  const sum = c.sumOfYears === null ? 'không có năm nào có số liệu' : String(c.sumOfYears);
  return `Tổng ghi (${total}) khác tổng các năm (${sum})`;
}

/** The value planned for one year of the programme, or null when that year is not planned. */
export function valueForYear(target: TargetFigures, years: readonly number[], year: number): number | null {
  const index = years.indexOf(year);
  return index < 0 ? null : (target.values[index] ?? null);
}

/** The years of a programme period, inclusive: 2026–2030 → [2026, 2027, 2028, 2029, 2030]. */
export function periodYears(startYear: number, endYear: number): number[] {
  const years: number[] = [];
  for (let y = startYear; y <= endYear; y++) years.push(y);
  return years;
}

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 6 → "VI": group codes of the appendix (up to XXXIX is more than any programme has). */
export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Whether a TT cell names a group (I, II … XX) rather than an item (1, 2 …). */
export function isRomanNumeral(value: string): boolean {
  return /^(X{0,3})(IX|IV|V?I{0,3})$/.test(value) && value !== '';
}
