// The place name opening an official date line of a printed document ("Hải Phòng, ngày …").
import { describe, expect, it } from 'vitest';
import { placeOf } from './print-place';

describe('placeOf', () => {
  it('drops “Thành phố” and “Tỉnh” before the name', () => {
    expect(placeOf('Thành phố Hải Phòng')).toBe('Hải Phòng');
    expect(placeOf('Tỉnh Quảng Ninh')).toBe('Quảng Ninh');
    expect(placeOf('tỉnh Lào Cai')).toBe('Lào Cai');
  });

  it('drops “TP” and “TP.”', () => {
    expect(placeOf('TP. Hồ Chí Minh')).toBe('Hồ Chí Minh');
    expect(placeOf('TP Cần Thơ')).toBe('Cần Thơ');
  });

  it('drops a trailing note in brackets and stray spaces', () => {
    expect(placeOf('Tỉnh Hưng Yên (mới)')).toBe('Hưng Yên');
    expect(placeOf('  Hà Nội  ')).toBe('Hà Nội');
  });

  it('keeps a name that merely contains the words', () => {
    expect(placeOf('Hà Nội')).toBe('Hà Nội');
    expect(placeOf('Thành phố')).toBe('Thành phố');
    expect(placeOf('Đà Nẵng (Thành phố) cũ')).toBe('Đà Nẵng (Thành phố) cũ');
    expect(placeOf('Quảng Tỉnh Nam')).toBe('Quảng Tỉnh Nam');
  });
});
