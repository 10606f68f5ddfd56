'use client';

import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { useServerForm } from '@/components/ui/use-server-form';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { programmeCloseSchema } from '@/lib/schemas/programme';
import type { ActionResult } from '@/lib/server/action';

type Values = z.input<typeof programmeCloseSchema>;

export function CloseProgrammeForm({ programmeId, close }: { programmeId: number; close: (input: Values) => Promise<ActionResult<unknown>> }) {
  const { form, error, onSubmit } = useServerForm<Values, unknown>({
    schema: programmeCloseSchema,
    defaultValues: { programmeId, reason: '' },
    action: close,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Kết thúc chương trình">
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
