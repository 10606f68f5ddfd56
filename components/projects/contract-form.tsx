'use client';

import { contractSchema } from '@/lib/schemas/project';
import { CheckboxControl, DateControl, MoneyControl, SelectControl, TextControl } from '@/components/ui/form-controls';
import type { ProjectAction } from './transition-forms';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';

/** Ký hợp đồng with the beneficiary; above the treasury threshold it must be filed with the Kho bạc. */
export function ContractForm({
  projectId,
  status,
  defaults,
  facilities,
  action,
}: {
  projectId: number;
  status: string;
  defaults: { partyBName: string; valueVnd: string; supportVnd: string; facilityId: string };
  facilities: { value: number; label: string }[];
  action: ProjectAction;
}) {
  const state = useServerForm({
    schema: contractSchema,
    defaultValues: { projectId, expectedStatus: status, number: '', signedOn: '', startDate: '', endDate: '', filedWithTreasury: false, ...defaults },
    action,
  });
  return (
    <ServerForm state={state} label="Ký hợp đồng" submitLabel="Lưu hợp đồng" pendingLabel="Đang lưu…">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextControl name="number" label="Số hợp đồng" required />
        <DateControl name="signedOn" label="Ngày ký" required />
      </div>
      {facilities.length > 1 && <SelectControl name="facilityId" label="Cơ sở (bên B)" options={facilities} />}
      <TextControl name="partyBName" label="Bên nhận hỗ trợ (bên B)" required />
      <div className="grid gap-3 sm:grid-cols-2">
        <MoneyControl name="valueVnd" label="Giá trị hợp đồng (đồng)" required />
        <MoneyControl name="supportVnd" label="Kinh phí hỗ trợ (đồng)" hint="Không vượt mức được phê duyệt" required />
        <DateControl name="startDate" label="Bắt đầu" />
        <DateControl name="endDate" label="Kết thúc" />
      </div>
      <CheckboxControl name="filedWithTreasury" label="Đã gửi hợp đồng đến Kho bạc Nhà nước" hint="Bắt buộc với hợp đồng trên ngưỡng quy định" />
    </ServerForm>
  );
}
