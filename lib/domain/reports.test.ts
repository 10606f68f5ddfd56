import { describe, expect, it } from 'vitest';
import { aggregateInside, formatLeverage, formatPercent, leverage, reportPercent } from './reports';

describe('report rounding, stated once', () => {
  // 9,75 % must show as 9,8 %, not the 9,7 % floating-point summing gives.
  it.each([
    [975n, 10_000n, 9.8],
    [974n, 10_000n, 9.7],
    [37n, 38n, 97.4],
    [8_987n, 8_990n, 100],
    [1n, 0n, null],
  ])('rounds the percentage %s / %s half up to one decimal from exact integers: %s', (part, whole, percent) => {
    expect(reportPercent(part, whole)).toBe(percent);
  });

  it.each([
    [101_808_500_000n, 29_948_250_000n, 3.4],
    [1_005n, 1_000n, 1.01],
    [1_004n, 1_000n, 1],
    [5n, 0n, null],
  ])('rounds the leverage %s / %s half up to two decimals: %s', (mobilised, state, ratio) => {
    expect(leverage(mobilised, state)).toBe(ratio);
  });

  it('writes percentages with one decimal and leverage with two, in Vietnamese', () => {
    expect(formatPercent(97.4)).toBe('97,4 %');
    expect(formatLeverage(3.4)).toBe('3,40');
  });

  it('counts an aggregate row only inside the period it wholly belongs to', () => {
    expect(aggregateInside({ yearFrom: 2021, yearTo: 2025 }, { yearFrom: 2021, yearTo: 2025 })).toBe(true);
    expect(aggregateInside({ yearFrom: 2021, yearTo: 2025 }, { yearFrom: 2023, yearTo: 2023 })).toBe(false);
    expect(aggregateInside({ yearFrom: 2023, yearTo: 2023 }, { yearFrom: 2021, yearTo: 2025 })).toBe(true);
  });
});
