import 'server-only';
import { afterFailure, isLocked, type ThrottleLimits, type ThrottleState } from '@/lib/domain/security/sign-in-throttle';
import type { Tx } from '../db';
import { env } from '../env';

// Counters of failed sign-ins live in PostgreSQL (table SignInThrottle), so a lockout holds across
// restarts and across several app servers. Every attempt locks its rows first: attempts on one
// account (or from one address) are decided one at a time, and the limit cannot be outrun in parallel.

export type ThrottleKind = 'user' | 'ip' | 'registration';

export function throttleLimits(kind: ThrottleKind): ThrottleLimits {
  const e = env();
  // Self-registration counts every attempt (not only failures) from one address, per hour.
  if (kind === 'registration') return { maxFailures: e.REGISTRATION_IP_MAX_PER_HOUR, windowMs: 3_600_000, lockoutMs: 3_600_000 };
  return {
    maxFailures: kind === 'user' ? e.SIGNIN_MAX_FAILURES : e.SIGNIN_IP_MAX_FAILURES,
    windowMs: e.SIGNIN_WINDOW_MINUTES * 60_000,
    lockoutMs: e.SIGNIN_LOCKOUT_MINUTES * 60_000,
  };
}

export interface ThrottleKey {
  kind: ThrottleKind;
  key: string;
}

export function throttleKeys(username: string, ip: string): ThrottleKey[] {
  return [
    { kind: 'user', key: `user:${username}` },
    { kind: 'ip', key: `ip:${ip}` },
  ];
}

/** The key self-registration is counted under (one per address). */
export function registrationThrottleKey(ip: string): ThrottleKey {
  return { kind: 'registration', key: `register:ip:${ip}` };
}

/**
 * Locks the rows of the keys (creating them), in a fixed order so two attempts never deadlock. The
 * open data API counts its requests under "api:<client>" with the same lock (open-data/rate-limit.ts).
 */
export async function lockThrottleRows(tx: Tx, keys: Pick<ThrottleKey, 'key'>[], at: Date): Promise<Map<string, ThrottleState>> {
  const names = keys.map((k) => k.key).sort();
  for (const key of names) {
    await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "updatedAt")
      VALUES (${key}, 0, ${at}, ${at}) ON CONFLICT ("key") DO NOTHING`;
  }
  const rows = await tx.$queryRaw<{ key: string; failures: number; windowStartedAt: Date; lockedUntil: Date | null }[]>`
    SELECT "key", "failures", "windowStartedAt", "lockedUntil" FROM "SignInThrottle"
    WHERE "key" = ANY(${names}) ORDER BY "key" FOR UPDATE`;
  return new Map(rows.map((r) => [r.key, { failures: r.failures, windowStartedAt: r.windowStartedAt, lockedUntil: r.lockedUntil }]));
}

export function anyLocked(states: Map<string, ThrottleState>, at: Date): boolean {
  return [...states.values()].some((s) => isLocked(s, at));
}

export async function countFailure(tx: Tx, keys: ThrottleKey[], states: Map<string, ThrottleState>, at: Date): Promise<void> {
  for (const { kind, key } of keys) {
    const next = afterFailure(states.get(key) ?? null, at, throttleLimits(kind));
    await tx.signInThrottle.update({ where: { key }, data: { ...next, updatedAt: at } });
  }
}

/** A successful sign-in clears the account's count; the address keeps its own. */
export async function clearAccountFailures(tx: Tx, username: string, at: Date): Promise<void> {
  await tx.signInThrottle.update({ where: { key: `user:${username}` }, data: { failures: 0, windowStartedAt: at, updatedAt: at } });
}
