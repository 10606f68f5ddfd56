// Typed parameter values. A Parameter's type follows its key's suffix — the same rule as the
// database's CHECK "Parameter_value_typed" (migration 20261130100000_integrity), so a malformed
// value is refused when saved and every value read back parses.

export type ParameterKind = 'WHOLE_NUMBER' | 'BASIS_POINTS' | 'MONTH_DAY' | 'TEXT';

/** *_VND, *_DAYS, *_DAY: a whole number; *_BP: basis points 0–10000; *_DEADLINE: "MM-DD"; anything else: text. */
export function parameterKind(key: string): ParameterKind {
  if (/_(VND|DAYS|DAY)$/.test(key)) return 'WHOLE_NUMBER';
  if (/_BP$/.test(key)) return 'BASIS_POINTS';
  if (/_DEADLINE$/.test(key)) return 'MONTH_DAY';
  return 'TEXT';
}

/** Why the value does not fit its key's type (Vietnamese), or null when it does. */
export function parameterProblem(key: string, value: string): string | null {
  switch (parameterKind(key)) {
    case 'WHOLE_NUMBER':
      return /^[0-9]{1,18}$/.test(value) ? null : 'Giá trị phải là số nguyên không âm (không có dấu chấm, phẩy).';
    case 'BASIS_POINTS':
      return /^[0-9]{1,5}$/.test(value) && Number(value) <= 10000 ? null : 'Tỷ lệ tính bằng điểm cơ bản, từ 0 đến 10000 (100 % = 10000).';
    case 'MONTH_DAY':
      return /^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/.test(value) ? null : 'Hạn ghi theo dạng tháng-ngày, ví dụ 06-20.';
    default:
      return value.trim() ? null : 'Nhập giá trị.';
  }
}

/** A whole-number parameter (money, days) or basis points, as a bigint; null if the value does not fit. */
export function wholeNumberParameter(key: string, value: string): bigint | null {
  const kind = parameterKind(key);
  if ((kind !== 'WHOLE_NUMBER' && kind !== 'BASIS_POINTS') || parameterProblem(key, value)) return null;
  return BigInt(value);
}
