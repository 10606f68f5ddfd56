'use client';

import { FormProvider } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { beneficiariesSchema } from '@/lib/schemas/project';
import type { ActionResult } from '@/lib/server/action';
import { BeneficiaryRows } from './beneficiary-rows';
import { FormMessages } from '@/components/ui/form-controls';
import { useServerForm } from '@/components/ui/use-server-form';

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
  const { form, error, notice, onSubmit } = useServerForm<Values, unknown>({
    schema: beneficiariesSchema,
    defaultValues: { projectId, beneficiaries: initial },
    action: save,
    onSuccess: () => 'Đã lưu cơ sở thụ hưởng.',
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Cơ sở thụ hưởng">
        <FormMessages error={error} notice={notice} />
        <BeneficiaryRows isGroup={isGroup} facilities={facilities} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Đang lưu…' : 'Lưu cơ sở thụ hưởng'}
        </Button>
      </form>
    </FormProvider>
  );
}
