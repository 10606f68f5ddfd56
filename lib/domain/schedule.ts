// Calendar days in Vietnam (UTC+7 all year, no daylight saving) and the two kinds of schedule the
// portal's jobs use. pg-boss runs them from a cron expression; the admin page shows the next run
// computed here from the same definition.
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const VN_OFFSET_MS = 7 * 3_600_000;
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

import type { JobRunOutcome } from '@/prisma/generated/client/enums';

export const JOB_RUN_STATUS = { running: 'RUNNING', succeeded: 'SUCCEEDED', failed: 'FAILED' } as const satisfies Record<string, JobRunOutcome>;
export const JOB_RUN_STATUS_LABELS: Record<JobRunOutcome, string> = { RUNNING: 'Đang chạy', SUCCEEDED: 'Thành công', FAILED: 'Lỗi' };
export const JOB_RUN_STATUS_TONES: Record<JobRunOutcome, 'warning' | 'success' | 'danger'> = { RUNNING: 'warning', SUCCEEDED: 'success', FAILED: 'danger' };

export type JobSchedule = { everyMinutes: number } | { dailyAtHour: number };

/** Days since 1970-01-01 of the calendar day in Vietnam at this instant. */
export function vietnamDayNumber(instant: Date): number {
  return Math.floor((instant.getTime() + VN_OFFSET_MS) / DAY_MS);
}

/** "2031-06-20": the calendar day in Vietnam (for occasion keys and @db.Date comparisons). */
export function vietnamDayKey(instant: Date): string {
  return new Date(vietnamDayNumber(instant) * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day stored in a @db.Date column (UTC midnight) as a day number. */
export function dateColumnDayNumber(day: Date): number {
  return Math.floor(day.getTime() / DAY_MS);
}

/** The instant a Vietnamese calendar day begins (00:00 UTC+7). */
export function startOfVietnamDay(dayNumber: number): Date {
  return new Date(dayNumber * DAY_MS - VN_OFFSET_MS);
}

/** The @db.Date value (UTC midnight) of a day number. */
export function dateColumnOf(dayNumber: number): Date {
  return new Date(dayNumber * DAY_MS);
}

export function cronOf(schedule: JobSchedule): string {
  return 'everyMinutes' in schedule ? `*/${schedule.everyMinutes} * * * *` : `0 ${schedule.dailyAtHour} * * *`;
}

export function scheduleLabel(schedule: JobSchedule): string {
  return 'everyMinutes' in schedule ? `${schedule.everyMinutes} phút một lần` : `Hằng ngày lúc ${String(schedule.dailyAtHour).padStart(2, '0')}:00`;
}

/** The first run strictly after `now` (cron fires on whole minutes, hours in Vietnam time). */
export function nextRunAfter(schedule: JobSchedule, now: Date): Date {
  if ('everyMinutes' in schedule) {
    const step = schedule.everyMinutes * MINUTE_MS;
    // */N fires at minutes divisible by N within each hour; N divides 60 for the schedules we use.
    return new Date(Math.floor(now.getTime() / step) * step + step);
  }
  const today = startOfVietnamDay(vietnamDayNumber(now)).getTime() + schedule.dailyAtHour * 3_600_000;
  return new Date(today > now.getTime() ? today : today + DAY_MS);
}
