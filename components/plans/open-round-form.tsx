'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CharacterCount, Field, Input, Textarea } from '@/components/ui/field';
import { openRoundSchema } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';

type Values = z.input<typeof openRoundSchema>;

/** Sở Công Thương opens the registration of a year's plans. */
export function OpenRoundForm({ defaultYear, open }: { defaultYear: number; open: (input: Values) => Promise<ActionResult<{ year: number }>> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(openRoundSchema, undefined, { raw: true }),
    defaultValues: { year: String(defaultYear), title: `Đăng ký kế hoạch khuyến công năm ${defaultYear}`, deadline: '', instructions: '' },
  });

  async function onSubmit(values: Values) {
    setError(null);
    const result = await open(values);
    if (!result.ok) {
      setError(result.message);
      for (const [key, message] of Object.entries(result.fieldErrors ?? {})) setFieldError(key as keyof Values, { message });
      return;
    }
    router.push(`/ke-hoach/${result.data.year}`);
  }

  const described = (key: keyof Values, hint = false) => (errors[key] ? `round-${key}-error` : hint ? `round-${key}-hint` : undefined);
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label="Mở đợt đăng ký kế hoạch">
      {error && <Alert tone="error">{error}</Alert>}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="round-year" label="Năm kế hoạch" error={errors.year?.message} required>
          <Input id="round-year" inputMode="numeric" invalid={!!errors.year} aria-describedby={described('year')} {...register('year')} />
        </Field>
        <Field id="round-deadline" label="Hạn gửi kế hoạch" hint="dd/mm/yyyy — nhận đến hết ngày" error={errors.deadline?.message} required>
          <Input id="round-deadline" placeholder="dd/mm/yyyy" invalid={!!errors.deadline} aria-describedby={described('deadline', true)} {...register('deadline')} />
        </Field>
        <Field id="round-title" label="Tên đợt đăng ký" error={errors.title?.message} required>
          <Input id="round-title" invalid={!!errors.title} aria-describedby={described('title')} {...register('title')} />
        </Field>
      </div>
      <Field id="round-instructions" label="Hướng dẫn cho xã và đơn vị" hint="Nội dung ưu tiên, hồ sơ cần gửi kèm…" error={errors.instructions?.message}>
        <Textarea id="round-instructions" rows={4} maxLength={5000} invalid={!!errors.instructions} aria-describedby={described('instructions', true)} {...register('instructions')} />
        <CharacterCount fieldId="round-instructions" length={(watch('instructions') ?? '').length} max={5000} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Đang mở…' : 'Mở đăng ký'}
      </Button>
    </form>
  );
}
