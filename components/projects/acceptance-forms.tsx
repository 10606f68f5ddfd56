'use client';

import { useState } from 'react';
import { acceptanceRequestSchema, acceptanceResultSchema } from '@/lib/schemas/project';
import { DecisionFields, EMPTY_DECISION } from '@/components/ui/decision-fields';
import { DateControl, MoneyControl, RadioControl, SelectControl, TextareaControl, TextControl } from '@/components/ui/form-controls';
import type { ProjectAction } from './transition-forms';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';
import { TEXT_MAX } from '@/lib/schemas/fields';
import { ACCEPTANCE_RESULT_LABELS, labelOptions } from '@/lib/domain/labels';

/** Đề nghị nghiệm thu: date and council of the acceptance. */
export function AcceptanceRequestForm({ projectId, status, facilities, action }: { projectId: number; status: string; facilities: { value: number; label: string }[]; action: ProjectAction }) {
  const state = useServerForm({
    schema: acceptanceRequestSchema,
    defaultValues: { projectId, expectedStatus: status, scheduledOn: '', councilMembers: '', facilityId: '' },
    action,
  });
  return (
    <ServerForm state={state} label="Đề nghị nghiệm thu" submitLabel="Đề nghị nghiệm thu">
      <DateControl name="scheduledOn" label="Ngày nghiệm thu dự kiến" required />
      <TextareaControl name="councilMembers" label="Thành phần hội đồng nghiệm thu" rows={2} maxLength={TEXT_MAX.reason} />
      {facilities.length > 1 && <SelectControl name="facilityId" label="Cơ sở được nghiệm thu" options={facilities} placeholder="— Toàn đề án —" />}
    </ServerForm>
  );
}

/** Kết quả nghiệm thu: outputs delivered, value accepted, minutes; optionally the decision. */
export function AcceptanceResultForm({
  projectId,
  status,
  defaults,
  targetLabel,
  action,
}: {
  projectId: number;
  status: string;
  defaults: { councilMembers: string; acceptedValueVnd: string };
  targetLabel: string | null;
  action: ProjectAction;
}) {
  const [withDecision, setWithDecision] = useState(false);
  const state = useServerForm({
    schema: acceptanceResultSchema,
    defaultValues: { projectId, expectedStatus: status, result: '', heldOn: '', deliveredQuantity: '', notes: '', ...defaults },
    action,
  });
  return (
    <ServerForm state={state} label="Kết quả nghiệm thu" submitLabel="Lưu kết quả nghiệm thu" pendingLabel="Đang lưu…">
      <div className="grid gap-3 sm:grid-cols-2">
        <DateControl name="heldOn" label="Ngày nghiệm thu" required />
        <TextControl name="deliveredQuantity" label="Số lượng sản phẩm đạt" inputMode="numeric" hint={targetLabel ? `Chỉ tiêu: ${targetLabel}` : undefined} />
      </div>
      <TextareaControl name="councilMembers" label="Thành phần hội đồng nghiệm thu" required rows={2} maxLength={TEXT_MAX.reason} />
      <MoneyControl name="acceptedValueVnd" label="Giá trị được nghiệm thu (đồng)" />
      <TextareaControl name="notes" label="Nhận xét / lý do chưa đạt" maxLength={TEXT_MAX.long} />
      <RadioControl
        name="result"
        label="Kết quả nghiệm thu"
        required
        options={labelOptions(ACCEPTANCE_RESULT_LABELS)}
      />
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-brand-700"
          checked={withDecision}
          onChange={(e) => {
            setWithDecision(e.target.checked);
            if (e.target.checked) state.form.setValue('decision' as never, { ...EMPTY_DECISION, summary: 'Quyết định công nhận kết quả nghiệm thu' } as never);
            else state.form.unregister('decision' as never);
          }}
        />
        Ghi nhận quyết định công nhận kết quả nghiệm thu
      </label>
      {withDecision && <DecisionFields idPrefix="acceptance" />}
    </ServerForm>
  );
}
