import 'server-only';
import { cache } from 'react';
import bcrypt from 'bcryptjs';
import { getServerSession, type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { forbidden, redirect } from 'next/navigation';
import { can, type Permission } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { signInSchema } from '@/lib/schemas/auth';
import { db } from './db';
import { env } from './env';
import { now as clockNow } from '@/lib/server/clock';

/** Same words for a wrong password and an unknown user: no hint which one it was. */
export const SIGN_IN_FAILED = 'Tên đăng nhập hoặc mật khẩu không đúng.';

// A hash to compare against when the user does not exist, so both paths take the same time.
const DUMMY_HASH = '$2b$10$9FISkgv90vNhpCAjqWav3Oyy0iVQlFBeygxZT6NA5YC3o.M.8l52C';

export async function verifyCredentials(username: string, password: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { username: username.trim().toLowerCase() } });
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.isActive) return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: clockNow() } });
  return toActor(user);
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10);
}

function toActor(user: {
  id: number;
  role: Actor['role'];
  fullName: string;
  provinceId: number | null;
  organizationId: number | null;
  adminUnitId: number | null;
  facilityId: number | null;
}): Actor {
  return {
    id: user.id,
    role: user.role,
    fullName: user.fullName,
    provinceId: user.provinceId,
    organizationId: user.organizationId,
    adminUnitId: user.adminUnitId,
    facilityId: user.facilityId,
  };
}

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
  pages: { signIn: '/dang-nhap' },
  providers: [
    CredentialsProvider({
      name: 'Tài khoản',
      credentials: { username: { label: 'Tên đăng nhập', type: 'text' }, password: { label: 'Mật khẩu', type: 'password' } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const actor = await verifyCredentials(parsed.data.username, parsed.data.password);
        return actor
          ? { id: String(actor.id), name: actor.fullName, role: actor.role, provinceId: actor.provinceId, adminUnitId: actor.adminUnitId, facilityId: actor.facilityId }
          : null;
      },
    }),
  ],
  callbacks: {
    // The session carries role, province and scope for display; authorization never trusts them:
    // findActor reads the user fresh from the database on every request, so a change of role or a
    // deactivation takes effect at once.
    async jwt({ token, user }) {
      if (user) {
        const u = user as typeof user & Partial<Pick<Actor, 'role' | 'provinceId' | 'adminUnitId' | 'facilityId'>>;
        Object.assign(token, { sub: u.id, role: u.role, provinceId: u.provinceId, adminUnitId: u.adminUnitId, facilityId: u.facilityId });
      }
      return token;
    },
    async session({ session, token }) {
      return {
        ...session,
        userId: token.sub,
        role: token.role,
        provinceId: token.provinceId,
        adminUnitId: token.adminUnitId,
        facilityId: token.facilityId,
      };
    },
  },
};

/** The signed-in actor, loaded from the database once per request; null when anonymous or deactivated. */
export const findActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  const id = Number(session?.userId);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = await db.user.findUnique({ where: { id } });
  return user && user.isActive ? toActor(user) : null;
});

/** For pages: anonymous users go to sign-in (and come back afterwards). */
export async function requireActor(returnTo = '/'): Promise<Actor> {
  const actor = await findActor();
  if (!actor) redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** For pages: renders the 403 page when the role lacks the permission. */
export async function requirePermission(permission: Permission, returnTo = '/'): Promise<Actor> {
  const actor = await requireActor(returnTo);
  if (!can(actor, permission)) forbidden();
  return actor;
}
