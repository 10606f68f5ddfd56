// Email delivery rules: preferences, statuses and the retry schedule. Pure; the outbox lives in
// lib/server/mail.
import type { EmailDelivery, EmailKind, EmailPreference } from '@/prisma/generated/client/enums';

export const EMAIL_PREFERENCE_LABELS: Record<EmailPreference, string> = {
  EACH: 'Gửi thư cho từng thông báo',
  DIGEST: 'Gửi một thư tổng hợp mỗi ngày',
  NONE: 'Không gửi thư',
};
export const EMAIL_PREFERENCES = Object.keys(EMAIL_PREFERENCE_LABELS) as EmailPreference[];

export const EMAIL_STATUS_LABELS: Record<EmailDelivery, string> = {
  QUEUED: 'Chờ gửi',
  SENT: 'Đã gửi',
  FAILED: 'Gửi không được',
  HELD: 'Trong hộp thư đi (chưa cấu hình SMTP)',
};
export const EMAIL_STATUS_TONES: Record<EmailDelivery, 'neutral' | 'success' | 'danger' | 'warning'> = {
  QUEUED: 'warning',
  SENT: 'success',
  FAILED: 'danger',
  HELD: 'neutral',
};

export const EMAIL_KIND_LABELS: Record<EmailKind, string> = { NOTIFICATION: 'Thông báo', DIGEST: 'Tổng hợp ngày', VERIFICATION: 'Xác nhận địa chỉ' };

/** The states a use case writes; QUEUED is where an email waits until delivered, retried or given up. */
export const EMAIL_STATUS = { queued: 'QUEUED', sent: 'SENT', failed: 'FAILED', held: 'HELD' } as const satisfies Record<string, EmailDelivery>;
export const EMAIL_PENDING_STATUS: EmailDelivery = EMAIL_STATUS.queued;

/** Who receives notifications one by one, or in the day's digest. */
export const EMAIL_EACH: EmailPreference = 'EACH';
export const EMAIL_DIGEST: EmailPreference = 'DIGEST';

/**
 * After a failed attempt (`attempts` counts it): wait base × 2^(attempts − 1) and try again, until
 * `maxAttempts` attempts have failed — then the email is FAILED and reported.
 */
export function afterFailedAttempt(
  attempts: number,
  now: Date,
  rule: { maxAttempts: number; baseSeconds: number },
): { delivery: EmailDelivery; nextAttemptAt: Date } {
  if (attempts >= rule.maxAttempts) return { delivery: 'FAILED', nextAttemptAt: now };
  const delayMs = rule.baseSeconds * 1000 * 2 ** (attempts - 1);
  return { delivery: 'QUEUED', nextAttemptAt: new Date(now.getTime() + delayMs) };
}

/** A plain-looking address check; the verification link is what proves the address. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}
