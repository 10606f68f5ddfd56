// Money is whole đồng held as bigint. This module is the one place that parses, formats, sums
// and compares amounts. Never convert to Number except through `toSafeNumber`.

import { percent } from './percent';

export type Vnd = bigint;

const VND_FORMAT = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
const PLAIN_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** 1500000n → "1.500.000 ₫" (with the non-breaking space Intl uses). */
export function formatVnd(amount: Vnd | null | undefined): string {
  if (amount === null || amount === undefined) return '—';
  return VND_FORMAT.format(amount);
}

/** 1500000n → "1.500.000" (for tables whose header states the unit). */
export function formatVndPlain(amount: Vnd | null | undefined): string {
  if (amount === null || amount === undefined) return '';
  return PLAIN_FORMAT.format(amount);
}

export class MoneyParseError extends Error {}

/**
 * Parses what a person types: "1.500.000", "1 500 000", "1500000 đ", "1.500.000 ₫".
 * Rejects decimals ("1,5"), negative numbers and anything that is not whole đồng.
 */
export function parseVnd(input: string | number | bigint): Vnd {
  if (typeof input === 'bigint') {
    if (input < 0n) throw new MoneyParseError('Số tiền không được âm');
    return input;
  }
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input) || input < 0) throw new MoneyParseError('Số tiền phải là số nguyên đồng, không âm');
    return BigInt(input);
  }
  const cleaned = input
    .trim()
    .replace(/(đồng|đ|₫|vnd)$/i, '')
    .replace(/[\s\u00a0.]/g, '');
  if (cleaned === '') throw new MoneyParseError('Chưa nhập số tiền');
  if (cleaned.startsWith('-')) throw new MoneyParseError('Số tiền không được âm');
  if (!/^\d+$/.test(cleaned)) throw new MoneyParseError('Số tiền phải là số nguyên đồng (ví dụ 1.500.000)');
  if (cleaned.length > 18) throw new MoneyParseError('Số tiền quá lớn');
  return BigInt(cleaned);
}

export function sumVnd(amounts: Iterable<Vnd | null | undefined>): Vnd {
  let total = 0n;
  for (const a of amounts) if (a !== null && a !== undefined) total += a;
  return total;
}

export function minVnd(a: Vnd, b: Vnd): Vnd {
  return a < b ? a : b;
}

/** amount × basis points / 10 000, rounded down to the đồng (a cap must never be exceeded by rounding). */
export function shareOfVnd(amount: Vnd, basisPoints: number): Vnd {
  if (!Number.isInteger(basisPoints) || basisPoints < 0) throw new RangeError('basisPoints must be a non-negative integer');
  return (amount * BigInt(basisPoints)) / 10_000n;
}

/**
 * quantity (a decimal string with at most 2 decimals, e.g. "1.5") × unit price, rounded half up to the đồng.
 * Cost lines use this so that no floating point touches money.
 */
export function multiplyQuantity(quantity: string, unitPrice: Vnd): Vnd {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(quantity.trim());
  if (!match) throw new MoneyParseError('Số lượng phải là số không âm, tối đa 2 chữ số thập phân');
  const hundredths = BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return (hundredths * unitPrice + 50n) / 100n;
}

/** Percentage with one decimal, rounded half up: part / whole × 100. Returns null when whole is 0. */
export function percentOf(part: Vnd, whole: Vnd): number | null {
  return percent(part, whole);
}

export function toSafeNumber(amount: bigint): number {
  const n = Number(amount);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Amount ${amount} is outside the safe integer range`);
  return n;
}

/** bigint ⇄ string for JSON (server action results, audit data). */
export function vndToJson(amount: Vnd | null | undefined): string | null {
  return amount === null || amount === undefined ? null : amount.toString();
}
