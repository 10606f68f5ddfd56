import { describe, expect, it } from 'vitest';
import { daysUntilDeadline, deadlineLabel, endOfDayInVietnam, isPastDeadline, yearInVietnam } from './plan-deadline';

// 20/06/2026 as a form gives it: UTC midnight of the day.
const deadline = endOfDayInVietnam(new Date(Date.UTC(2026, 5, 20)));

describe('registration deadline', () => {
  it('ends at 23:59:59.999 of the day in Vietnam', () => {
    expect(deadline.toISOString()).toBe('2026-06-20T16:59:59.999Z');
  });

  it('accepts a plan sent in the evening of the last day and refuses one a minute after midnight', () => {
    expect(isPastDeadline(deadline, new Date('2026-06-20T23:30:00+07:00'))).toBe(false);
    expect(isPastDeadline(deadline, new Date('2026-06-21T00:01:00+07:00'))).toBe(true);
  });

  it('counts calendar days in Vietnam, not 24-hour spans', () => {
    // 01:00 on 18/06 in Vietnam is still 17/06 in UTC.
    expect(daysUntilDeadline(deadline, new Date('2026-06-18T01:00:00+07:00'))).toBe(2);
    expect(deadlineLabel(deadline, new Date('2026-06-18T01:00:00+07:00'))).toBe('Còn 2 ngày');
    expect(deadlineLabel(deadline, new Date('2026-06-20T08:00:00+07:00'))).toBe('Hôm nay là hạn cuối');
    expect(deadlineLabel(deadline, new Date('2026-06-23T08:00:00+07:00'))).toBe('Đã quá hạn 3 ngày');
  });
});

describe('yearInVietnam', () => {
  it('is already the new year in Vietnam at 17:00 UTC on 31 December', () => {
    expect(yearInVietnam(new Date('2030-12-31T16:59:59.999Z'))).toBe(2030);
    expect(yearInVietnam(new Date('2030-12-31T17:00:00.000Z'))).toBe(2031);
  });
});
