import 'server-only';
import { cache } from 'react';
import bcrypt from 'bcryptjs';
import { getServerSession, type NextAuthOptions } from 'next-auth';
import CredentialsProviderModule from 'next-auth/providers/credentials';
import { forbidden, redirect } from 'next/navigation';
import { can, type Permission } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { SIGN_IN_FAILED_MESSAGE } from '@/lib/domain/security/sign-in-throttle';
import { safeCallbackUrl } from '@/lib/domain/urls';
import { signInSchema } from '@/lib/schemas/auth';
import { recordAudit } from './audit';
import { recordDenied } from './audit-denied';
import { findSessionUser, endAllSessions, type SessionUser } from './account/session';
import { decodeSessionToken, encodeSessionToken } from './account/session-token';
import { signInWithPassword } from './account/sign-in';
import { now } from './clock';
import { db } from './db';
import { env } from './env';

// next-auth ships CommonJS: bundled by Next its default export is the function, imported by plain
// Node (the benchmark's SQL timer, scripts run with tsx) it is the module object holding it.
const CredentialsProvider =
  (CredentialsProviderModule as unknown as { default?: typeof CredentialsProviderModule }).default ?? CredentialsProviderModule;

/** Same words for every failed sign-in: no hint which check refused it. */
export const SIGN_IN_FAILED = SIGN_IN_FAILED_MESSAGE;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/**
 * The client's address as the last proxy saw it: the rightmost x-forwarded-for entry (Next's own
 * server or the reverse proxy in front of it appends it; entries further left come from the client).
 */
export function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const list = (Array.isArray(forwarded) ? forwarded.join(',') : String(forwarded ?? '')).split(',').map((s) => s.trim()).filter(Boolean);
  return list.at(-1) ?? String(headers?.['x-real-ip'] ?? 'unknown');
}

const secure = (env().NEXTAUTH_URL ?? '').startsWith('https://');

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  // Behind HTTPS the cookies are Secure and carry the __Secure-/__Host- prefixes (next-auth's names).
  useSecureCookies: secure,
  session: { strategy: 'jwt', maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
  // next-auth's token format, its key derived once per process (lib/server/account/session-token.ts).
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: '/dang-nhap' },
  providers: [
    CredentialsProvider({
      name: 'Tài khoản',
      credentials: { username: { label: 'Tên đăng nhập', type: 'text' }, password: { label: 'Mật khẩu', type: 'password' } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const signedIn = await signInWithPassword(parsed.data.username, parsed.data.password, clientAddress(req?.headers));
        if (!signedIn) return null;
        const { actor, sessionVersion } = signedIn;
        return { id: String(actor.id), name: actor.fullName, role: actor.role, sessionVersion, signedInAt: now().getTime() };
      },
    }),
  ],
  callbacks: {
    // The token carries who, which session version and when: authorization never trusts more than
    // that — findActor reads the user fresh from the database on every request.
    async jwt({ token, user }) {
      if (user) {
        const u = user as typeof user & { role?: Actor['role']; sessionVersion?: number; signedInAt?: number };
        Object.assign(token, { sub: u.id, role: u.role, sessionVersion: u.sessionVersion, signedInAt: u.signedInAt });
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, role: token.role, sessionVersion: token.sessionVersion, signedInAt: token.signedInAt };
    },
    async redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl), baseUrl).toString();
    },
  },
  events: {
    // Signing out ends every session of the user, not only this browser's cookie.
    async signOut({ token }) {
      const id = Number(token?.sub);
      if (!Number.isInteger(id) || id <= 0) return;
      await db.$transaction(async (tx) => {
        const user = await tx.user.findUnique({ where: { id } });
        if (!user) return;
        await endAllSessions(tx, id);
        await recordAudit(tx, null, { entityType: 'User', entityId: id, provinceId: user.provinceId, event: 'signOut' });
      });
    },
  },
};

/** The session's user, loaded from the database once per request; null when anonymous, revoked or expired. */
export const findSession = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sessionVersion?: number; signedInAt?: number } | null;
  return findSessionUser(session);
});

/** The signed-in actor; null when anonymous, revoked, expired, or still owing a password change. */
export const findActor = cache(async (): Promise<Actor | null> => {
  const session = await findSession();
  return session && !session.mustChangePassword ? session.actor : null;
});

export const CHANGE_PASSWORD_PATH = '/doi-mat-khau';

/** For pages: anonymous users go to sign-in (and come back afterwards); a forced change comes first. */
export async function requireActor(returnTo = '/'): Promise<Actor> {
  const actor = await findActor();
  if (actor) return actor;
  if ((await findSession())?.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(returnTo)}`);
}

/** For pages: renders the 403 page when the role lacks the permission. */
export async function requirePermission(permission: Permission, returnTo = '/'): Promise<Actor> {
  const actor = await requireActor(returnTo);
  if (!can(actor, permission)) {
    await recordDenied(actor, `page:${returnTo}`, `missing ${permission}`);
    forbidden();
  }
  return actor;
}
