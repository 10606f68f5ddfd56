// The open data API's rate limit, as the sign-in throttle's rule applied to requests: each request of
// a client is one count for its key; the request that goes past `perMinute` within the window closes
// the API to that client for one minute (answered 429 with Retry-After). The state lives in the same
// PostgreSQL table, under the same row lock, so several app servers share one count
// (lib/server/open-data/rate-limit.ts, docs/decisions/0039).
import type { ThrottleLimits, ThrottleState } from './sign-in-throttle';

export const API_RATE_WINDOW_MS = 60_000;

export function apiRateLimits(perMinute: number): ThrottleLimits {
  // afterFailure locks when the count reaches maxFailures: the (perMinute + 1)-th request.
  return { maxFailures: perMinute + 1, windowMs: API_RATE_WINDOW_MS, lockoutMs: API_RATE_WINDOW_MS };
}

/** Whole seconds until a locked key opens again (at least 1). */
export function retryAfterSeconds(state: ThrottleState, at: Date): number {
  const ms = (state.lockedUntil?.getTime() ?? at.getTime()) - at.getTime();
  return Math.max(1, Math.ceil(ms / 1000));
}

export const rateLimitKey = (clientId: number) => `api:${clientId}`;

/**
 * Requests without a valid token, per address: they are refused (401) and logged, but a flood of
 * them must not fill the access log; past this many a minute they answer 429 unlogged. Its own key,
 * so it never locks the address out of signing in.
 */
export const ANONYMOUS_REQUESTS_PER_MINUTE = 30;
export const anonymousRateKey = (address: string) => `api-anon:${address.slice(0, 100)}`;
