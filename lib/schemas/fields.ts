// Field builders that name the field in every message ("Mô tả tối đa 5.000 ký tự", "Năm phải là số
// có 4 chữ số") and the one table of text lengths, read by the forms for maxLength and the counter.
import { z } from './z';

/** Sensible upper bounds for free text, by what the field holds. */
export const TEXT_MAX = {
  code: 50,
  number: 100,
  short: 300,
  name: 500,
  medium: 1000,
  reason: 2000,
  long: 5000,
} as const;

const COUNT = new Intl.NumberFormat('vi-VN');

/** "Mô tả" + 5000 → "Mô tả tối đa 5.000 ký tự". */
export function tooLongMessage(label: string, max: number): string {
  return `${label} tối đa ${COUNT.format(max)} ký tự`;
}

/** A required text: "Nhập {label}" when empty, "{Label} tối đa N ký tự" when too long. */
export function requiredText(label: string, max: number, emptyMessage = `Nhập ${label.charAt(0).toLowerCase()}${label.slice(1)}`) {
  return z.string({ error: emptyMessage }).trim().min(1, emptyMessage).max(max, tooLongMessage(label, max));
}

/** An optional text: '' or blanks → null. */
export function optionalText(label: string, max: number) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().max(max, tooLongMessage(label, max)).nullable().optional(),
  );
}

/** A year typed in a form: "20a7" → "Năm phải là số có 4 chữ số, ví dụ 2026". */
export function yearField(label = 'Năm', min = 2010, max = 2100) {
  const range = `${label} phải từ ${min} đến ${max}`;
  return z.coerce
    .number({ error: `${label} phải là số có 4 chữ số, ví dụ 2026` })
    .int(`${label} phải là số có 4 chữ số, ví dụ 2026`)
    .min(min, range)
    .max(max, range);
}

/** The id of a record chosen in a form (a select's value, a hidden field): a positive whole number. */
export function recordId(message: string) {
  return z.coerce.number({ message }).int(message).positive(message);
}

/**
 * The written reason a lifecycle event asks for (returning, refusing, cancelling, closing): required,
 * at most TEXT_MAX.reason characters.
 */
export function requiredReason(emptyMessage: string) {
  return z.string().trim().min(1, emptyMessage).max(TEXT_MAX.reason);
}

/** An optional text whose message needs no label (the field shows it): '' → null, "Tối đa N ký tự". */
export function optionalPlainText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Tối đa ${max} ký tự`)
    .optional()
    .transform((v) => (v ? v : null));
}
