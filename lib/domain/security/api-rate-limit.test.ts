import { describe, expect, it } from 'vitest';
import { apiRateLimits, retryAfterSeconds } from './api-rate-limit';
import { afterFailure, isLocked, type ThrottleState } from './sign-in-throttle';

const t0 = new Date('2026-12-01T02:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('API rate limit', () => {
  it('lets exactly perMinute requests through in a window and locks at the next one', () => {
    const limits = apiRateLimits(3);
    let state: ThrottleState | null = null;
    for (let i = 0; i < 3; i++) {
      expect(isLocked(state, at(i))).toBe(false);
      state = afterFailure(state, at(i), limits);
      expect(isLocked(state, at(i))).toBe(false);
    }
    state = afterFailure(state, at(3), limits);
    expect(isLocked(state, at(3))).toBe(true);
    expect(retryAfterSeconds(state, at(3))).toBe(60);
    expect(retryAfterSeconds(state, at(59_500))).toBe(1);
    expect(isLocked(state, at(60_003))).toBe(false);
  });

  it('starts a new count when the window has passed', () => {
    const limits = apiRateLimits(2);
    let state: ThrottleState | null = afterFailure(null, at(0), limits);
    state = afterFailure(state, at(1), limits);
    state = afterFailure(state, at(60_001), limits);
    expect(isLocked(state, at(60_001))).toBe(false);
    expect(state.failures).toBe(1);
  });
});
