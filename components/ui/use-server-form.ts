'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/server/action';

/**
 * A react-hook-form bound to a shared zod schema and a server action. Values stay as typed (`raw`)
 * so the server parses them with the same schema; a refusal shows its Vietnamese message and marks
 * the fields the server named.
 */
export function useServerForm<V extends FieldValues, T>({
  schema,
  defaultValues,
  action,
  onSuccess,
  redirectTo,
  resetOnSuccess = false,
}: {
  schema: z.ZodType;
  defaultValues: DefaultValues<V>;
  /** A server action taking the schema's input; typed loosely because form values are raw strings. */
  action: (values: never) => Promise<ActionResult<T>>;
  onSuccess?: (data: T, values: V) => void | string;
  redirectTo?: (data: T) => string;
  /** Empty the form again after a success (forms that stay on the page for the next entry). */
  resetOnSuccess?: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<V>({ resolver: zodResolver(schema as never, undefined, { raw: true }) as never, defaultValues });
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    setNotice(null);
    const result = await (action as unknown as (v: V) => Promise<ActionResult<T>>)(values);
    if (!result.ok) {
      setError(result.message);
      for (const [key, message] of Object.entries(result.fieldErrors ?? {})) form.setError(key as Path<V>, { message });
      return;
    }
    if (resetOnSuccess) form.reset(defaultValues);
    const message = onSuccess?.(result.data, values);
    if (typeof message === 'string') setNotice(message);
    if (redirectTo) router.push(redirectTo(result.data));
    else router.refresh();
  });
  return { form, error, notice, onSubmit };
}
