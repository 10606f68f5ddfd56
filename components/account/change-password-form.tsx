'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { changePasswordSchema, type ChangePasswordInput } from '@/lib/schemas/user';

const FIELDS = [
  { name: 'currentPassword', label: 'Mật khẩu hiện tại', autoComplete: 'current-password' },
  { name: 'newPassword', label: 'Mật khẩu mới', autoComplete: 'new-password' },
  { name: 'confirmPassword', label: 'Nhập lại mật khẩu mới', autoComplete: 'new-password' },
] as const;

/** What the server action answers (lib/server/run-use-case.ts ActionResult), as this form reads it. */
type ChangePasswordResult = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** The action is passed in by the page (components never import from app/). */
export function ChangePasswordForm({ changePasswordAction }: { changePasswordAction: (values: ChangePasswordInput) => Promise<ChangePasswordResult> }) {
  const [error, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema) });
  const errors = formState.errors;

  async function onSubmit(values: ChangePasswordInput) {
    setFormError(null);
    const res = await changePasswordAction(values);
    if (res.ok) {
      // The change ended every session; sign in again with the new password.
      await signOut({ callbackUrl: '/dang-nhap?doi-mat-khau=1' });
      return;
    }
    for (const [field, message] of Object.entries(res.fieldErrors ?? {})) setError(field as keyof ChangePasswordInput, { message });
    setFormError(res.message);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      {FIELDS.map((f) => (
        <Field key={f.name} id={f.name} label={f.label} error={errors[f.name]?.message} required>
          <Input
            id={f.name}
            type="password"
            autoComplete={f.autoComplete}
            invalid={!!errors[f.name]}
            aria-describedby={errors[f.name] ? `${f.name}-error` : undefined}
            {...register(f.name)}
          />
        </Field>
      ))}
      <SubmitButton className="w-full" sending={formState.isSubmitting} pendingLabel="Đang lưu…">
        Đổi mật khẩu
      </SubmitButton>
    </form>
  );
}
