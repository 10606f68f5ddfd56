// Tests read "now" from the same place as the server (lib/server/clock.ts, fixed by
// tests/setup/worker-database.ts) and derive years from it, so no test depends on the real date and
// the suite stays green whatever CLOCK_FIXED_AT says.
import { yearInVietnam } from '@/lib/domain/plan-deadline';
import { now } from '@/lib/server/clock';

export { now as testNow };

/** The current year in Vietnam on the test clock. */
export function thisYear(): number {
  return yearInVietnam(now());
}

/** A date `days` after the test clock's instant. */
export function daysFromNow(days: number): Date {
  return new Date(now().getTime() + days * 86_400_000);
}
