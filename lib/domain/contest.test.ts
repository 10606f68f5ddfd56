import { describe, expect, it } from 'vitest';
import { averageScoreHundredths, formatScore, isOwnXaEntry, nextContestLevel, pointsWithinMax, rankByScore } from './contest';

describe('product contest rules', () => {
  it('refuses a member of the entry’s own xã, not staff without a xã', () => {
    expect(isOwnXaEntry({ adminUnitId: 7 }, { adminUnitId: 7 })).toBe(true);
    expect(isOwnXaEntry({ adminUnitId: 8 }, { adminUnitId: 7 })).toBe(false);
    expect(isOwnXaEntry({ adminUnitId: null }, { adminUnitId: 7 })).toBe(false);
  });

  it('keeps points within 0..max, whole numbers only', () => {
    expect(pointsWithinMax(0, 30)).toBe(true);
    expect(pointsWithinMax(30, 30)).toBe(true);
    expect(pointsWithinMax(31, 30)).toBe(false);
    expect(pointsWithinMax(-1, 30)).toBe(false);
    expect(pointsWithinMax(2.5, 30)).toBe(false);
  });

  it('averages members’ totals in hundredths, half up, once', () => {
    expect(averageScoreHundredths([])).toBeNull();
    expect(averageScoreHundredths([80, 90])).toBe(8500);
    expect(averageScoreHundredths([80, 81, 81])).toBe(8067); // 80.666… → 80.67
    expect(averageScoreHundredths([1, 0, 0, 0, 0, 0, 0, 0])).toBe(13); // 0.125 → 0.13
    expect(formatScore(8067)).toBe('80,67');
    expect(formatScore(905)).toBe('9,05');
  });

  it('ranks with shared places for equal scores', () => {
    expect(rankByScore([90, 85, 90, null, 70])).toEqual([1, 3, 1, null, 4]);
  });

  it('forwards winners one level up, none beyond national', () => {
    expect(nextContestLevel('XA')).toBe('PROVINCE');
    expect(nextContestLevel('PROVINCE')).toBe('REGION');
    expect(nextContestLevel('NATIONAL')).toBeNull();
  });
});
