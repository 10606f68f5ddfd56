'use client';

import { costLinesSchema } from '@/lib/schemas/project';
import { CostLinesEditor, type CostLineValues } from './cost-lines-editor';
import { ProjectRowsForm, type ProjectRowsProps } from './project-rows-form';

/** Dự toán chi tiết of a draft đề án: saved all at once (all rows or none). */
export function CostLinesForm({ facilities, ...rows }: ProjectRowsProps<CostLineValues> & { facilities: { value: number; label: string }[] | null }) {
  return (
    <ProjectRowsForm {...rows} field="lines" schema={costLinesSchema} label="Dự toán chi tiết" submitLabel="Lưu dự toán" notice="Đã lưu dự toán. Tổng kinh phí được tính lại trên máy chủ.">
      <CostLinesEditor facilities={facilities} />
    </ProjectRowsForm>
  );
}
