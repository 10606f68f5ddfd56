import { describe, expect, it } from 'vitest';
import { daysLate, isValidPeriod, periodEnd, periodLabel, reportDueOn } from './reports-periodic';

describe('periodic report periods', () => {
  it('ends each period on its last day and is due the set number of days later', () => {
    expect(periodEnd('QUARTERLY', 2026, 1).toISOString().slice(0, 10)).toBe('2026-03-31');
    expect(periodEnd('HALF_YEARLY', 2026, 2).toISOString().slice(0, 10)).toBe('2026-12-31');
    expect(periodEnd('MONTHLY_PROGRESS', 2028, 2).toISOString().slice(0, 10)).toBe('2028-02-29');
    expect(reportDueOn('QUARTERLY', 2026, 3, 10).toISOString().slice(0, 10)).toBe('2026-10-10');
    expect(reportDueOn('YEARLY', 2026, 0, 15).toISOString().slice(0, 10)).toBe('2027-01-15');
  });

  it('counts whole days late, and none before the due date', () => {
    const due = new Date('2026-10-10T00:00:00Z');
    expect(daysLate(due, new Date('2026-10-10T23:00:00Z'))).toBe(0);
    expect(daysLate(due, new Date('2026-10-11T01:00:00Z'))).toBe(1);
    expect(daysLate(due, new Date('2026-11-30T12:00:00Z'))).toBe(51);
    expect(daysLate(due, new Date('2026-09-01T00:00:00Z'))).toBe(0);
  });

  it('labels and validates periods', () => {
    expect(periodLabel('QUARTERLY', 2026, 3)).toBe('Quý III năm 2026');
    expect(isValidPeriod('QUARTERLY', 5)).toBe(false);
    expect(isValidPeriod('YEARLY', 0)).toBe(true);
  });
});
