'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { DecisionFields } from '@/components/ui/decision-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { planDecisionSchema, type PlanDecisionFormValues } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';

/**
 * The UBND decision approving the year's plan, with its signed file. Recording it creates the đề án,
 * so the button says so.
 */
export function PlanDecisionForm({
  year,
  projectCount,
  record,
}: {
  year: number;
  projectCount: number;
  record: (form: FormData) => Promise<ActionResult<{ projects: number }>>;
}) {
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const methods = useForm<PlanDecisionFormValues>({
    resolver: zodResolver(planDecisionSchema, undefined, { raw: true }),
    defaultValues: { year: String(year), issuer: 'UBND thành phố', summary: `Phê duyệt kế hoạch khuyến công năm ${year}` },
  });
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = methods;

  async function onSubmit(values: PlanDecisionFormValues) {
    setError(null);
    setFileError(null);
    const file = fileRef.current?.files?.[0];
    if (!file) return setFileError('Chọn tệp quyết định (PDF hoặc ảnh)');
    const form = new FormData();
    for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== '') form.set(key, String(value));
    form.set('file', file);
    const result = await record(form);
    if (!result.ok) {
      setError(result.message);
      for (const [key, message] of Object.entries(result.fieldErrors ?? {})) {
        if (key === 'file') setFileError(message);
        else setFieldError(key as keyof PlanDecisionFormValues, { message });
      }
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label="Ghi nhận quyết định phê duyệt kế hoạch">
      {error && <Alert tone="error">{error}</Alert>}
      <FormProvider {...methods}>
        <DecisionFields idPrefix="plan" prefix="" />
      </FormProvider>
      <Field id="decision-file" label="Tệp quyết định đã ký (PDF, ảnh)" error={fileError ?? undefined} required>
        <input
          id="decision-file"
          ref={fileRef}
          type="file"
          accept=".pdf,.jpg,.jpeg,.png"
          aria-invalid={!!fileError || undefined}
          aria-describedby={fileError ? 'decision-file-error' : undefined}
          className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-800"
        />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Đang ghi nhận…' : `Ghi nhận quyết định và tạo ${projectCount} đề án`}
      </Button>
    </form>
  );
}
