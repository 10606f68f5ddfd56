'use client';

import { FormProvider, useWatch } from 'react-hook-form';
import { PlanItemNormCheck } from '@/components/plans/plan-item-norm-check';
import { SubmitButton } from '@/components/ui/button';
import { FormMessages, MoneyControl, SelectControl, TextareaControl, TextControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { supportRequestSchema, type SupportRequestValues } from '@/lib/schemas/beneficiary';
import type { ActionResult } from '@/lib/server/action';
import type { PlanItemCheckResult } from '@/lib/server/plans/preview-plan-item-check';

type CheckValues = { title: string; contentCategoryId: string | number; equipment: string; totalCostVnd: string; counterpartVnd: string };

/** The facility's support request: what, which equipment, how much and its own share; checked while typing. */
export function SupportRequestForm({
  categories,
  initial,
  saveAction,
  checkAction,
}: {
  categories: { value: number; label: string }[];
  initial: SupportRequestValues;
  saveAction: (values: SupportRequestValues) => Promise<ActionResult<{ id: number }>>;
  checkAction: (values: CheckValues) => Promise<ActionResult<PlanItemCheckResult>>;
}) {
  const { form, error, onSubmit } = useServerForm<SupportRequestValues, { id: number }>({
    schema: supportRequestSchema,
    defaultValues: initial,
    action: saveAction as never,
    redirectTo: (data) => `/de-nghi-ho-tro/${data.id}`,
  });
  const [title, contentCategoryId, equipment, totalCostVnd, counterpartVnd] = useWatch({
    control: form.control,
    name: ['title', 'contentCategoryId', 'equipment', 'totalCostVnd', 'counterpartVnd'],
  });
  const values: CheckValues = {
    title: String(title ?? ''),
    contentCategoryId: (contentCategoryId as string | number | undefined) ?? '',
    equipment: String(equipment ?? ''),
    totalCostVnd: String(totalCostVnd ?? ''),
    counterpartVnd: String(counterpartVnd ?? ''),
  };
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <TextControl name="title" label="Nội dung đề nghị hỗ trợ" required placeholder="Ví dụ: Hỗ trợ máy dệt kim tự động" />
        <SelectControl name="contentCategoryId" label="Nội dung hoạt động khuyến công" required options={categories} />
        <TextControl name="equipment" label="Máy móc, thiết bị hoặc hoạt động" hint="Tên, model, công suất (nếu là máy móc)" />
        <TextareaControl name="description" label="Mô tả thêm" rows={3} maxLength={2000} />
        <MoneyControl name="totalCostVnd" label="Tổng kinh phí dự kiến" required />
        <MoneyControl name="counterpartVnd" label="Vốn đối ứng của cơ sở" hint="Phần cơ sở tự chi, đồng; phần còn lại là đề nghị hỗ trợ" />
        <PlanItemNormCheck check={checkAction} values={values} />
        <FormMessages error={error} />
        <SubmitButton className="w-full justify-center sm:w-auto" sending={form.formState.isSubmitting} pendingLabel="Đang lưu…">
          Lưu đề nghị
        </SubmitButton>
      </form>
    </FormProvider>
  );
}
