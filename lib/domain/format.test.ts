import { describe, expect, it } from 'vitest';
import { compareVietnamese, formatDate, formatDeliveredAgainstTarget, isoDateVn } from './format';

describe('dates in Vietnam', () => {
  it('gives file names the Vietnam day the screen shows, not the UTC day', () => {
    const evening = new Date('2026-11-30T18:30:00Z'); // 01:30 on 01/12 in Hà Nội
    expect(isoDateVn(evening)).toBe('2026-12-01');
    expect(formatDate(evening)).toBe('01/12/2026');
    expect(isoDateVn(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11-30');
  });
});

describe('Vietnamese order', () => {
  it('puts Bắc before Bình and Đ right after D', () => {
    expect(['Đông Hải', 'Bình Giang', 'Dương Kinh', 'Bắc Sơn', 'Ê Vinh'].sort(compareVietnamese)).toEqual(['Bắc Sơn', 'Bình Giang', 'Dương Kinh', 'Đông Hải', 'Ê Vinh']);
  });
});

describe('delivered against target on the acceptance record', () => {
  it('shows "1 / 0" never: without a target only the delivered quantity', () => {
    expect(formatDeliveredAgainstTarget(1, { quantity: null, unit: null })).toEqual({ label: 'Sản phẩm đạt', value: '1' });
    expect(formatDeliveredAgainstTarget(3, { quantity: 5, unit: 'cơ sở' })).toEqual({ label: 'Sản phẩm đạt / chỉ tiêu', value: '3 / 5 cơ sở' });
    expect(formatDeliveredAgainstTarget(null, { quantity: 5, unit: 'cơ sở' }).value).toBeNull();
  });
});
