'use client';

import { costLinesSchema } from '@/lib/schemas/project';
import type { ActionResult } from '@/lib/server/action';
import { CostLinesEditor, type CostLineValues } from './cost-lines-editor';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';

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
  const state = useServerForm<{ projectId: number; lines: CostLineValues[] }, unknown>({
    schema: costLinesSchema,
    defaultValues: { projectId, lines: initial },
    action: save,
    onSuccess: () => 'Đã lưu dự toán. Tổng kinh phí được tính lại trên máy chủ.',
  });
  return (
    <ServerForm state={state} label="Dự toán chi tiết" className="space-y-4" submitLabel="Lưu dự toán" pendingLabel="Đang lưu…">
      <CostLinesEditor facilities={facilities} />
    </ServerForm>
  );
}
