'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { Field, Options, Select } from '@/components/ui/field';
import { SelectControl, TextControl } from '@/components/ui/form-controls';
import { createUserSchema, type CreateUserInput } from '@/lib/schemas/user';
import type { ActionResult } from '@/lib/server/action';

type Option = { value: string | number; label: string };

/** The page passes the server action (components never import from app/). */
export function CreateUserForm({
  roles,
  organizations,
  adminUnits,
  facilities,
  createUserAction,
}: {
  roles: Option[];
  organizations: Option[];
  adminUnits: Option[];
  facilities: Option[];
  createUserAction: (input: CreateUserInput) => Promise<ActionResult<unknown>>;
}) {
  const [result, setResult] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const methods = useForm<CreateUserInput>({ resolver: zodResolver(createUserSchema) });
  const { register, handleSubmit, watch, reset, setError, formState } = methods;
  const role = watch('role');
  const roleError = formState.errors.role?.message;

  async function onSubmit(values: CreateUserInput) {
    setResult(null);
    const res = await createUserAction(values);
    if (res.ok) {
      setResult({ tone: 'success', text: `Đã tạo tài khoản ${values.username}.` });
      reset();
      return;
    }
    for (const [field, message] of Object.entries(res.fieldErrors ?? {})) setError(field as keyof CreateUserInput, { message });
    setResult({ tone: 'error', text: res.message });
  }

  return (
    <FormProvider {...methods}>
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3">
        {result && <Alert tone={result.tone}>{result.text}</Alert>}
        <TextControl id="user-username" name="username" label="Tên đăng nhập" autoComplete="off" required />
        <TextControl id="user-fullName" name="fullName" label="Họ và tên" required />
        <TextControl id="user-email" name="email" label="Email" type="email" />
        <Field id="user-role" label="Vai trò" error={roleError} required>
          <Select id="user-role" invalid={!!roleError} aria-describedby={roleError ? 'user-role-error' : undefined} {...register('role')} defaultValue="">
            <option value="" disabled>
              — Chọn vai trò —
            </option>
            <Options options={roles} />
          </Select>
        </Field>
        {role !== 'BENEFICIARY' && role !== 'XA_OFFICER' && <SelectControl id="user-organizationId" name="organizationId" label="Cơ quan, đơn vị" options={organizations} />}
        {role === 'XA_OFFICER' && <SelectControl id="user-adminUnitId" name="adminUnitId" label="Xã/phường/đặc khu" options={adminUnits} required />}
        {role === 'BENEFICIARY' && <SelectControl id="user-facilityId" name="facilityId" label="Cơ sở CNNT" options={facilities} required />}
        <TextControl
          id="user-password"
          name="password"
          label="Mật khẩu ban đầu"
          hint="Tối thiểu 12 ký tự, không chứa tên đăng nhập, không phải mật khẩu phổ biến. Người dùng phải đổi mật khẩu ở lần đăng nhập đầu."
          type="password"
          autoComplete="new-password"
          required
        />
        <SubmitButton sending={formState.isSubmitting} pendingLabel="Đang tạo…">
          Tạo tài khoản
        </SubmitButton>
      </form>
    </FormProvider>
  );
}
