'use client';

import { APPRAISAL_CRITERIA } from '@/lib/domain/project-appraisal';
import { appraisalSchema } from '@/lib/schemas/project';
import { CheckboxControl, MoneyControl, RadioControl, TextareaControl } from '@/components/ui/form-controls';
import type { ProjectAction } from './transition-forms';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';
import { TEXT_MAX } from '@/lib/schemas/fields';
import { APPRAISAL_RESULT_LABELS, labelOptions } from '@/lib/domain/labels';

/** Thẩm định: the five criteria, council, opinion and the recommended support. */
export function AppraisalForm({ projectId, status, stateSupportVnd, action }: { projectId: number; status: string; stateSupportVnd: string; action: ProjectAction }) {
  const state = useServerForm({
    schema: appraisalSchema,
    defaultValues: {
      projectId,
      expectedStatus: status,
      result: '',
      checklist: Object.fromEntries(APPRAISAL_CRITERIA.map((c) => [c.key, false])),
      councilMembers: '',
      opinion: '',
      recommendedSupportVnd: stateSupportVnd,
    },
    action,
  });
  return (
    <ServerForm state={state} label="Thẩm định đề án" submitLabel="Lưu kết quả thẩm định" pendingLabel="Đang lưu…">
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Tiêu chí thẩm định (đạt khi đáp ứng đủ)</legend>
        {APPRAISAL_CRITERIA.map((c) => (
          <CheckboxControl key={c.key} name={`checklist.${c.key}`} label={c.label} />
        ))}
      </fieldset>
      <TextareaControl name="councilMembers" label="Thành phần hội đồng / cán bộ thẩm định" rows={2} maxLength={TEXT_MAX.reason} />
      <TextareaControl name="opinion" label="Ý kiến thẩm định" required maxLength={TEXT_MAX.long} />
      <MoneyControl name="recommendedSupportVnd" label="Mức hỗ trợ đề xuất (đồng)" hint="Không vượt ngân sách hỗ trợ trong dự toán" />
      <RadioControl
        name="result"
        label="Kết quả"
        required
        options={labelOptions(APPRAISAL_RESULT_LABELS)}
      />
    </ServerForm>
  );
}
