'use client';

import { useWatch } from 'react-hook-form';
import { DateControl, SelectControl, TextControl, TextareaControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';
import { OUTPUT_KIND_LABELS, OUTPUT_KINDS, OUTPUT_QUANTITY_LABELS, type ProjectOutputKind } from '@/lib/domain/project-outputs';
import { TEXT_MAX } from '@/lib/schemas/fields';
import { outputCreateSchema } from '@/lib/schemas/outputs';
import type { ActionResult } from '@/lib/server/action';

interface Values {
  projectId: number;
  kind: ProjectOutputKind;
  title: string;
  heldOn: string;
  endedOn: string;
  place: string;
  quantity: string;
  note: string;
}

/** Ghi kết quả thực hiện: a class held, booths supported or marks filed. */
export function OutputForm({ projectId, defaultKind, save }: { projectId: number; defaultKind: ProjectOutputKind; save: (values: never) => Promise<ActionResult<{ id: number }>> }) {
  const state = useServerForm<Values, { id: number }>({
    schema: outputCreateSchema,
    defaultValues: { projectId, kind: defaultKind, title: '', heldOn: '', endedOn: '', place: '', quantity: '1', note: '' },
    action: save,
    resetOnSuccess: true,
    onSuccess: () => 'Đã ghi kết quả thực hiện.',
  });
  const kind = useWatch({ control: state.form.control, name: 'kind' });
  return (
    <ServerForm state={state} label="Ghi kết quả thực hiện" submitLabel="Ghi kết quả" pendingLabel="Đang ghi…">
      <SelectControl name="kind" label="Loại kết quả" required options={OUTPUT_KINDS.map((k) => ({ value: k, label: OUTPUT_KIND_LABELS[k] }))} />
      <TextControl name="title" label={kind === 'TRAINING_CLASS' ? 'Tên lớp' : kind === 'FAIR_BOOTHS' ? 'Tên hội chợ, triển lãm' : 'Tên nhãn hiệu'} required />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <DateControl name="heldOn" label={kind === 'BRAND_FILING' ? 'Ngày nộp đơn' : 'Ngày bắt đầu'} required />
        <DateControl name="endedOn" label="Ngày kết thúc" />
      </div>
      <TextControl name="place" label="Địa điểm" />
      {kind !== 'TRAINING_CLASS' && <TextControl name="quantity" label={OUTPUT_QUANTITY_LABELS[kind]} inputMode="numeric" required />}
      {kind === 'TRAINING_CLASS' && <p className="text-sm text-slate-600">Mỗi lớp tính 1 lớp; số người tính theo danh sách học viên nhập sau khi ghi lớp.</p>}
      <TextareaControl name="note" label="Ghi chú" maxLength={TEXT_MAX.medium} rows={2} />
    </ServerForm>
  );
}
