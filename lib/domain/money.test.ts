import { describe, expect, it } from 'vitest';
import { formatVnd, formatVndPlain, minVnd, multiplyQuantity, MoneyParseError, parseVnd, percentOf, shareOfVnd, sumVnd, toSafeNumber, vndToJson } from './money';

describe('money', () => {
  it('formats whole đồng the Vietnamese way, with a non-breaking space before ₫', () => {
    expect(formatVnd(1_500_000n)).toBe('1.500.000\u00a0₫');
    expect(formatVndPlain(1_234_567n)).toBe('1.234.567');
    expect(formatVnd(null)).toBe('—');
  });

  it('parses what officials type and rejects decimals and negatives', () => {
    expect(parseVnd('1.500.000')).toBe(1_500_000n);
    expect(parseVnd('1 500 000 đ')).toBe(1_500_000n);
    expect(parseVnd('300000000₫')).toBe(300_000_000n);
    expect(() => parseVnd('1,5')).toThrow(MoneyParseError);
    expect(() => parseVnd('-5')).toThrow('không được âm');
    expect(() => parseVnd('')).toThrow('Chưa nhập');
    expect(() => parseVnd(1.5)).toThrow(MoneyParseError);
  });

  it('sums exactly beyond the float range', () => {
    expect(sumVnd([9_007_199_254_740_993n, 1n, null])).toBe(9_007_199_254_740_994n);
  });

  it('rounds a share down so a cap is never exceeded', () => {
    expect(shareOfVnd(999n, 5000)).toBe(499n);
    expect(shareOfVnd(600_000_000n, 5000)).toBe(300_000_000n);
  });

  it('multiplies decimal quantities without floating point, half up', () => {
    expect(multiplyQuantity('2.5', 1_000_001n)).toBe(2_500_003n); // 2 500 002,5 → up
    expect(multiplyQuantity('3', 150_000_000n)).toBe(450_000_000n);
    expect(() => multiplyQuantity('1.234', 1n)).toThrow(MoneyParseError);
  });

  it('gives percentages to one decimal', () => {
    expect(percentOf(1n, 3n)).toBe(33.3);
    expect(percentOf(2n, 3n)).toBe(66.7);
    expect(percentOf(5n, 0n)).toBeNull();
  });
});

describe('money at its edges', () => {
  it('shows a missing amount as a dash on its own and as nothing in a table cell', () => {
    expect(formatVnd(null)).toBe('—');
    expect(formatVnd(undefined)).toBe('—');
    expect(formatVndPlain(null)).toBe('');
    expect(formatVndPlain(undefined)).toBe('');
    expect(formatVndPlain(0n)).toBe('0');
  });

  it('takes bigint and number input as they are, refusing negatives and fractions with words', () => {
    expect(parseVnd(0n)).toBe(0n);
    expect(parseVnd(1_500_000n)).toBe(1_500_000n);
    expect(() => parseVnd(-1n)).toThrow(new MoneyParseError('Số tiền không được âm'));
    expect(parseVnd(0)).toBe(0n);
    expect(parseVnd(1_500_000)).toBe(1_500_000n);
    expect(() => parseVnd(-1)).toThrow(new MoneyParseError('Số tiền phải là số nguyên đồng, không âm'));
    expect(() => parseVnd(1.5)).toThrow(new MoneyParseError('Số tiền phải là số nguyên đồng, không âm'));
  });

  it('reads a unit only at the end, any case, and refuses what is not whole đồng', () => {
    expect(parseVnd('1.500.000 VND')).toBe(1_500_000n);
    expect(parseVnd('  2.000 đồng ')).toBe(2_000n);
    expect(() => parseVnd('đ 2.000')).toThrow(new MoneyParseError('Số tiền phải là số nguyên đồng (ví dụ 1.500.000)'));
    expect(() => parseVnd('')).toThrow(new MoneyParseError('Chưa nhập số tiền'));
    expect(() => parseVnd('-5')).toThrow(new MoneyParseError('Số tiền không được âm'));
    expect(parseVnd('999999999999999999')).toBe(999_999_999_999_999_999n);
    expect(() => parseVnd('1000000000000000000')).toThrow(new MoneyParseError('Số tiền quá lớn'));
  });

  it('sums skipping missing amounts, takes the smaller of two, refuses a bad share', () => {
    expect(sumVnd([1n, null, 2n, undefined])).toBe(3n);
    expect(minVnd(5n, 7n)).toBe(5n);
    expect(minVnd(7n, 5n)).toBe(5n);
    expect(minVnd(5n, 5n)).toBe(5n);
    expect(shareOfVnd(1_000n, 0)).toBe(0n);
    expect(() => shareOfVnd(1_000n, -1)).toThrow(new RangeError('basisPoints must be a non-negative integer'));
    expect(() => shareOfVnd(1_000n, 1.5)).toThrow(RangeError);
  });

  it('refuses quantities with three decimals or a sign, and converts to Number only when safe', () => {
    expect(multiplyQuantity(' 12 ', 1_000n)).toBe(12_000n);
    expect(multiplyQuantity('10.25', 100n)).toBe(1_025n);
    expect(() => multiplyQuantity('1.255', 100n)).toThrow(new MoneyParseError('Số lượng phải là số không âm, tối đa 2 chữ số thập phân'));
    expect(() => multiplyQuantity('-1', 100n)).toThrow(MoneyParseError);
    expect(toSafeNumber(9_007_199_254_740_991n)).toBe(9_007_199_254_740_991);
    expect(() => toSafeNumber(9_007_199_254_740_992n)).toThrow(new RangeError('Amount 9007199254740992 is outside the safe integer range'));
  });

  it('writes amounts into JSON as strings, missing ones as null', () => {
    expect(vndToJson(12n)).toBe('12');
    expect(vndToJson(0n)).toBe('0');
    expect(vndToJson(null)).toBeNull();
    expect(vndToJson(undefined)).toBeNull();
  });
});
