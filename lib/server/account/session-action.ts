import 'server-only';
import type { z } from 'zod';
import { SESSION_EXPIRED, validationFailure, type ActionResult } from '../action';
import { findSession } from '../auth';
import { runUseCase } from '../run-use-case';
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
    if (!session) return SESSION_EXPIRED;
    const parsed = schema.safeParse(input);
    if (!parsed.success) return validationFailure(parsed.error);
    return runUseCase(() => handler(parsed.data, session));
  };
}
