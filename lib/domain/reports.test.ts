import { describe, expect, it } from 'vitest';
import { aggregateInside, formatLeverage, formatPercent, leverage, reportPercent } from './reports';

describe('report rounding, stated once', () => {
  it('rounds a percentage half up to one decimal from exact integers', () => {
    // 9,75 % must show as 9,8 %, not the 9,7 % floating-point summing gives.
    expect(reportPercent(975n, 10_000n)).toBe(9.8);
    expect(reportPercent(974n, 10_000n)).toBe(9.7);
    expect(reportPercent(37n, 38n)).toBe(97.4);
    expect(reportPercent(8_987n, 8_990n)).toBe(100);
    expect(reportPercent(1n, 0n)).toBeNull();
    expect(formatPercent(97.4)).toBe('97,4 %');
  });

  it('rounds leverage half up to two decimals', () => {
    expect(leverage(101_808_500_000n, 29_948_250_000n)).toBe(3.4);
    expect(leverage(1_005n, 1_000n)).toBe(1.01);
    expect(leverage(1_004n, 1_000n)).toBe(1);
    expect(leverage(5n, 0n)).toBeNull();
    expect(formatLeverage(3.4)).toBe('3,40');
  });

  it('counts an aggregate row only inside the period it wholly belongs to', () => {
    expect(aggregateInside({ yearFrom: 2021, yearTo: 2025 }, { yearFrom: 2021, yearTo: 2025 })).toBe(true);
    expect(aggregateInside({ yearFrom: 2021, yearTo: 2025 }, { yearFrom: 2023, yearTo: 2023 })).toBe(false);
    expect(aggregateInside({ yearFrom: 2023, yearTo: 2023 }, { yearFrom: 2021, yearTo: 2025 })).toBe(true);
  });
});
