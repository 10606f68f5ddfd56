import 'server-only';
import { notFound, forbidden } from 'next/navigation';
import { can, type Permission } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { adminUnitScope } from '@/lib/domain/scope';
import { isDenial, OUT_OF_SCOPE, recordDenied } from './audit-denied';
import { findActor } from './auth';
import { databaseRefusal } from './database-errors';
import type { Tx } from './db';
import { AppError } from './errors';

/** Throws FORBIDDEN unless the role has the permission. Use cases call it first thing. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.', undefined, `missing ${permission}`);
}

/** The actor's own province, for a use case that adds a row of it; an account above provinces is refused. */
export function getActorProvinceIdOrThrow(actor: Actor): number {
  if (actor.provinceId === null) throw new AppError('FORBIDDEN', 'Tài khoản không thuộc tỉnh, thành phố nào.');
  return actor.provinceId;
}

/** Refuses (on the adminUnitId field, with `message`) a xã outside the province or the actor's scope. */
export async function assertAdminUnitInScope(tx: Tx, actor: Actor, provinceId: number, adminUnitId: number, message: string): Promise<void> {
  const unit = await tx.adminUnit.findFirst({ where: { AND: [{ id: adminUnitId, provinceId }, adminUnitScope(actor)] }, select: { id: true } });
  if (!unit) throw new AppError('VALIDATION', message, { adminUnitId: 'Chọn xã của địa phương' });
}

/**
 * Returns a row loaded through the actor's scope. Out of scope, the answer is NOT_FOUND whether the
 * row exists or not, so nobody learns what another province (xã, facility) holds by trying ids;
 * a row that does exist is marked so the refusal is audited as a denied attempt.
 */
export async function getInScopeOrThrow<T>(
  scoped: Promise<T | null>,
  existsAtAll: () => Promise<boolean>,
  what: string,
): Promise<T> {
  const row = await scoped;
  if (row) return row;
  const exists = await existsAtAll();
  throw new AppError('NOT_FOUND', `Không tìm thấy ${what}.`, undefined, exists ? OUT_OF_SCOPE : undefined);
}

/** For pages: turns FORBIDDEN / NOT_FOUND from a use case into the 403 / 404 page (auditing a denial). */
export async function forPage<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isDenial(error)) await recordDenied(await findActor(), 'page', error);
    // A use case's AppError comes back as it is; a refusal of the database caused by the address
    // (an id beyond integer range) becomes "not found" too.
    const refused = databaseRefusal(error);
    if (refused?.code === 'FORBIDDEN') forbidden();
    if (refused?.code === 'NOT_FOUND') notFound();
    throw error;
  }
}
