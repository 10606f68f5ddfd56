'use client';

import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { useServerForm } from '@/components/ui/use-server-form';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { programmeCreateSchema } from '@/lib/schemas/programme';
import type { ActionResult } from '@/lib/server/action';

type Values = z.input<typeof programmeCreateSchema>;

export function ProgrammeCreateForm({ create }: { create: (input: Values) => Promise<ActionResult<{ id: number }>> }) {
  const { form, error, onSubmit } = useServerForm<Values, { id: number }>({
    schema: programmeCreateSchema,
    defaultValues: { code: '', name: '', level: 'KCDP', startYear: '2026', endYear: '2030', objectives: '' },
    action: create,
    redirectTo: (data) => `/chuong-trinh/${data.id}`,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  const described = (name: keyof Values) => (errors[name] ? `${name}-error` : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="code" label="Mã chương trình" hint="Ví dụ KCDP-HP-2026-2030" error={errors.code?.message} required>
          <Input id="code" invalid={!!errors.code} aria-describedby={described('code') ?? 'code-hint'} {...register('code')} />
        </Field>
        <Field id="level" label="Cấp chương trình" error={errors.level?.message} required>
          <Select id="level" invalid={!!errors.level} aria-describedby={described('level')} {...register('level')}>
            <option value="KCDP">Khuyến công địa phương (KCĐP)</option>
            <option value="KCQG">Khuyến công quốc gia (KCQG)</option>
          </Select>
        </Field>
      </div>
      <Field id="name" label="Tên chương trình" error={errors.name?.message} required>
        <Input id="name" invalid={!!errors.name} aria-describedby={described('name')} {...register('name')} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field id="startYear" label="Từ năm" error={errors.startYear?.message} required>
          <Input id="startYear" inputMode="numeric" invalid={!!errors.startYear} aria-describedby={described('startYear')} {...register('startYear')} />
        </Field>
        <Field id="endYear" label="Đến năm" error={errors.endYear?.message} required>
          <Input id="endYear" inputMode="numeric" invalid={!!errors.endYear} aria-describedby={described('endYear')} {...register('endYear')} />
        </Field>
      </div>
      <Field id="objectives" label="Mục tiêu" hint="Mục tiêu chung và mục tiêu cụ thể như trong quyết định" error={errors.objectives?.message}>
        <Textarea id="objectives" rows={8} invalid={!!errors.objectives} aria-describedby={described('objectives') ?? 'objectives-hint'} {...register('objectives')} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Đang tạo…' : 'Tạo chương trình'}
      </Button>
    </form>
  );
}
