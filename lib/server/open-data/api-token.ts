import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

// Open data API tokens. A token is 32 random bytes (base64url) behind a recognisable prefix. It is shown once; the database keeps its SHA-256 only — a token has 256 bits of entropy, so a plain hash cannot be
// brute-forced, and lookup by hash stays one indexed query per request.

const PREFIX = 'kcmo_';

export function generateApiToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** What the admin page shows to tell tokens apart: "kcmo_AbCd…". */
export function tokenPrefix(token: string): string {
  return token.slice(0, PREFIX.length + 6);
}

/** The token of an `Authorization: Bearer …` header (the scheme is case-insensitive); null when absent or malformed. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer[ ]+([A-Za-z0-9_\-]{10,200})$/i.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}
