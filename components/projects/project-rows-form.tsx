'use client';

import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/server/action';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';

/** What a page gives a form of a đề án's rows: the đề án, its rows as they are, and the action that replaces them. */
export interface ProjectRowsProps<Row> {
  projectId: number;
  initial: Row[];
  save: (values: never) => Promise<ActionResult<unknown>>;
}

/**
 * A list of a đề án's rows (cơ sở thụ hưởng, dự toán) saved all at once: the server replaces all the
 * rows or none. `field` names the list in the schema; `children` edit its rows.
 */
export function ProjectRowsForm<Row>({
  projectId,
  initial,
  save,
  field,
  schema,
  label,
  submitLabel,
  notice,
  children,
}: ProjectRowsProps<Row> & { field: string; schema: z.ZodType; label: string; submitLabel: string; notice: string; children: ReactNode }) {
  const state = useServerForm<FieldValues, unknown>({ schema, defaultValues: { projectId, [field]: initial }, action: save, onSuccess: () => notice });
  return (
    <ServerForm state={state} label={label} className="space-y-4" submitLabel={submitLabel} pendingLabel="Đang lưu…">
      {children}
    </ServerForm>
  );
}
