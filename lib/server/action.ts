import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/domain/roles';
import { isDenial, recordDenied } from './audit-denied';
import { findActor } from './auth';
import { runUseCase, type ActionResult } from './run-use-case';

export type { ActionResult };

/** What a page's form calls: the input as typed, the use case's result or its refusal. */
export type ServerAction<S extends z.ZodType, T> = (input: z.input<S>) => Promise<ActionResult<T>>;

/** The answer to an action sent without a (valid) session. */
export const SESSION_EXPIRED: ActionResult<never> = { ok: false, code: 'UNAUTHENTICATED', message: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.' };

/**
 * Wraps a server action: authenticates, validates the input with the shared zod schema, runs the
 * use case (which checks permission and scope itself) and turns an AppError into a result the form
 * can show. Server actions are public endpoints: nothing here trusts the caller.
 */
export function action<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, actor: Actor) => Promise<T>): ServerAction<S, T> {
  return async (input) => {
    const actor = await findActor();
    if (!actor) return SESSION_EXPIRED;
    return runAction(actor, schema, handler, input);
  };
}

/** The part of action() after authentication: validate, run, map a refusal (and audit a denial). */
export async function runAction<S extends z.ZodType, T>(
  actor: Actor,
  schema: S,
  handler: (input: z.infer<S>, actor: Actor) => Promise<T>,
  input: z.input<S>,
): Promise<ActionResult<T>> {
  return runValidated(schema, input, async (data) => {
    try {
      return await handler(data, actor);
    } catch (error) {
      if (isDenial(error)) await recordDenied(actor, `action:${handler.name || 'anonymous'}`, error);
      throw error;
    }
  });
}

/** What every kind of action does once it knows who asks: validate with the shared schema, then run the use case. */
export async function runValidated<S extends z.ZodType, T>(schema: S, input: z.input<S>, run: (data: z.infer<S>) => Promise<T>): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  return runUseCase(() => run(parsed.data));
}

/** The refusal of input the shared schema rejects: the first message, and one message per field. */
export function validationFailure(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    if (!fieldErrors[key]) fieldErrors[key] = issue.message;
  }
  const first = error.issues[0];
  return { ok: false, code: 'VALIDATION', message: first ? first.message : 'Dữ liệu không hợp lệ.', fieldErrors };
}

/**
 * A server action of a public page (no session: a facility registering itself). Validates with the
 * shared schema and runs the use case, which must itself throttle and check everything it relies on.
 * Only pages outside the portal layout, listed as public in the authorization matrix, may use it.
 */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>) => Promise<T>): ServerAction<S, T> {
  return (input) => runValidated(schema, input, handler);
}
