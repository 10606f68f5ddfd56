import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** Only the SHA-256 of a verification token is stored; the token itself travels in the email. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export const VERIFICATION_VALID_MS = 48 * 3_600_000;
export const verificationLink = (token: string) => `/tai-khoan/xac-minh-email?token=${encodeURIComponent(token)}`;
