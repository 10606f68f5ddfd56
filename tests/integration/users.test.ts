// Account administration and sign-in checks on a real database.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { signInWithPassword } from '@/lib/server/account/sign-in';
import { createUser } from '@/lib/server/users/create-user';
import { resetUserPassword } from '@/lib/server/users/reset-user-password';
import { setUserActive } from '@/lib/server/users/set-user-active';
import { findUsers } from '@/lib/server/users/find-users';
import { createWorld, freshWorld } from '../factories/world';
import { errorOf } from '../factories/errors';

let w: Awaited<ReturnType<typeof createWorld>>;
const verifyCredentials = async (username: string, password: string) => (await signInWithPassword(username, password, '203.0.113.7'))?.actor ?? null;

beforeAll(async () => { w = await freshWorld(createWorld); });


describe('creating accounts', () => {
  it('creates a xã officer who can then sign in, with the password hashed', async () => {
    const { id } = await createUser(w.actors.admin, {
      username: 'xa.moi',
      fullName: 'Nguyễn Văn Mới',
      role: 'XA_OFFICER',
      adminUnitId: w.xaA.id,
      password: 'MatKhauMoi2026',
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id } });
    expect(stored.passwordHash).not.toContain('MatKhauMoi2026');
    const actor = await verifyCredentials('XA.MOI', 'MatKhauMoi2026');
    expect(actor).toMatchObject({ role: 'XA_OFFICER', adminUnitId: w.xaA.id, provinceId: w.hp.province.id });
  });

  it('refuses a xã of another province', async () => {
    const error = await errorOf(
      createUser(w.actors.admin, { username: 'xa.sai', fullName: 'Sai Tỉnh', role: 'XA_OFFICER', adminUnitId: w.xaLd.id, password: 'MatKhauMoi2026' }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Xã/phường không thuộc tỉnh/thành phố của bạn.');
    expect(error.fieldErrors?.adminUnitId).toBe('Không hợp lệ');
    expect(await db.user.count({ where: { username: 'xa.sai' } })).toBe(0);
  });

  it('refuses a username already taken, naming the field', async () => {
    const error = await errorOf(
      createUser(w.actors.admin, { username: 'xa.moi', fullName: 'Trùng', role: 'TTKC_STAFF', organizationId: w.hp.orgs.ttkc.id, password: 'MatKhauMoi2026' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.fieldErrors?.username).toBe('Tên đăng nhập đã tồn tại');
  });

  it('is for the system administrator only', async () => {
    for (const actor of [w.actors.sct, w.actors.ttkc, w.actors.xaA]) {
      expect((await errorOf(findUsers(actor))).code).toBe('FORBIDDEN');
    }
  });

  it("does not let one province's administrator touch another province's accounts", async () => {
    const ldAdmin = await db.user.create({
      data: { username: 'ld.admin.test', passwordHash: 'x', fullName: 'Quản trị LĐ', role: 'SYSTEM_ADMIN', provinceId: w.ld.province.id },
    });
    const actor = { ...w.actors.admin, id: ldAdmin.id, provinceId: w.ld.province.id };
    expect((await errorOf(setUserActive(actor, w.actors.ttkc.id, false))).code).toBe('NOT_FOUND');
    expect((await errorOf(resetUserPassword(actor, w.actors.ttkc.id, 'MatKhauMoi2026'))).code).toBe('NOT_FOUND');
  });
});

describe('signing in', () => {
  it('answers a wrong password and an unknown user the same way', async () => {
    expect(await verifyCredentials('xa.moi', 'sai-mat-khau')).toBeNull();
    expect(await verifyCredentials('khong.co.ai', 'sai-mat-khau')).toBeNull();
  });

  it('refuses a deactivated account until it is reactivated', async () => {
    const user = await db.user.findUniqueOrThrow({ where: { username: 'xa.moi' } });
    await setUserActive(w.actors.admin, user.id, false);
    expect(await verifyCredentials('xa.moi', 'MatKhauMoi2026')).toBeNull();
    await setUserActive(w.actors.admin, user.id, true);
    await resetUserPassword(w.actors.admin, user.id, 'MatKhauKhac2027');
    expect(await verifyCredentials('xa.moi', 'MatKhauMoi2026')).toBeNull();
    expect(await verifyCredentials('xa.moi', 'MatKhauKhac2027')).not.toBeNull();
    const events = await db.auditEvent.findMany({ where: { entityType: 'User', entityId: user.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.event).filter((e) => !e.startsWith('signIn'))).toEqual(['create', 'deactivate', 'activate', 'resetPassword']);
  });
});
