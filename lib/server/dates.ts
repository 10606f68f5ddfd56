import 'server-only';
import { type DateProblems, vietnamToday } from '@/lib/domain/date-rules';
import { now } from './clock';
import { AppError } from './errors';

/** Today's calendar day in Vietnam, from the one server clock: what lib/domain date rules take as `today`. */
export function today(): Date {
  return vietnamToday(now());
}

/** Refuses when a date rule (lib/domain/date-rules.ts) found problems: every message, each on its field. */
export function assertDates(problems: DateProblems): void {
  const messages = Object.values(problems);
  if (messages.length === 0) return;
  throw new AppError('VALIDATION', `${messages.join('. ')}.`, problems);
}
