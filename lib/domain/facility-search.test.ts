import { describe, expect, it } from 'vitest';
import { filterFacilities, matchesFacilitySearch } from './facility-search';

// Issue 12 item 10: one search for every facility picker — without diacritics, by MST, any word order.
const dongLac = { name: 'Hợp tác xã Chế biến nông sản Đồng Lạc', taxCode: '0801234567', place: 'xã Nam Sách' };
const khai = { name: 'Hộ kinh doanh Trần Văn Khải', taxCode: '031085001234', place: 'xã Vĩnh Bảo' };

describe('facility search', () => {
  it.each([
    ['dong lac', dongLac],
    ['ĐỒNG LẠC', dongLac],
    ['tran van khai', khai],
    ['khai tran', khai],
    ['0310850', khai],
    ['nam sach', dongLac],
  ])('"%s" finds the facility', (q, f) => {
    expect(matchesFacilitySearch(f, q)).toBe(true);
  });

  it('does not find what does not match, and shows all for an empty query', () => {
    expect(matchesFacilitySearch(dongLac, 'tran van')).toBe(false);
    expect(filterFacilities([dongLac, khai], '  ')).toEqual([dongLac, khai]);
    expect(filterFacilities([dongLac, khai], 'dong lac')).toEqual([dongLac]);
  });
});
