import { describe, expect, it } from 'vitest';
import { aggregateInside, formatLeverage, formatPercent, leverage, reportPercent } from './reports';

describe('report rounding, stated once', () => {
  // Each ratio is rounded once, half up, from exact integers: a percentage to one decimal, leverage
  // to two. 9,75 % must show as 9,8 %, not the 9,7 % floating-point summing gives.
  it.each([
    ['reportPercent', reportPercent, 975n, 10_000n, 9.8],
    ['reportPercent', reportPercent, 974n, 10_000n, 9.7],
    ['reportPercent', reportPercent, 37n, 38n, 97.4],
    ['reportPercent', reportPercent, 8_987n, 8_990n, 100],
    ['reportPercent', reportPercent, 1n, 0n, null],
    ['leverage', leverage, 101_808_500_000n, 29_948_250_000n, 3.4],
    ['leverage', leverage, 1_005n, 1_000n, 1.01],
    ['leverage', leverage, 1_004n, 1_000n, 1],
    ['leverage', leverage, 5n, 0n, null],
  ])('%s(%s, %s) rounds half up to %s', (_name, ratio, numerator, denominator, rounded) => {
    expect(ratio(numerator, denominator)).toBe(rounded);
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
