import 'server-only';
import { apiRateLimits, retryAfterSeconds } from '@/lib/domain/security/api-rate-limit';
import { afterFailure, isLocked } from '@/lib/domain/security/sign-in-throttle';
import { lockThrottleRows } from '../account/sign-in-throttle';
import type { Tx } from '../db';

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one request under `key` (a client, or an address without a valid token) in PostgreSQL (the sign-in throttle's table and row lock: every
 * app server shares the count, and parallel requests are decided one at a time).
 */
export async function takeRequest(tx: Tx, key: string, perMinute: number, at: Date): Promise<RateDecision> {
  const states = await lockThrottleRows(tx, [{ key }], at);
  const state = states.get(key) ?? null;
  if (state && isLocked(state, at)) return { allowed: false, retryAfterSeconds: retryAfterSeconds(state, at) };
  const next = afterFailure(state, at, apiRateLimits(perMinute));
  await tx.signInThrottle.update({ where: { key }, data: { ...next, updatedAt: at } });
  if (isLocked(next, at)) return { allowed: false, retryAfterSeconds: retryAfterSeconds(next, at) };
  return { allowed: true, remaining: Math.max(0, perMinute - next.failures) };
}
