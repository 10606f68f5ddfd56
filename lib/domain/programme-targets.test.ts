import { describe, expect, it } from 'vitest';
import { inconsistencyMessage, isRomanNumeral, periodYears, sumOfYears, targetConsistency, toRoman, valueForYear } from './programme-targets';
import { canonicalUnit } from './programme-units';

describe('a target row', () => {
  it('treats empty years as not planned, not as zero', () => {
    expect(sumOfYears([null, null])).toBeNull();
    expect(sumOfYears([null, 0])).toBe(0);
    expect(sumOfYears([2, 3, 3, 3, 4])).toBe(15);
  });

  it('is inconsistent when the written total differs from its years, and says both numbers', () => {
    const c = targetConsistency({ values: [2, 3, 3, 3, 4], statedTotal: 25 });
    expect(c).toEqual({ consistent: false, sumOfYears: 15, statedTotal: 25 });
    expect(inconsistencyMessage(c)).toBe('Tổng ghi (25) khác tổng các năm (15)');
  });

  it('is consistent when nothing is planned and nothing is written', () => {
    expect(targetConsistency({ values: [null, null], statedTotal: null }).consistent).toBe(true);
  });

  it('is inconsistent when the total is left empty but years are planned', () => {
    const c = targetConsistency({ values: [1, null], statedTotal: null });
    expect(c.consistent).toBe(false);
    expect(inconsistencyMessage(c)).toBe('Tổng ghi (để trống) khác tổng các năm (1)');
  });

  it('reads the value of one year', () => {
    expect(valueForYear({ values: [null, 4], statedTotal: 4 }, [2026, 2027], 2027)).toBe(4);
    expect(valueForYear({ values: [null, 4], statedTotal: 4 }, [2026, 2027], 2031)).toBeNull();
  });
});

describe('appendix numbering', () => {
  it('writes and recognises group codes', () => {
    expect([1, 4, 6, 9, 14].map(toRoman)).toEqual(['I', 'IV', 'VI', 'IX', 'XIV']);
    expect(['I', 'VI', 'XII'].every(isRomanNumeral)).toBe(true);
    expect(['', '1', 'IIII', 'A', 'i'].some(isRomanNumeral)).toBe(false);
  });

  it('lists the years of a period', () => {
    expect(periodYears(2026, 2030)).toEqual([2026, 2027, 2028, 2029, 2030]);
  });
});

describe('units', () => {
  it('spells a known unit the way the list does', () => {
    expect(canonicalUnit('  cơ  sở ')).toBe('Cơ sở');
    expect(canonicalUnit('KỲ HCTL')).toBe('Kỳ HCTL');
  });

  it('does not know a typo', () => {
    expect(canonicalUnit('Co so')).toBeNull();
    expect(canonicalUnit('')).toBeNull();
  });
});
