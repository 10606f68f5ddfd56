'use client';

import { DateControl, MoneyControl, SelectControl, TextControl, TextareaControl } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';
import { TEXT_MAX } from '@/lib/schemas/fields';
import { collaboratorActivitySchema, collaboratorApproveSchema, collaboratorCreateSchema, collaboratorEndSchema } from '@/lib/schemas/outputs';
import type { ActionResult } from '@/lib/server/action';

type Save = (values: never) => Promise<ActionResult<unknown>>;

/** The forms about one collaborator: its id travels with the values. */
type CollaboratorFormProps = { collaboratorId: number; save: Save };

/** Sở Công Thương đề xuất cộng tác viên cho một xã. */
export function CollaboratorProposeForm({ adminUnits, save }: { adminUnits: { value: number; label: string }[]; save: Save }) {
  const state = useServerForm({
    schema: collaboratorCreateSchema,
    defaultValues: { adminUnitId: '', fullName: '', birthYear: '', position: '', phone: '', proposedOn: '' },
    action: save,
    resetOnSuccess: true,
    onSuccess: () => 'Đã thêm đề xuất cộng tác viên.',
  });
  return (
    <ServerForm state={state} label="Đề xuất cộng tác viên" submitLabel="Đề xuất">
      <SelectControl name="adminUnitId" label="Xã, phường, đặc khu" required placeholder="— Chọn —" options={adminUnits} />
      <TextControl name="fullName" label="Họ và tên" required />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextControl name="birthYear" label="Năm sinh" inputMode="numeric" />
        <TextControl name="phone" label="Điện thoại" inputMode="numeric" />
      </div>
      <TextControl name="position" label="Chức vụ, nơi công tác" />
      <DateControl name="proposedOn" label="Ngày đề xuất" required />
    </ServerForm>
  );
}

/** Công nhận theo quyết định: số, ngày, người ký. */
export function CollaboratorApproveForm({ collaboratorId, save }: CollaboratorFormProps) {
  const state = useServerForm({ schema: collaboratorApproveSchema, defaultValues: { collaboratorId, number: '', issuedOn: '', signer: '' }, action: save });
  return (
    <ServerForm state={state} label="Công nhận cộng tác viên" className="space-y-3 rounded-md border border-slate-200 p-3" submitLabel="Công nhận theo quyết định">
      <TextControl name="number" label="Số/ký hiệu quyết định" required />
      <DateControl name="issuedOn" label="Ngày quyết định" required />
      <TextControl name="signer" label="Người ký" required />
    </ServerForm>
  );
}

export function CollaboratorEndForm({ collaboratorId, save }: CollaboratorFormProps) {
  const state = useServerForm({ schema: collaboratorEndSchema, defaultValues: { collaboratorId, reason: '' }, action: save });
  return (
    <ServerForm state={state} label="Thôi làm cộng tác viên" className="space-y-3 rounded-md border border-slate-200 p-3" submitLabel="Thôi làm cộng tác viên" variant="danger">
      <TextareaControl name="reason" label="Lý do thôi" required maxLength={TEXT_MAX.reason} rows={2} />
    </ServerForm>
  );
}

export function CollaboratorActivityForm({ collaboratorId, save }: CollaboratorFormProps) {
  const state = useServerForm({
    schema: collaboratorActivitySchema,
    defaultValues: { collaboratorId, occurredOn: '', description: '', supportVnd: '' },
    action: save,
    resetOnSuccess: true,
    onSuccess: () => 'Đã ghi hoạt động.',
  });
  return (
    <ServerForm state={state} label="Ghi hoạt động" submitLabel="Ghi hoạt động">
      <DateControl name="occurredOn" label="Ngày" required />
      <TextareaControl name="description" label="Nội dung hoạt động" required maxLength={TEXT_MAX.medium} rows={2} />
      <MoneyControl name="supportVnd" label="Thù lao, hỗ trợ đã chi" required />
    </ServerForm>
  );
}
