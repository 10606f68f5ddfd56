import 'server-only';
import { notFound, forbidden } from 'next/navigation';
import { can, type Permission } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/roles';
import { databaseRefusal } from './database-errors';
import { AppError, forbiddenError, notFoundError } from './errors';

/** Throws FORBIDDEN unless the role has the permission. Use cases call it first thing. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbiddenError();
}

/**
 * Returns a row loaded through the actor's scope. When it is out of scope, says FORBIDDEN if the
 * row exists (so a person who followed a link learns they lack access) and NOT_FOUND otherwise.
 */
export async function getInScopeOrThrow<T>(
  scoped: Promise<T | null>,
  existsAtAll: () => Promise<boolean>,
  what: string,
): Promise<T> {
  const row = await scoped;
  if (row) return row;
  if (await existsAtAll()) throw forbiddenError(`Bạn không có quyền xem ${what} này.`);
  throw notFoundError(what);
}

/** For pages: turns FORBIDDEN / NOT_FOUND from a use case into the 403 / 404 page. */
export async function forPage<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    // A refusal of the database caused by the address (an id beyond integer range) is "not found" too.
    const refused = databaseRefusal(error);
    if (refused?.code === 'FORBIDDEN') forbidden();
    if (refused?.code === 'NOT_FOUND') notFound();
    throw error;
  }
}
