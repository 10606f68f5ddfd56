import { describe, expect, it } from 'vitest';
import { formatPercent } from './percent';
import { groupProgress, quantityPercent, targetProgress, type TargetProgressInput } from './programme-progress';

const years = [2026, 2027, 2028];
const input = (over: Partial<TargetProgressInput>): TargetProgressInput => ({
  targetId: 1,
  groupCode: 'I',
  itemNo: '1',
  name: 'Mục',
  unit: 'Cơ sở',
  values: [2, 3, null],
  statedTotal: 5,
  registeredByYear: new Map(),
  achievedByYear: new Map(),
  ...over,
});

describe('percent of a quantity', () => {
  it('has one decimal, rounded half up, and none when nothing is planned', () => {
    expect(quantityPercent(1, 3)).toBe(33.3);
    expect(quantityPercent(2, 3)).toBe(66.7);
    expect(quantityPercent(1, 8)).toBe(12.5);
    expect(quantityPercent(5, 4)).toBe(125);
    expect(quantityPercent(1, null)).toBeNull();
    expect(quantityPercent(1, 0)).toBeNull();
    expect(formatPercent(33.3)).toBe('33,3 %');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('progress of one target', () => {
  it('gives planned, registered, achieved and % per year and for the period', () => {
    const p = targetProgress(years, input({ registeredByYear: new Map([[2026, 2], [2027, 1]]), achievedByYear: new Map([[2026, 1]]) }));
    expect(p.byYear).toEqual([
      { year: 2026, planned: 2, registered: 2, achieved: 1, percentAchieved: 50 },
      { year: 2027, planned: 3, registered: 1, achieved: 0, percentAchieved: 0 },
      { year: 2028, planned: null, registered: 0, achieved: 0, percentAchieved: null },
    ]);
    expect(p.period).toEqual({ planned: 5, registered: 3, achieved: 1, percentAchieved: 20 });
  });

  it('measures the period against the total as written, even when the years say otherwise', () => {
    const p = targetProgress(years, input({ values: [2, 3, 3], statedTotal: 25, achievedByYear: new Map([[2026, 5]]) }));
    expect(p.consistent).toBe(false);
    expect(p.period.planned).toBe(25);
    expect(p.period.percentAchieved).toBe(20);
  });

  it('falls back to the sum of the years when no total is written', () => {
    expect(targetProgress(years, input({ statedTotal: null })).period.planned).toBe(5);
  });
});

describe('progress of a group', () => {
  it('averages its items, each capped at 100 %, ignoring unplanned ones', () => {
    const a = targetProgress(years, input({ targetId: 1, achievedByYear: new Map([[2026, 10]]), registeredByYear: new Map([[2026, 5]]) }));
    const b = targetProgress(years, input({ targetId: 2, values: [4, null, null], statedTotal: 4, achievedByYear: new Map([[2026, 1]]) }));
    const c = targetProgress(years, input({ targetId: 3, values: [null, null, null], statedTotal: null }));
    const g = groupProgress({ code: 'I', name: 'Nhóm' }, [a, b, c]);
    expect(g.plannedItems).toBe(2);
    expect(g.percentAchieved).toBe(62.5);
    expect(g.percentRegistered).toBe(50);
  });

  it('averages exactly and rounds once, half up: 17,5 % and 2 % give 9,75 % → 9,8 %', () => {
    const a = targetProgress(years, input({ targetId: 1, values: [40, null, null], statedTotal: 40, achievedByYear: new Map([[2026, 7]]) }));
    const b = targetProgress(years, input({ targetId: 2, values: [50, null, null], statedTotal: 50, achievedByYear: new Map([[2026, 1]]) }));
    const g = groupProgress({ code: 'I', name: 'Nhóm' }, [a, b]);
    expect(g.percentAchieved).toBe(9.8);
    expect(formatPercent(g.percentAchieved)).toBe('9,8 %');
  });

  it('can be read for one year', () => {
    const a = targetProgress(years, input({ achievedByYear: new Map([[2027, 3]]) }));
    expect(groupProgress({ code: 'I', name: 'Nhóm' }, [a], 2027).percentAchieved).toBe(100);
    expect(groupProgress({ code: 'I', name: 'Nhóm' }, [a], 2028).percentAchieved).toBeNull();
  });
});
