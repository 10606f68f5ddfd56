// How a refusal reaches a page (lib/server/authz.ts): a use case refuses with FORBIDDEN and says which
// permission was missing; forPage turns "not found" — from a use case or from the database (an id
// beyond integer range) — into the 404 page, and lets every other error through as it is, so a
// malformed address never answers 500 and a real fault is never hidden behind a 404. A denial (a
// missing permission, a record out of scope) is audited with the signed-in user: the session is
// stood in for here, since it needs a request.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { OUT_OF_SCOPE } from '@/lib/server/audit-denied';
import { assertCan, forPage } from '@/lib/server/authz';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { errorOf } from '../factories/errors';
import { createActor } from '../factories/world';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/server/auth', () => ({ findActor: async () => session.actor }));

const NOT_FOUND_PAGE = 'NEXT_HTTP_ERROR_FALLBACK;404';
const FORBIDDEN_PAGE = 'NEXT_HTTP_ERROR_FALLBACK;403';
const digestOf = (promise: Promise<unknown>) => forPage(promise).catch((e: { digest?: string }) => e.digest);
const lastDenied = () => db.auditEvent.findFirst({ where: { event: 'denied' }, orderBy: { id: 'desc' } });

beforeAll(async () => {
  session.actor = await createActor('XA_OFFICER', { provinceId: null });
  // forbidden() is Next's experimental auth interrupt, switched on by next.config.ts for the app.
  vi.stubEnv('__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS', 'true');
});
const xaOfficer: Actor = { id: 1, role: 'XA_OFFICER', fullName: 'Cán bộ xã', provinceId: 1, organizationId: null, adminUnitId: 1, facilityId: null };

describe('a refusal on the way to a page', () => {
  it('FORBIDDEN names, for the audit trail, the permission the role lacks', () => {
    let refused: unknown;
    try {
      assertCan(xaOfficer, 'payment:control');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.', detail: 'missing payment:control' });
    expect(() => assertCan(xaOfficer, 'project:read')).not.toThrow();
  });

  it('passes what the use case returns through', async () => {
    expect(await forPage(Promise.resolve({ id: 7 }))).toEqual({ id: 7 });
  });

  it('shows the 404 page for a record not found, without recording a denied attempt', async () => {
    const before = await db.auditEvent.count({ where: { event: 'denied' } });
    expect(await forPage(Promise.reject(new AppError('NOT_FOUND', 'Không tìm thấy đề án.'))).catch((e: { digest?: string }) => e.digest)).toBe(NOT_FOUND_PAGE);
    expect(await db.auditEvent.count({ where: { event: 'denied' } })).toBe(before);
  });

  it('shows the 404 page for an id the database cannot even hold', async () => {
    expect(await forPage(db.project.findFirst({ where: { id: 2 ** 40 } })).catch((e: { digest?: string }) => e.digest)).toBe(NOT_FOUND_PAGE);
  });

  it('lets any other error through unchanged: a validation refusal, a database error, a fault', async () => {
    const invalid = new AppError('VALIDATION', 'Dữ liệu không hợp lệ.');
    expect(await errorOf(forPage(Promise.reject(invalid)))).toBe(invalid);
    const fault = new Error('ổ đĩa đầy');
    expect(await forPage(Promise.reject(fault)).catch((e) => e)).toBe(fault);
    // A NUL in a text filter is refused by PostgreSQL: an error, not a 404.
    const nul = await forPage(db.project.findFirst({ where: { code: 'a\u0000b' } })).catch((e) => e);
    expect(nul).toBeInstanceOf(Error);
    expect((nul as { digest?: string }).digest).toBeUndefined();
  });
});

describe('a denial on the way to a page', () => {
  it('shows the 403 page for a missing permission and records the attempt with the signed-in user', async () => {
    const refusal = new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.', undefined, 'missing payment:control');
    expect(await digestOf(Promise.reject(refusal))).toBe(FORBIDDEN_PAGE);
    expect(await lastDenied()).toMatchObject({ actorId: session.actor!.id, entityType: 'Access', reason: 'FORBIDDEN: missing payment:control', data: { where: 'page', role: 'XA_OFFICER' } });
  });

  it('shows the 404 page for a record out of scope, and records that attempt too', async () => {
    const before = await db.auditEvent.count({ where: { event: 'denied' } });
    expect(await digestOf(Promise.reject(new AppError('NOT_FOUND', 'Không tìm thấy đề án.', undefined, OUT_OF_SCOPE)))).toBe(NOT_FOUND_PAGE);
    expect(await db.auditEvent.count({ where: { event: 'denied' } })).toBe(before + 1);
    expect(await lastDenied()).toMatchObject({ actorId: session.actor!.id, reason: `NOT_FOUND: ${OUT_OF_SCOPE}` });
  });
});
