'use client';

import { FormProvider } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { normExceptionSchema } from '@/lib/schemas/project';
import type { ActionResult } from '@/lib/server/action';
import { FormMessages, TextareaControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { TEXT_MAX } from '@/lib/schemas/fields';

/** Ghi nhận ngoại lệ vượt mức chi: only for people holding norm:exception (checked on the server). */
export function NormExceptionForm({ projectId, save }: { projectId: number; save: (values: never) => Promise<ActionResult<unknown>> }) {
  const { form, error, onSubmit } = useServerForm<{ projectId: number; note: string }, unknown>({
    schema: normExceptionSchema,
    defaultValues: { projectId, note: '' },
    action: save,
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Ghi nhận ngoại lệ mức chi">
        <FormMessages error={error} />
        <TextareaControl name="note" label="Căn cứ chấp thuận vượt mức chi" hint="Văn bản, người quyết định, lý do" required maxLength={TEXT_MAX.reason} />
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          Ghi nhận ngoại lệ
        </Button>
      </form>
    </FormProvider>
  );
}
