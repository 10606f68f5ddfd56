'use client';

import { normExceptionSchema } from '@/lib/schemas/project';
import type { ActionResult } from '@/lib/server/action';
import { TextareaControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';
import { TEXT_MAX } from '@/lib/schemas/fields';

/** Ghi nhận ngoại lệ vượt mức chi: only for people holding norm:exception (checked on the server). */
export function NormExceptionForm({ projectId, save }: { projectId: number; save: (values: never) => Promise<ActionResult<unknown>> }) {
  const state = useServerForm<{ projectId: number; note: string }, unknown>({
    schema: normExceptionSchema,
    defaultValues: { projectId, note: '' },
    action: save,
  });
  return (
    <ServerForm state={state} label="Ghi nhận ngoại lệ mức chi" submitLabel="Ghi nhận ngoại lệ" variant="secondary">
      <TextareaControl name="note" label="Căn cứ chấp thuận vượt mức chi" hint="Văn bản, người quyết định, lý do" required maxLength={TEXT_MAX.reason} />
    </ServerForm>
  );
}
