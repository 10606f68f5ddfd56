import 'server-only';
import type { Actor } from '@/lib/domain/roles';
import { AppError } from './errors';
import { db } from './db';

// Refused attempts are part of the audit trail (ASVS 7.2): a role asking for what it may not do,
// or anyone reaching for a record outside their scope (which they are told does not exist).

/** True for the errors that mean "you may not": FORBIDDEN, and NOT_FOUND for a row that exists out of scope. */
export function isDenial(error: unknown): error is AppError {
  return error instanceof AppError && (error.code === 'FORBIDDEN' || (error.code === 'NOT_FOUND' && error.detail === OUT_OF_SCOPE));
}

export const OUT_OF_SCOPE = 'outOfScope';

/** Appends a 'denied' audit row. Never fails the request it reports on: a write error is logged. */
export async function recordDenied(actor: Actor | null, where: string, error?: AppError | string): Promise<void> {
  const reason = typeof error === 'string' ? error : error ? `${error.code}${error.detail ? `: ${error.detail}` : ''}` : null;
  try {
    await db.auditEvent.create({
      data: {
        actorId: actor?.id ?? null,
        provinceId: actor?.provinceId ?? null,
        entityType: 'Access',
        entityId: 0,
        event: 'denied',
        reason,
        data: { where, role: actor?.role ?? null },
      },
    });
  } catch (cause) {
    console.error('[audit] could not record a denied attempt', cause);
  }
}
