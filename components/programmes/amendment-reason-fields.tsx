'use client';

import { useFormContext } from 'react-hook-form';
import { DecisionFields } from '@/components/ui/decision-fields';
import { Field, Textarea } from '@/components/ui/field';

/**
 * What a change to an approved programme asks for (the table editor and the Excel import): the
 * reason, required, and the amending decision, optional. Inside the form's FormProvider.
 */
export function AmendmentReasonFields({ idPrefix }: { idPrefix: string }) {
  const { register, formState } = useFormContext<{ reason: string }>();
  const error = formState.errors.reason?.message;
  return (
    <>
      <Field id={`${idPrefix}-reason`} label="Lý do điều chỉnh" error={error} required>
        <Textarea id={`${idPrefix}-reason`} invalid={!!error} aria-describedby={error ? `${idPrefix}-reason-error` : undefined} {...register('reason')} />
      </Field>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Kèm quyết định điều chỉnh (nếu có)</summary>
        <div className="mt-3">
          <DecisionFields idPrefix={idPrefix} required={false} />
        </div>
      </details>
    </>
  );
}
