'use client';

import { beneficiariesSchema } from '@/lib/schemas/project';
import { BeneficiaryRows } from './beneficiary-rows';
import { ProjectRowsForm, type ProjectRowsProps } from './project-rows-form';

/** Cơ sở thụ hưởng: one facility, or several for a group đề án, with what each receives. */
export function BeneficiariesForm({ isGroup, facilities, ...rows }: ProjectRowsProps<{ facilityId: number; equipment: string }> & { isGroup: boolean; facilities: { value: number; label: string }[] }) {
  return (
    <ProjectRowsForm {...rows} field="beneficiaries" schema={beneficiariesSchema} label="Cơ sở thụ hưởng" submitLabel="Lưu cơ sở thụ hưởng" notice="Đã lưu cơ sở thụ hưởng.">
      <BeneficiaryRows isGroup={isGroup} facilities={facilities} />
    </ProjectRowsForm>
  );
}
