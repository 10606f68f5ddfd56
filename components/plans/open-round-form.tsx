'use client';

import type { z } from 'zod';
import { CharacterCount, Field, Input, Textarea } from '@/components/ui/field';
import { ServerForm } from '@/components/ui/server-form';
import { useServerForm } from '@/components/ui/use-server-form';
import { openRoundSchema } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';

type Values = z.input<typeof openRoundSchema>;

/** Sở Công Thương opens the registration of a year's plans. */
export function OpenRoundForm({ defaultYear, open }: { defaultYear: number; open: (input: Values) => Promise<ActionResult<{ year: number }>> }) {
  const state = useServerForm<Values, { year: number }>({
    schema: openRoundSchema,
    defaultValues: { year: String(defaultYear), title: `Đăng ký kế hoạch khuyến công năm ${defaultYear}`, deadline: '', instructions: '' },
    action: open,
    redirectTo: (round) => `/ke-hoach/${round.year}`,
  });
  const {
    register,
    watch,
    formState: { errors },
  } = state.form;
  const described = (key: keyof Values, hint = false) => (errors[key] ? `round-${key}-error` : hint ? `round-${key}-hint` : undefined);
  return (
    <ServerForm state={state} label="Mở đợt đăng ký kế hoạch" className="space-y-4" submitLabel="Mở đăng ký" pendingLabel="Đang mở…">
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
    </ServerForm>
  );
}
