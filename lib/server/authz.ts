import 'server-only';
import { notFound, forbidden } from 'next/navigation';
import { can, type Permission } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { isDenial, OUT_OF_SCOPE, recordDenied } from './audit-denied';
import { findActor } from './auth';
import { databaseRefusal } from './database-errors';
import { AppError } from './errors';

/** Throws FORBIDDEN unless the role has the permission. Use cases call it first thing. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.', undefined, `missing ${permission}`);
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
