'use client';

import { FormProvider } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { costLinesSchema } from '@/lib/schemas/project';
import type { ActionResult } from '@/lib/server/action';
import { CostLinesEditor, type CostLineValues } from './cost-lines-editor';
import { FormMessages } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';

/** Dự toán chi tiết of a draft đề án: saved all at once (all rows or none). */
export function CostLinesForm({
  projectId,
  initial,
  facilities,
  save,
}: {
  projectId: number;
  initial: CostLineValues[];
  facilities: { value: number; label: string }[] | null;
  save: (values: never) => Promise<ActionResult<unknown>>;
}) {
  const { form, error, notice, onSubmit } = useServerForm<{ projectId: number; lines: CostLineValues[] }, unknown>({
    schema: costLinesSchema,
    defaultValues: { projectId, lines: initial },
    action: save,
    onSuccess: () => 'Đã lưu dự toán. Tổng kinh phí được tính lại trên máy chủ.',
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Dự toán chi tiết">
        <FormMessages error={error} notice={notice} />
        <CostLinesEditor facilities={facilities} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Đang lưu…' : 'Lưu dự toán'}
        </Button>
      </form>
    </FormProvider>
  );
}
