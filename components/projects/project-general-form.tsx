'use client';

import { FUNDING_LEVEL_LABELS, labelOptions } from '@/lib/domain/labels';
import { projectGeneralSchema, type ProjectGeneralForm } from '@/lib/schemas/project';
import type { ActionResult } from '@/lib/server/action';
import { CheckboxControl, DateControl, SelectControl, TextareaControl, TextControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';
import { TEXT_MAX } from '@/lib/schemas/fields';

export interface GeneralFormOptions {
  categories: { value: number; label: string }[];
  targets: { value: number; label: string }[];
  adminUnits: { value: number; label: string }[];
}

/** Form values as typed; the edit form also carries `projectId`. */
export type GeneralFormValues = Partial<Record<keyof ProjectGeneralForm | 'projectId', string | number | boolean | null>>;

/** Thông tin chung of a đề án: create, or edit while it is a draft. The code is given by the server. */
export function ProjectGeneralForm({
  initial,
  options,
  save,
  submitLabel,
}: {
  initial: GeneralFormValues;
  options: GeneralFormOptions;
  save: (values: never) => Promise<ActionResult<{ id: number }>>;
  submitLabel: string;
}) {
  const state = useServerForm<GeneralFormValues, { id: number }>({
    schema: projectGeneralSchema,
    defaultValues: initial,
    action: save,
    redirectTo: (data) => `/de-an/${data.id}`,
  });
  return (
    <ServerForm state={state} label="Thông tin chung của đề án" className="space-y-4" submitLabel={submitLabel} pendingLabel="Đang lưu…">
      <TextControl name="name" label="Tên đề án" required />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextControl name="year" label="Năm thực hiện" inputMode="numeric" required />
        <SelectControl name="fundingLevel" label="Nguồn kinh phí" required options={labelOptions(FUNDING_LEVEL_LABELS)} />
        <SelectControl name="adminUnitId" label="Xã/phường/đặc khu thực hiện" options={options.adminUnits} />
      </div>
      <SelectControl name="contentCategoryId" label="Nội dung hoạt động khuyến công" required options={options.categories} />
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <SelectControl name="programmeTargetId" label="Chỉ tiêu chương trình được tính" options={options.targets} placeholder="— Không tính vào chỉ tiêu —" />
        </div>
        <TextControl name="targetQuantity" label="Số lượng tính vào chỉ tiêu" inputMode="numeric" />
      </div>
      <TextControl name="place" label="Địa điểm thực hiện" hint="Thôn, địa chỉ xưởng…" />
      <div className="grid gap-4 sm:grid-cols-2">
        <DateControl name="startDate" label="Ngày bắt đầu" />
        <DateControl name="endDate" label="Ngày kết thúc" />
      </div>
      <TextareaControl name="description" label="Mô tả, mục tiêu đề án" rows={4} maxLength={TEXT_MAX.long} />
      <TextareaControl name="expectedOutputs" label="Sản phẩm, kết quả dự kiến" maxLength={TEXT_MAX.long} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Đặc điểm</legend>
        <CheckboxControl name="isGroup" label="Đề án nhóm (hỗ trợ nhiều cơ sở)" />
        <CheckboxControl name="isPilot" label="Đề án điểm" />
        <CheckboxControl name="priorityArea" label="Địa bàn ưu tiên" hint="Áp dụng hệ số ưu tiên của mức chi (nếu có)." />
      </fieldset>
    </ServerForm>
  );
}
