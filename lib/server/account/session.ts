import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { now } from '../clock';
import { db, type Db, type Tx } from '../db';
import { env } from '../env';
import { toActor } from './to-actor';

// A session is a signed cookie (next-auth JWT) that carries the user id, the user's session
// version at sign-in and the time of sign-in. It is honoured only while the version still matches
// the database (sign-out, password reset, role or scope change and deactivation raise it, ending
// every session of the user at once) and while the absolute lifetime has not run out. The cookie's
// own expiry is the sliding lifetime (SESSION_MAX_AGE_HOURS).

export interface SessionClaims {
  userId?: unknown;
  sessionVersion?: unknown;
  /** Sign-in time, ms since the epoch. */
  signedInAt?: unknown;
}

export type SessionUser = { actor: Actor; mustChangePassword: boolean };

/** The user a session stands for, or null when it was revoked, has run out or is malformed. */
export async function findSessionUser(claims: SessionClaims | null, at: Date = now()): Promise<SessionUser | null> {
  const id = Number(claims?.userId);
  const version = claims?.sessionVersion;
  const signedInAt = claims?.signedInAt;
  if (!Number.isInteger(id) || id <= 0 || typeof version !== 'number' || typeof signedInAt !== 'number') return null;
  if (at.getTime() - signedInAt >= env().SESSION_ABSOLUTE_MAX_HOURS * 3_600_000 || signedInAt > at.getTime() + 60_000) return null;
  const user = await db.user.findUnique({ where: { id } });
  if (!user || !user.isActive || user.sessionVersion !== version) return null;
  return { actor: toActor(user), mustChangePassword: user.mustChangePassword };
}

/** Ends every session of the user: call in the transaction that changes what a session relies on. */
export async function endAllSessions(tx: Tx | Db, userId: number): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
