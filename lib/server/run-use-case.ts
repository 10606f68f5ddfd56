import 'server-only';
import { databaseRefusal } from './database-errors';

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string> };

/**
 * Runs a use case and turns what it refused — an AppError, or a refusal of the database (a unique
 * key, a CHECK, an exclusion, malformed values; lib/server/database-errors.ts) — into a result with
 * a Vietnamese message. Anything else is a bug and propagates (a real 500). Shared by `action()` and
 * `route()`.
 */
export async function runUseCase<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    const refused = databaseRefusal(error);
    if (!refused) throw error;
    if (refused.detail) console.warn(`[action] ${refused.code}: ${refused.detail}`);
    return { ok: false, code: refused.code, message: refused.message, fieldErrors: refused.fieldErrors };
  }
}
