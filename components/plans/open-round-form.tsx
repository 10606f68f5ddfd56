'use client';

import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { useServerForm } from '@/components/ui/use-server-form';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { openRoundSchema } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';

type Values = z.input<typeof openRoundSchema>;

/** Sở Công Thương opens the registration of a year's plans. */
export function OpenRoundForm({ defaultYear, open }: { defaultYear: number; open: (input: Values) => Promise<ActionResult<{ year: number }>> }) {
  const { form, error, onSubmit } = useServerForm<Values, { year: number }>({
    schema: openRoundSchema,
    defaultValues: { year: String(defaultYear), title: `Đăng ký kế hoạch khuyến công năm ${defaultYear}`, deadline: '', instructions: '' },
    action: open,
    redirectTo: (data) => `/ke-hoach/${data.year}`,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  const described = (key: keyof Values, hint = false) => (errors[key] ? `round-${key}-error` : hint ? `round-${key}-hint` : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Mở đợt đăng ký kế hoạch">
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
        <Textarea id="round-instructions" rows={4} invalid={!!errors.instructions} aria-describedby={described('instructions', true)} {...register('instructions')} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Đang mở…' : 'Mở đăng ký'}
      </Button>
    </form>
  );
}
