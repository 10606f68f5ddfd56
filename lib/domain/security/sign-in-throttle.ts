// Sign-in throttling as a pure rule: given what is counted for one key (an account or an address)
// and the time of a failed attempt, what is counted next. The server keeps the state in
// PostgreSQL under a row lock (lib/server/account/sign-in-throttle.ts).

export interface ThrottleLimits {
  maxFailures: number;
  windowMs: number;
  lockoutMs: number;
}

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

export function isLocked(state: ThrottleState | null, at: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > at.getTime();
}

/**
 * One more failure. A window that has run out starts again at this failure; reaching the limit
 * locks the key for the lockout period and starts a fresh count for after it.
 */
export function afterFailure(state: ThrottleState | null, at: Date, limits: ThrottleLimits): ThrottleState {
  const windowOver = !state || at.getTime() - state.windowStartedAt.getTime() >= limits.windowMs;
  const failures = windowOver ? 1 : state.failures + 1;
  if (failures >= limits.maxFailures) {
    return { failures: 0, windowStartedAt: at, lockedUntil: new Date(at.getTime() + limits.lockoutMs) };
  }
  return { failures, windowStartedAt: windowOver ? at : state.windowStartedAt, lockedUntil: state?.lockedUntil ?? null };
}

/** The same words for a wrong name, a wrong password, a locked or a deactivated account. */
export const SIGN_IN_FAILED_MESSAGE =
  'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá do đăng nhập sai nhiều lần. Vui lòng kiểm tra và thử lại sau ít phút.';
