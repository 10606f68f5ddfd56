'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/server/action';
import { Alert } from './alert';
import { Button } from './button';
import { DecisionFields } from './decision-fields';
import { Field, fileInputClass } from './field';

interface DecisionFile {
  id: string;
  label: string;
  accept: string;
  required: boolean;
  hint?: string;
}

/**
 * A form that is one quyết định (DecisionFields) with its scanned file, sent as multipart to `send`
 * with the `fixed` fields; a refusal shows its message and marks the fields (and the file) it names.
 */
export function DecisionFileForm<V extends FieldValues>({
  ariaLabel,
  intro,
  idPrefix,
  schema,
  defaultValues,
  fixed = {},
  file,
  submitLabel,
  send,
}: {
  ariaLabel: string;
  intro?: ReactNode;
  idPrefix: string;
  schema: z.ZodType;
  defaultValues: DefaultValues<V>;
  fixed?: Record<string, string>;
  file: DecisionFile;
  submitLabel: string;
  send: (form: FormData) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const methods = useForm<V>({ resolver: zodResolver(schema as never, undefined, { raw: true }) as never, defaultValues });
  const {
    handleSubmit,
    setError: setFieldError,
    formState: { isSubmitting },
  } = methods;

  async function onSubmit(values: V) {
    setError(null);
    setFileError(null);
    const chosen = fileRef.current?.files?.[0];
    if (file.required && !chosen) return setFileError('Chọn tệp quyết định (PDF hoặc ảnh)');
    const form = new FormData();
    for (const [key, value] of Object.entries(fixed)) form.set(key, value);
    for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== '') form.set(key, String(value));
    if (chosen) form.set('file', chosen);
    const result = await send(form);
    if (!result.ok) {
      setError(result.message);
      for (const [key, message] of Object.entries(result.fieldErrors ?? {})) {
        if (key === 'file') setFileError(message);
        else setFieldError(key as Path<V>, { message });
      }
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label={ariaLabel}>
      {intro}
      {error && <Alert tone="error">{error}</Alert>}
      <FormProvider {...methods}>
        <DecisionFields idPrefix={idPrefix} prefix="" />
      </FormProvider>
      <Field id={file.id} label={file.label} hint={file.hint} error={fileError ?? undefined} required={file.required}>
        <input
          id={file.id}
          ref={fileRef}
          type="file"
          accept={file.accept}
          aria-invalid={!!fileError || undefined}
          aria-describedby={fileError ? `${file.id}-error` : file.hint ? `${file.id}-hint` : undefined}
          className={fileInputClass}
        />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Đang ghi nhận…' : submitLabel}
      </Button>
    </form>
  );
}
