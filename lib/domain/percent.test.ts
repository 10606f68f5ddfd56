import { describe, expect, it } from 'vitest';
import { averagePercent, completedWholePercent, formatBasisPoints, formatPercent, percent, PERCENT_ROUNDING_RULE } from './percent';

describe('one percentage rule', () => {
  it('rounds once, half up, to one decimal, from exact integers', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(39, 400)).toBe(9.8); // 9,75 %
    expect(percent(1n, 8n)).toBe(12.5);
    expect(percent(5, 0)).toBeNull();
    // Amounts far beyond 2^53 stay exact.
    expect(percent(3_000_000_000_000_000_001n, 6_000_000_000_000_000_000n)).toBe(50);
  });

  it('averages shares as fractions, capped at the whole when asked', () => {
    expect(averagePercent([{ part: 7, whole: 40 }, { part: 1, whole: 50 }], { capAtWhole: true })).toBe(9.8);
    expect(averagePercent([{ part: 1, whole: 5 }, { part: 23, whole: 40 }], { capAtWhole: true })).toBe(38.8);
    expect(averagePercent([{ part: 10, whole: 5 }, { part: 0, whole: 5 }], { capAtWhole: true })).toBe(50);
    expect(averagePercent([{ part: 10, whole: 5 }, { part: 0, whole: 5 }], { capAtWhole: false })).toBe(100);
    expect(averagePercent([{ part: 1, whole: 0 }], { capAtWhole: true })).toBeNull();
  });

  it('refuses fractional inputs rather than rounding them silently', () => {
    expect(() => percent(0.5, 2)).toThrow(RangeError);
  });

  it('formats with a decimal comma and states its rule in Vietnamese', () => {
    expect(formatPercent(9.8)).toBe('9,8 %');
    expect(formatPercent(100)).toBe('100 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatBasisPoints(3333)).toBe('33,33');
    expect(PERCENT_ROUNDING_RULE).toContain('làm tròn 1 chữ số thập phân');
  });
});

describe('volume completed', () => {
  it('rounds down and stops at 100, so an unfinished volume never reads as done', () => {
    expect(completedWholePercent(199, 200)).toBe(99);
    expect(completedWholePercent(2, 3)).toBe(66);
    expect(completedWholePercent(5, 4)).toBe(100);
    expect(completedWholePercent(1, 0)).toBeNull();
  });
});
