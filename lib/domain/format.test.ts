import { describe, expect, it } from 'vitest';
import { compareVietnamese, decisionRef, formatDate, formatDateTime, formatDeliveredAgainstTarget, formatFileSize, formatNumber, isoDateVn, parseDateVn } from './format';

describe('dates in Vietnam', () => {
  it('gives file names the Vietnam day the screen shows, not the UTC day', () => {
    const evening = new Date('2026-11-30T18:30:00Z'); // 01:30 on 01/12 in Hà Nội
    expect(isoDateVn(evening)).toBe('2026-12-01');
    expect(formatDate(evening)).toBe('01/12/2026');
    expect(isoDateVn(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11-30');
  });

  it('cites a decision by its number and its Vietnam day, and nothing when there is none', () => {
    expect(decisionRef({ number: '12/QĐ-UBND', issuedOn: new Date('2026-03-14T18:00:00Z') })).toBe('12/QĐ-UBND ngày 15/03/2026');
    expect(decisionRef(null)).toBeNull();
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

describe('Vietnamese formats', () => {
  it('shows dates as dd/mm/yyyy in Vietnam time', () => {
    expect(formatDate(new Date('2026-03-11T00:00:00Z'))).toBe('11/03/2026');
    // 18:00 UTC is already the next day in Vietnam.
    expect(formatDate('2026-03-11T18:00:00Z')).toBe('12/03/2026');
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
  });

  it('shows date and time as dd/mm/yyyy hh:mm, 24-hour, in Vietnam time', () => {
    expect(formatDateTime(new Date('2026-03-11T07:05:00Z'))).toBe('11/03/2026 14:05');
    expect(formatDateTime('2026-12-31T17:30:00Z')).toBe('01/01/2027 00:30');
    expect(formatDateTime(null)).toBe('');
  });

  it('groups thousands with dots and keeps at most two decimals', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(12345678901234567890n)).toBe('12.345.678.901.234.567.890');
    expect(formatNumber(1.256)).toBe('1,26');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(undefined)).toBe('');
  });

  it('reads dd/mm/yyyy as UTC midnight of that day and refuses impossible dates', () => {
    expect(parseDateVn('11/03/2026')).toEqual(new Date(Date.UTC(2026, 2, 11)));
    expect(parseDateVn(' 1/3/2026 ')).toEqual(new Date(Date.UTC(2026, 2, 1)));
    expect(parseDateVn('29/02/2028')).toEqual(new Date(Date.UTC(2028, 1, 29)));
    expect(parseDateVn('29/02/2027')).toBeNull();
    expect(parseDateVn('31/04/2026')).toBeNull();
    expect(parseDateVn('11/13/2026')).toBeNull();
    expect(parseDateVn('2026-03-11')).toBeNull();
    expect(parseDateVn('11/03/26')).toBeNull();
    expect(parseDateVn('x11/03/2026')).toBeNull();
    expect(parseDateVn('11/03/2026x')).toBeNull();
  });
});

describe('file sizes', () => {
  it('shows KB below a megabyte (at least 1 KB) and MB with one decimal above', () => {
    expect(formatFileSize(200)).toBe('1 KB');
    expect(formatFileSize(870_000)).toBe('850 KB');
    expect(formatFileSize(2.44 * 1024 * 1024)).toBe('2,4 MB');
  });
});
