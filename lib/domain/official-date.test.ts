import { describe, expect, it } from 'vitest';
import { isoDateVn } from './format';
import { formatOfficialDate } from './official-date';

describe('formatOfficialDate', () => {
  it('writes dates the official way', () => {
    expect(formatOfficialDate('Hải Phòng', new Date('2027-03-05T00:00:00Z'))).toBe('Hải Phòng, ngày 05 tháng 3 năm 2027');
    expect(formatOfficialDate('Hải Phòng', new Date('2027-01-20T00:00:00Z'))).toBe('Hải Phòng, ngày 20 tháng 01 năm 2027');
    expect(formatOfficialDate('Lâm Đồng', new Date('2027-12-31T00:00:00Z'))).toBe('Lâm Đồng, ngày 31 tháng 12 năm 2027');
  });

  it('uses the Vietnam date, not UTC', () => {
    expect(isoDateVn(new Date('2027-03-04T18:30:00Z'))).toBe('2027-03-05');
    expect(formatOfficialDate('Hải Phòng', new Date('2027-03-04T18:30:00Z'))).toBe('Hải Phòng, ngày 05 tháng 3 năm 2027');
  });
});
