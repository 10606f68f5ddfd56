import 'server-only';
import { env } from './env';

// The one place the server asks what time it is. Use cases take "now" from here (or as an argument
// defaulting to it) and hand it to lib/domain, which never reads the clock itself. Tests and demos
// fix it with CLOCK_FIXED_AT (an ISO date-time); unset, it is the real time.
export function now(): Date {
  const fixed = env().CLOCK_FIXED_AT;
  return fixed ? new Date(fixed) : new Date();
}

/**
 * The real time, even when CLOCK_FIXED_AT fixes `now()`: only for measuring elapsed time (the open
 * data API's per-minute windows and lockouts), never for a date a record or a rule carries. With a
 * fixed business clock a rate-limit window would otherwise never end.
 */
export function elapsedClock(): Date {
  return new Date();
}
