'use client';

import { CEILING_SCOPE_LABELS } from '@/lib/domain/norms';
import { FUNDING_SOURCE_LABELS, labelOptions } from '@/lib/domain/labels';
import { normSchema } from '@/lib/schemas/norm';
import type { ActionResult } from '@/lib/server/action';
import { DateControl, MoneyControl, SelectControl, TextareaControl, TextControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';
import { TEXT_MAX } from '@/lib/schemas/fields';

export type NormFormValues = Record<string, string | number>;

/** Mức chi: content, source, share and ceiling, with its legal basis and validity dates. */
export function NormForm({ initial, categories, save, submitLabel }: { initial: NormFormValues; categories: { value: number; label: string }[]; save: (values: never) => Promise<ActionResult<{ id: number }>>; submitLabel: string }) {
  const state = useServerForm<NormFormValues, { id: number }>({
    schema: normSchema,
    defaultValues: initial,
    action: save,
    redirectTo: () => '/dinh-muc',
  });
  return (
    <ServerForm state={state} label="Mức chi" className="space-y-4" submitLabel={submitLabel} pendingLabel="Đang lưu…">
      <SelectControl name="contentCategoryId" label="Nội dung hoạt động" required options={categories} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectControl name="fundingSource" label="Nguồn kinh phí" required options={labelOptions(FUNDING_SOURCE_LABELS)} />
        <SelectControl name="ceilingScope" label="Mức trần áp dụng cho" required options={labelOptions(CEILING_SCOPE_LABELS)} />
        <TextControl name="maxShareBp" label="Tỷ lệ hỗ trợ tối đa (% chi phí)" inputMode="decimal" hint="Ví dụ 50 hoặc 33,33; để trống nếu chỉ có mức trần" />
        <MoneyControl name="ceilingVnd" label="Mức trần (đồng)" hint="Để trống nếu chỉ giới hạn theo tỷ lệ" />
        <TextControl name="priorityMultiplierBp" label="Hệ số địa bàn ưu tiên" inputMode="decimal" hint="Ví dụ 1,5; để trống nếu không có" />
      </div>
      <TextareaControl name="legalBasis" label="Căn cứ pháp lý" hint="Số văn bản, điều, khoản — được trích dẫn trong thông báo vượt mức chi" required rows={2} maxLength={TEXT_MAX.medium} />
      <div className="grid gap-3 sm:grid-cols-2">
        <DateControl name="validFrom" label="Hiệu lực từ ngày" required />
        <DateControl name="validTo" label="Hết hiệu lực ngày" hint="dd/mm/yyyy; để trống nếu đang áp dụng" />
      </div>
      <TextareaControl name="note" label="Ghi chú" rows={2} maxLength={TEXT_MAX.reason} />
    </ServerForm>
  );
}
