// The registration deadline of a yearly round. A deadline is a calendar day in Vietnam: plans may
// be sent until 23:59:59 of that day, Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving).
const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

/** A date picked in a form (UTC midnight of the day) → the last millisecond of that day in Vietnam. */
export function endOfDayInVietnam(day: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) + DAY_MS - 1 - VN_OFFSET_MS);
}

export function isPastDeadline(deadline: Date, now: Date): boolean {
  return now.getTime() > deadline.getTime();
}

function vietnamDayNumber(instant: Date): number {
  return Math.floor((instant.getTime() + VN_OFFSET_MS) / DAY_MS);
}

/** Calendar days from today (Vietnam) to the deadline's day: 0 on the last day, negative once past. */
export function daysUntilDeadline(deadline: Date, now: Date): number {
  return vietnamDayNumber(deadline) - vietnamDayNumber(now);
}

/** "Còn 5 ngày", "Hôm nay là hạn cuối", "Đã quá hạn 2 ngày". */
export function deadlineLabel(deadline: Date, now: Date): string {
  if (isPastDeadline(deadline, now)) {
    const late = Math.max(1, -daysUntilDeadline(deadline, now));
    return `Đã quá hạn ${late} ngày`;
  }
  const days = daysUntilDeadline(deadline, now);
  return days === 0 ? 'Hôm nay là hạn cuối' : `Còn ${days} ngày`;
}

/** The calendar year in Vietnam at `now` (a plan year, "năm kế hoạch"). */
export function yearInVietnam(now: Date): number {
  return new Date(now.getTime() + VN_OFFSET_MS).getUTCFullYear();
}
