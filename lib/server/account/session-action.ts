import 'server-only';
import type { z } from 'zod';
import type { ActionResult } from '../action';
import { findSession } from '../auth';
import { AppError } from '../errors';
import type { SessionUser } from './session';

/**
 * Like action(), for the one thing a person owing a password change may do: change it. action()
 * refuses such a session (findActor is null until the change), this accepts any valid session.
 */
export function sessionAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, session: SessionUser) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const session = await findSession();
    if (!session) return { ok: false, code: 'UNAUTHENTICATED', message: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.' };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.')] ??= issue.message;
      return { ok: false, code: 'VALIDATION', message: parsed.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.', fieldErrors };
    }
    try {
      return { ok: true, data: await handler(parsed.data, session) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
      throw error;
    }
  };
}
