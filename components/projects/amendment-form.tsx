'use client';

import { useWatch } from 'react-hook-form';
import { amendmentRequestSchema } from '@/lib/schemas/project';
import type { ActionResult } from '@/lib/server/action';
import { BeneficiaryRows } from './beneficiary-rows';
import { CostLinesEditor, type CostLineValues } from './cost-lines-editor';
import { CheckboxControl, DateControl, SelectControl, TextareaControl, TextControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';
import { TEXT_MAX } from '@/lib/schemas/fields';

export interface AmendmentFormValues {
  projectId: number;
  stop: boolean;
  reason: string;
  name: string;
  place: string;
  adminUnitId: string;
  startDate: string;
  endDate: string;
  description: string;
  expectedOutputs: string;
  targetQuantity: string;
  beneficiaries: { facilityId: number; equipment: string }[];
  lines: CostLineValues[];
}

/**
 * Đề nghị điều chỉnh: the đề án as it should become (prefilled with the current version), or a
 * request to stop it. The server works out the kinds of change and whether it is large or small.
 */
export function AmendmentForm({
  initial,
  isGroup,
  adminUnits,
  facilities,
  save,
}: {
  initial: AmendmentFormValues;
  isGroup: boolean;
  adminUnits: { value: number; label: string }[];
  facilities: { value: number; label: string }[];
  save: (values: never) => Promise<ActionResult<unknown>>;
}) {
  const state = useServerForm<AmendmentFormValues, unknown>({
    schema: amendmentRequestSchema,
    defaultValues: initial,
    action: save,
    onSuccess: () => 'Đã gửi đề nghị điều chỉnh; đang chờ duyệt.',
  });
  const stop = useWatch({ control: state.form.control, name: 'stop' });
  const lineFacilities = isGroup ? facilities.filter((f) => initial.beneficiaries.some((b) => b.facilityId === f.value)) : null;
  return (
    <ServerForm state={state} label="Đề nghị điều chỉnh" className="space-y-4" submitLabel="Gửi đề nghị điều chỉnh" pendingLabel="Đang gửi…">
      <CheckboxControl name="stop" label="Đề nghị dừng thực hiện đề án" hint="Điều chỉnh lớn: cần quyết định của cấp phê duyệt kế hoạch." />
      <TextareaControl name="reason" label="Lý do điều chỉnh" required maxLength={TEXT_MAX.long} />
      {!stop && (
        <>
          <TextControl name="name" label="Tên đề án" required />
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectControl name="adminUnitId" label="Xã/phường/đặc khu" options={adminUnits} />
            <TextControl name="place" label="Địa điểm" />
            <DateControl name="startDate" label="Ngày bắt đầu" />
            <DateControl name="endDate" label="Ngày kết thúc" />
            <TextControl name="targetQuantity" label="Số lượng tính vào chỉ tiêu" inputMode="numeric" />
          </div>
          <TextareaControl name="description" label="Mô tả" maxLength={TEXT_MAX.long} />
          <TextareaControl name="expectedOutputs" label="Sản phẩm dự kiến" maxLength={TEXT_MAX.long} />
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold text-slate-800">Cơ sở thụ hưởng</legend>
            <BeneficiaryRows isGroup={isGroup} facilities={facilities} />
          </fieldset>
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold text-slate-800">Dự toán sau điều chỉnh</legend>
            <CostLinesEditor facilities={lineFacilities} />
          </fieldset>
        </>
      )}
    </ServerForm>
  );
}
