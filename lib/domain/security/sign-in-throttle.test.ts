import { describe, expect, it } from 'vitest';
import { afterFailure, isLocked, type ThrottleState } from './sign-in-throttle';

const limits = { maxFailures: 5, windowMs: 15 * 60_000, lockoutMs: 15 * 60_000 };
const t0 = new Date('2030-03-01T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function failTimes(minutes: number[]): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (const m of minutes) state = afterFailure(state, at(m), limits);
  return state;
}

describe('sign-in throttle', () => {
  it('does not lock after four failures', () => {
    expect(isLocked(failTimes([0, 1, 2, 3]), at(4))).toBe(false);
  });

  it('locks at the fifth failure within the window, until the lockout ends', () => {
    const state = failTimes([0, 1, 2, 3, 4]);
    expect(isLocked(state, at(5))).toBe(true);
    expect(isLocked(state, at(18.99))).toBe(true);
    expect(isLocked(state, at(19))).toBe(false);
  });

  it('starts counting again when the window has run out', () => {
    expect(isLocked(failTimes([0, 1, 2, 3, 15]), at(15))).toBe(false);
    expect(failTimes([0, 1, 2, 3, 15])?.failures).toBe(1);
  });

  it('gives a fresh count after a lockout', () => {
    const state = afterFailure(failTimes([0, 1, 2, 3, 4]), at(20), limits);
    expect(state.failures).toBe(1);
    expect(isLocked(state, at(20))).toBe(false);
  });
});
