import { describe, expect, it } from 'vitest';
import { cronOf, nextRunAfter, vietnamDayKey } from './schedule';

describe('job schedules', () => {
  it('runs a daily job at the hour in Vietnam, today if not yet passed, else tomorrow', () => {
    const daily = { dailyAtHour: 7 };
    // 06:59 in Hà Nội is 23:59 UTC the day before.
    expect(nextRunAfter(daily, new Date('2031-06-19T23:59:00Z'))).toEqual(new Date('2031-06-20T00:00:00Z'));
    expect(nextRunAfter(daily, new Date('2031-06-20T00:00:00Z'))).toEqual(new Date('2031-06-21T00:00:00Z'));
    expect(cronOf(daily)).toBe('0 7 * * *');
  });

  it('runs a frequent job on the next whole step', () => {
    expect(nextRunAfter({ everyMinutes: 5 }, new Date('2031-06-20T10:07:30Z'))).toEqual(new Date('2031-06-20T10:10:00Z'));
    expect(cronOf({ everyMinutes: 5 })).toBe('*/5 * * * *');
  });

  it('names the Vietnamese calendar day, which starts at 17:00 UTC', () => {
    expect(vietnamDayKey(new Date('2031-06-19T16:59:59Z'))).toBe('2031-06-19');
    expect(vietnamDayKey(new Date('2031-06-19T17:00:00Z'))).toBe('2031-06-20');
  });
});
