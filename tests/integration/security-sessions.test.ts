// Sign-in throttling, and sessions that end: an old cookie is refused after sign-out, a password
// reset, a deactivation, a role change and after the absolute lifetime — checked by decoding the
// very cookie value next-auth issued and running the session check on it.
import { decode, encode } from 'next-auth/jwt';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { authOptions, hashPassword } from '@/lib/server/auth';
import { findSessionUser } from '@/lib/server/account/session';
import { signInWithPassword } from '@/lib/server/account/sign-in';
import { resetUserPassword } from '@/lib/server/users/reset-user-password';
import { setUserActive } from '@/lib/server/users/set-user-active';
import { createWorld, freshWorld } from '../factories/world';

const PASSWORD = 'ca phe sua da buoi sang';
const secret = process.env.NEXTAUTH_SECRET!;
const t0 = new Date('2030-03-01T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
let w: Awaited<ReturnType<typeof createWorld>>;

beforeAll(async () => { w = await freshWorld(createWorld); });

async function account(username: string) {
  return db.user.create({
    data: { username, passwordHash: await hashPassword(PASSWORD), fullName: username, role: 'TTKC_STAFF', provinceId: w.hp.province.id, organizationId: w.hp.orgs.ttkc.id },
  });
}

/** Signs in as next-auth does and returns the session cookie's value. */
async function signInCookie(username: string, when: Date): Promise<string> {
  const signedIn = await signInWithPassword(username, PASSWORD, '198.51.100.1', when);
  expect(signedIn).not.toBeNull();
  const user = { id: String(signedIn!.actor.id), role: signedIn!.actor.role, sessionVersion: signedIn!.sessionVersion, signedInAt: when.getTime() };
  const token = await authOptions.callbacks!.jwt!({ token: {}, user, account: null, trigger: 'signIn' } as never);
  return encode({ token, secret });
}

/** The session check of every request, run on a cookie value. */
async function actorOf(cookie: string, when: Date) {
  const token = await decode({ token: cookie, secret });
  const session = await authOptions.callbacks!.session!({ session: { expires: '' }, token } as never);
  return (await findSessionUser(session as never, when))?.actor ?? null;
}

describe('sign-in throttling', () => {
  it('refuses the 6th attempt within the window even with the right password, until the lockout ends', async () => {
    const user = await account('khoa.thu');
    for (let i = 0; i < 5; i++) expect(await signInWithPassword('khoa.thu', 'sai mat khau roi nhe', '198.51.100.2', at(i))).toBeNull();
    expect(await signInWithPassword('khoa.thu', PASSWORD, '198.51.100.3', at(5))).toBeNull();
    expect(await signInWithPassword('khoa.thu', PASSWORD, '198.51.100.3', at(18))).toBeNull();
    // The fifth failure was at minute 4; the 15-minute lockout ends at minute 19.
    expect(await signInWithPassword('khoa.thu', PASSWORD, '198.51.100.3', at(19))).not.toBeNull();
    const events = await db.auditEvent.findMany({ where: { entityType: 'User', entityId: user.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.event)).toEqual([
      ...Array(5).fill('signInFailed'),
      'signInRefusedLocked',
      'signInRefusedLocked',
      'signIn',
    ]);
    expect(events[0]!.data).toMatchObject({ username: 'khoa.thu', ip: '198.51.100.2' });
  });

  it('counts four failures, then a success clears the count', async () => {
    await account('bon.lan');
    for (let i = 0; i < 4; i++) await signInWithPassword('bon.lan', 'sai mat khau roi nhe', '198.51.100.4', at(i));
    expect(await signInWithPassword('bon.lan', PASSWORD, '198.51.100.4', at(4))).not.toBeNull();
    for (let i = 0; i < 4; i++) await signInWithPassword('bon.lan', 'sai mat khau roi nhe', '198.51.100.4', at(5 + i));
    expect(await signInWithPassword('bon.lan', PASSWORD, '198.51.100.4', at(10))).not.toBeNull();
  });

  it('locks an address that tries many accounts, whatever account it tries next', async () => {
    await account('nan.nhan');
    for (let i = 0; i < 30; i++) await signInWithPassword(`doan.mo.${i}`, 'sai mat khau roi nhe', '198.51.100.66', at(30));
    expect(await signInWithPassword('nan.nhan', PASSWORD, '198.51.100.66', at(31))).toBeNull();
    expect(await signInWithPassword('nan.nhan', PASSWORD, '198.51.100.67', at(31))).not.toBeNull();
  }, 120_000); // 31 password checks: slow on a busy machine

  it('audits an unknown name as a failure without an account', async () => {
    await signInWithPassword('khong.co.ai', 'sai mat khau roi nhe', '198.51.100.9', at(40));
    const event = await db.auditEvent.findFirstOrThrow({ where: { event: 'signInFailed', reason: 'unknownUser' } });
    expect(event).toMatchObject({ entityType: 'User', entityId: 0, actorId: null });
  });
});

describe('revocable sessions', () => {
  it('honours a fresh cookie', async () => {
    await account('phien.moi');
    const cookie = await signInCookie('phien.moi', at(100));
    expect(await actorOf(cookie, at(101))).toMatchObject({ role: 'TTKC_STAFF' });
  });

  it('refuses an old cookie after sign-out, on every device', async () => {
    const user = await account('dang.xuat');
    const laptop = await signInCookie('dang.xuat', at(100));
    const phone = await signInCookie('dang.xuat', at(101));
    const token = await decode({ token: laptop, secret });
    await authOptions.events!.signOut!({ token: token!, session: undefined as never });
    expect(await actorOf(laptop, at(102))).toBeNull();
    expect(await actorOf(phone, at(102))).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: user.id, event: 'signOut' } })).toBe(1);
    expect(await actorOf(await signInCookie('dang.xuat', at(103)), at(103))).not.toBeNull();
  });

  it('refuses an old cookie after an administrator resets the password', async () => {
    const user = await account('dat.lai');
    const cookie = await signInCookie('dat.lai', at(100));
    await resetUserPassword(w.actors.admin, user.id, 'mot mat khau moi rat dai');
    expect(await actorOf(cookie, at(101))).toBeNull();
  });

  it('refuses an old cookie after deactivation, and after reactivation too', async () => {
    const user = await account('khoa.tk');
    const cookie = await signInCookie('khoa.tk', at(100));
    await setUserActive(w.actors.admin, user.id, false);
    expect(await actorOf(cookie, at(101))).toBeNull();
    await setUserActive(w.actors.admin, user.id, true);
    expect(await actorOf(cookie, at(102))).toBeNull();
  });

  it('refuses an old cookie after a change of role or scope', async () => {
    const user = await account('doi.vai');
    const cookie = await signInCookie('doi.vai', at(100));
    await db.user.update({ where: { id: user.id }, data: { role: 'STC_OFFICER', organizationId: w.hp.orgs.stc.id } });
    expect(await actorOf(cookie, at(101))).toBeNull();
  });

  it('ends a session at its absolute lifetime however active it is', async () => {
    await account('lau.qua');
    const cookie = await signInCookie('lau.qua', at(0));
    expect(await actorOf(cookie, at(12 * 60 - 1))).not.toBeNull();
    expect(await actorOf(cookie, at(12 * 60))).toBeNull();
  });
});
