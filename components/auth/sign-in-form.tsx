'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextControl } from '@/components/ui/form-controls';
import { SIGN_IN_FAILED_MESSAGE } from '@/lib/domain/security/sign-in-throttle';
import { signInSchema } from '@/lib/schemas/auth';

type SignInInput = z.infer<typeof signInSchema>;

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const methods = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });
  const {
    handleSubmit,
    formState: { isSubmitting },
  } = methods;

  async function onSubmit(values: SignInInput) {
    setError(null);
    const result = await signIn('credentials', { ...values, redirect: false });
    if (!result || result.error) {
      // The server says nothing about which check refused (name, password, lockout), and neither do we.
      setError(SIGN_IN_FAILED_MESSAGE);
      return;
    }
    window.location.assign(callbackUrl);
  }

  return (
    <FormProvider {...methods}>
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
        {error && <Alert tone="error">{error}</Alert>}
        <TextControl name="username" label="Tên đăng nhập" autoComplete="username" autoCapitalize="none" required />
        <TextControl name="password" label="Mật khẩu" type="password" autoComplete="current-password" required />
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? 'Đang đăng nhập…' : 'Đăng nhập'}
        </Button>
      </form>
    </FormProvider>
  );
}
