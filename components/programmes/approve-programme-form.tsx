'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { decisionSchema } from '@/lib/schemas/decision';
import type { ActionResult } from '@/lib/server/action';
import { DecisionFields } from '@/components/ui/decision-fields';

type Values = z.input<typeof decisionSchema>;

/** Records the UBND decision approving the programme, with its scanned file. */
export function ApproveProgrammeForm({
  programmeId,
  programmeName,
  approve,
}: {
  programmeId: number;
  programmeName: string;
  approve: (form: FormData) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const methods = useForm<Values>({
    resolver: zodResolver(decisionSchema, undefined, { raw: true }),
    defaultValues: { issuer: 'UBND thành phố', summary: `Phê duyệt ${programmeName}` },
  });
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = methods;

  async function onSubmit(values: Values) {
    setError(null);
    const form = new FormData();
    form.set('programmeId', String(programmeId));
    for (const [key, value] of Object.entries(values)) if (value) form.set(key, value);
    const file = fileRef.current?.files?.[0];
    if (file) form.set('file', file);
    const result = await approve(form);
    if (!result.ok) {
      setError(result.message);
      for (const [key, message] of Object.entries(result.fieldErrors ?? {})) if (key !== 'file') setFieldError(key as keyof Values, { message });
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label="Phê duyệt chương trình">
      <p className="text-sm text-slate-700">Ghi nhận quyết định của UBND phê duyệt chương trình. Sau khi phê duyệt, mọi thay đổi chỉ tiêu được lưu thành điều chỉnh.</p>
      {error && <Alert tone="error">{error}</Alert>}
      <FormProvider {...methods}>
        <DecisionFields idPrefix="approve" prefix="" />
      </FormProvider>
      <Field id="approve-file" label="Tệp quyết định (PDF, ảnh, Word)" hint="Không bắt buộc">
        <input
          id="approve-file"
          ref={fileRef}
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,.docx"
          aria-describedby="approve-file-hint"
          className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-800"
        />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Đang ghi nhận…' : 'Phê duyệt chương trình'}
      </Button>
    </form>
  );
}
