// Password rules on every path that sets one, and the change forced after an administrator chose it.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { changeOwnPassword } from '@/lib/server/account/change-own-password';
import { findSessionUser } from '@/lib/server/account/session';
import { signInWithPassword } from '@/lib/server/account/sign-in';
import { createUser } from '@/lib/server/users/create-user';
import { resetUserPassword } from '@/lib/server/users/reset-user-password';
import { createWorld, freshWorld } from '../factories/world';
import { errorOf } from '../factories/errors';
import { testNow } from '../factories/clock';

let w: Awaited<ReturnType<typeof createWorld>>;
const ip = '192.0.2.10';

beforeAll(async () => { w = await freshWorld(createWorld); });

const newUser = (username: string, password: string) =>
  createUser(w.actors.admin, { username, fullName: 'Người mới', role: 'TTKC_STAFF', organizationId: w.hp.orgs.ttkc.id, password });

describe('password rules', () => {
  it('refuses a common password, the username and a short one when creating an account', async () => {
    expect((await errorOf(newUser('tk.mot', 'password1234'))).fieldErrors?.password).toMatch(/phổ biến/);
    expect((await errorOf(newUser('tk.mot.hai.ba', 'tk.mot.hai.ba'))).fieldErrors?.password).toMatch(/tên đăng nhập/);
    expect((await errorOf(newUser('tk.mot', 'Ngan@2026'))).fieldErrors?.password).toMatch(/12 ký tự/);
    expect(await db.user.count({ where: { username: { startsWith: 'tk.mot' } } })).toBe(0);
  });

  it('refuses a common password on an administrator reset', async () => {
    expect((await errorOf(resetUserPassword(w.actors.admin, w.actors.ttkc.id, '123456789012'))).code).toBe('VALIDATION');
  });
});

describe('forced change', () => {
  it('makes a created account choose its own password before it can work, then sign in again', async () => {
    const { id } = await newUser('tk.moi', 'mat khau tam thoi cua admin');
    const first = await signInWithPassword('tk.moi', 'mat khau tam thoi cua admin', ip);
    expect(first?.mustChangePassword).toBe(true);
    const session = await findSessionUser({ userId: id, sessionVersion: first!.sessionVersion, signedInAt: testNow().getTime() });
    expect(session?.mustChangePassword).toBe(true);

    const wrong = await errorOf(changeOwnPassword(session!, { currentPassword: 'khong dung', newPassword: 'ban tay nho xiu xiu', confirmPassword: 'ban tay nho xiu xiu' }));
    expect(wrong.fieldErrors?.currentPassword).toBeDefined();
    const weak = await errorOf(changeOwnPassword(session!, { currentPassword: 'mat khau tam thoi cua admin', newPassword: 'iloveyou1234', confirmPassword: 'iloveyou1234' }));
    expect(weak.fieldErrors?.newPassword).toMatch(/dễ đoán/);

    await changeOwnPassword(session!, { currentPassword: 'mat khau tam thoi cua admin', newPassword: 'ban tay nho xiu xiu', confirmPassword: 'ban tay nho xiu xiu' });
    // The change ended the session it was made in.
    expect(await findSessionUser({ userId: id, sessionVersion: first!.sessionVersion, signedInAt: testNow().getTime() })).toBeNull();
    const again = await signInWithPassword('tk.moi', 'ban tay nho xiu xiu', ip);
    expect(again?.mustChangePassword).toBe(false);
    expect(await db.auditEvent.count({ where: { entityId: id, entityType: 'User', event: 'changePassword' } })).toBe(1);
  });

  it('forces a change after an administrator reset', async () => {
    const user = await db.user.findUniqueOrThrow({ where: { username: 'tk.moi' } });
    await resetUserPassword(w.actors.admin, user.id, 'quan tri dat lai mat khau');
    expect((await signInWithPassword('tk.moi', 'quan tri dat lai mat khau', ip))?.mustChangePassword).toBe(true);
  });
});
