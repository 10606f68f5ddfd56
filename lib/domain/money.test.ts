import { describe, expect, it } from 'vitest';
import { formatVnd, formatVndPlain, multiplyQuantity, MoneyParseError, parseVnd, percentOf, shareOfVnd, sumVnd } from './money';

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
