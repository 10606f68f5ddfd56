import { describe, expect, it } from 'vitest';
import { canonicalUnit, PROGRAMME_UNITS } from './programme-units';

describe('canonicalUnit', () => {
  it('spells a known unit the way the list does, whatever the case, spaces or Unicode form', () => {
    expect(canonicalUnit('cơ  sở')).toBe('Cơ sở');
    expect(canonicalUnit('  MÔ HÌNH ')).toBe('Mô hình');
    expect(canonicalUnit('Lớp'.normalize('NFD'))).toBe('Lớp');
    for (const unit of PROGRAMME_UNITS) expect(canonicalUnit(unit)).toBe(unit);
  });

  it('refuses a typo or an empty cell', () => {
    expect(canonicalUnit('Co so')).toBeNull();
    expect(canonicalUnit('Lơp')).toBeNull();
    expect(canonicalUnit('')).toBeNull();
    expect(canonicalUnit(null)).toBeNull();
    expect(canonicalUnit(undefined)).toBeNull();
  });
});
