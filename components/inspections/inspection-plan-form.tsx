'use client';

import { DateControl, SelectControl, TextControl, TextareaControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';
import { TEXT_MAX } from '@/lib/schemas/fields';
import { inspectionCreateSchema } from '@/lib/schemas/outputs';
import type { ActionResult } from '@/lib/server/action';

interface Values {
  year: string;
  title: string;
  plannedOn: string;
  projectId: string;
  adminUnitId: string;
  team: string;
}

/** Thêm cuộc kiểm tra vào kế hoạch năm. */
export function InspectionPlanForm({
  year,
  projects,
  adminUnits,
  save,
}: {
  year: number;
  projects: { value: number; label: string }[];
  adminUnits: { value: number; label: string }[];
  save: (values: never) => Promise<ActionResult<{ id: number }>>;
}) {
  const state = useServerForm<Values, { id: number }>({
    schema: inspectionCreateSchema,
    defaultValues: { year: String(year), title: '', plannedOn: '', projectId: '', adminUnitId: '', team: '' },
    action: save,
    resetOnSuccess: true,
    onSuccess: () => 'Đã thêm vào kế hoạch kiểm tra.',
  });
  return (
    <ServerForm state={state} label="Thêm cuộc kiểm tra" submitLabel="Thêm vào kế hoạch">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextControl name="year" label="Năm kế hoạch" inputMode="numeric" required />
        <DateControl name="plannedOn" label="Ngày kiểm tra dự kiến" required />
      </div>
      <TextControl name="title" label="Nội dung kiểm tra" required />
      <SelectControl name="projectId" label="Đề án được kiểm tra" placeholder="— Không gắn đề án —" options={projects} />
      <SelectControl name="adminUnitId" label="Xã, phường được kiểm tra" hint="Để trống: lấy theo đề án" placeholder="— Theo đề án —" options={adminUnits} />
      <TextareaControl name="team" label="Thành phần đoàn kiểm tra" hint="Mỗi người một dòng: họ tên – chức vụ" required maxLength={TEXT_MAX.reason} rows={3} />
    </ServerForm>
  );
}
