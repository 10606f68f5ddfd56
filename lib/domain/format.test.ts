import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, parseDateVn } from './format';

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
