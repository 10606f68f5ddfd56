import 'server-only';
import { env } from './env';

// The one place the server asks what time it is. Use cases take "now" from here (or as an argument
// defaulting to it) and hand it to lib/domain, which never reads the clock itself. Tests and demos
// fix it with CLOCK_FIXED_AT (an ISO date-time); unset, it is the real time.
export function now(): Date {
  const fixed = env().CLOCK_FIXED_AT;
  return fixed ? new Date(fixed) : new Date();
}
