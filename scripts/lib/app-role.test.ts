// Which URL the running portal gets (scripts/lib/app-role.mjs): never the owner's credentials.
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM script shared with the launchers, no type declarations.
import { APP_ROLE, appDatabaseUrl, appRolePassword } from './app-role.mjs';

const OWNER = 'postgresql://postgres:owner-secret@db.example.vn:5432/khuyencong?sslmode=require';

afterEach(() => {
  delete process.env.DATABASE_APP_URL;
});

describe('the application database URL', () => {
  it('is the derived role on the owner\'s server and database, with a password from the session secret', () => {
    const url = new URL(appDatabaseUrl(OWNER, 'session-secret-1'));
    expect(url.username).toBe(APP_ROLE);
    expect(decodeURIComponent(url.password)).toBe(appRolePassword('session-secret-1'));
    expect(url.password).not.toContain('owner-secret');
    expect(`${url.host}${url.pathname}${url.search}`).toBe('db.example.vn:5432/khuyencong?sslmode=require');
  });

  it('derives one password per secret: every instance sharing NEXTAUTH_SECRET agrees, another secret differs', () => {
    expect(appRolePassword('a')).toBe(appRolePassword('a'));
    expect(appRolePassword('a')).not.toBe(appRolePassword('b'));
    expect(appRolePassword('a')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is DATABASE_APP_URL when set, on the database the owner migrated', () => {
    process.env.DATABASE_APP_URL = 'postgresql://khuyencong_web:web-secret@pooler.example.vn:6432/other';
    expect(appDatabaseUrl(OWNER, 'session-secret-1')).toBe('postgresql://khuyencong_web:web-secret@pooler.example.vn:6432/khuyencong');
  });
});
