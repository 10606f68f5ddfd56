import 'server-only';
import bcrypt from 'bcryptjs';
import type { Actor } from '@/lib/domain/roles';
import { recordAudit } from '../audit';
import { now } from '../clock';
import { db } from '../db';
import { anyLocked, clearAccountFailures, countFailure, lockThrottleRows, throttleKeys } from './sign-in-throttle';
import { toActor } from './to-actor';

// A hash to compare against when the user does not exist, so both paths take the same time.
const DUMMY_HASH = '$2b$10$9FISkgv90vNhpCAjqWav3Oyy0iVQlFBeygxZT6NA5YC3o.M.8l52C';

export interface SignedIn {
  actor: Actor;
  sessionVersion: number;
  mustChangePassword: boolean;
}

/**
 * Checks a name and password under the sign-in throttle and audits the attempt, whatever its
 * outcome. Returns null for every kind of failure (unknown name, wrong password, deactivated,
 * locked out): the caller shows one message for all of them.
 */
export async function signInWithPassword(usernameInput: string, password: string, ip: string, at: Date = now()): Promise<SignedIn | null> {
  const username = usernameInput.trim().toLowerCase();
  const keys = throttleKeys(username, ip);
  return db.$transaction(async (tx) => {
    const states = await lockThrottleRows(tx, keys, at);
    const user = await tx.user.findUnique({ where: { username } });
    const passwordOk = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    const audit = { entityType: 'User', entityId: user?.id ?? 0, provinceId: user?.provinceId ?? null, data: { username, ip } };
    if (anyLocked(states, at)) {
      await recordAudit(tx, null, { ...audit, event: 'signInRefusedLocked' });
      return null;
    }
    if (!user || !passwordOk || !user.isActive) {
      await countFailure(tx, keys, states, at);
      await recordAudit(tx, null, { ...audit, event: 'signInFailed', reason: !user ? 'unknownUser' : !passwordOk ? 'wrongPassword' : 'inactive' });
      return null;
    }
    await clearAccountFailures(tx, username, at);
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: at } });
    const actor = toActor(user);
    await recordAudit(tx, actor, { ...audit, event: 'signIn' });
    return { actor, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword };
  });
}
