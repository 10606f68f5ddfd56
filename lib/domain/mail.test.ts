import { describe, expect, it } from 'vitest';
import { afterFailedAttempt } from './mail';

const now = new Date('2031-03-01T00:00:00Z');
const rule = { maxAttempts: 4, baseSeconds: 60 };

describe('retry schedule of a failed email', () => {
  it('waits 1, 2, then 4 minutes between attempts', () => {
    expect(afterFailedAttempt(1, now, rule)).toEqual({ delivery: 'QUEUED', nextAttemptAt: new Date('2031-03-01T00:01:00Z') });
    expect(afterFailedAttempt(2, now, rule).nextAttemptAt).toEqual(new Date('2031-03-01T00:02:00Z'));
    expect(afterFailedAttempt(3, now, rule).nextAttemptAt).toEqual(new Date('2031-03-01T00:04:00Z'));
  });

  it('gives up after the last attempt allowed', () => {
    expect(afterFailedAttempt(4, now, rule).delivery).toBe('FAILED');
    expect(afterFailedAttempt(3, now, rule).delivery).toBe('QUEUED');
  });
});
