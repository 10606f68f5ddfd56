'use client';

import { beneficiariesSchema } from '@/lib/schemas/project';
import type { ActionResult } from '@/lib/server/action';
import { BeneficiaryRows } from './beneficiary-rows';
import { useServerForm } from '@/components/ui/use-server-form';
import { ServerForm } from '@/components/ui/server-form';

type Values = { projectId: number; beneficiaries: { facilityId: number; equipment: string }[] };

/** Cơ sở thụ hưởng: one facility, or several for a group đề án, with what each receives. */
export function BeneficiariesForm({
  projectId,
  isGroup,
  initial,
  facilities,
  save,
}: {
  projectId: number;
  isGroup: boolean;
  initial: { facilityId: number; equipment: string }[];
  facilities: { value: number; label: string }[];
  save: (values: never) => Promise<ActionResult<unknown>>;
}) {
  const state = useServerForm<Values, unknown>({
    schema: beneficiariesSchema,
    defaultValues: { projectId, beneficiaries: initial },
    action: save,
    onSuccess: () => 'Đã lưu cơ sở thụ hưởng.',
  });
  return (
    <ServerForm state={state} label="Cơ sở thụ hưởng" className="space-y-4" submitLabel="Lưu cơ sở thụ hưởng" pendingLabel="Đang lưu…">
      <BeneficiaryRows isGroup={isGroup} facilities={facilities} />
    </ServerForm>
  );
}
