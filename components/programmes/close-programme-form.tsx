'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { programmeCloseSchema } from '@/lib/schemas/programme';
import type { ActionResult } from '@/lib/server/action';

type Values = z.input<typeof programmeCloseSchema>;

export function CloseProgrammeForm({ programmeId, close }: { programmeId: number; close: (input: Values) => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(programmeCloseSchema, undefined, { raw: true }), defaultValues: { programmeId, reason: '' } });

  async function onSubmit(values: Values) {
    setError(null);
    const result = await close(values);
    if (!result.ok) return setError(result.message);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label="Kết thúc chương trình">
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="close-reason" label="Lý do kết thúc" error={errors.reason?.message} required>
        <Textarea id="close-reason" invalid={!!errors.reason} aria-describedby={errors.reason ? 'close-reason-error' : undefined} {...register('reason')} />
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        Kết thúc chương trình
      </Button>
    </form>
  );
}
