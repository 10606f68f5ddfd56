import 'server-only';
import type { z } from 'zod';
import { runValidated, SESSION_EXPIRED, type ServerAction } from '../action';
import { findSession } from '../auth';
import type { SessionUser } from './session';

/**
 * Like action(), for the one thing a person owing a password change may do: change it. action()
 * refuses such a session (findActor is null until the change), this accepts any valid session.
 */
export function sessionAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, session: SessionUser) => Promise<T>): ServerAction<S, T> {
  return async (input) => {
    const session = await findSession();
    if (!session) return SESSION_EXPIRED;
    return runValidated(schema, input, (data) => handler(data, session));
  };
}
