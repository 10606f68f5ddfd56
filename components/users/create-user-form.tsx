'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Options, Select } from '@/components/ui/field';
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
  const { register, handleSubmit, watch, reset, setError, formState } = useForm<CreateUserInput>({ resolver: zodResolver(createUserSchema) });
  const role = watch('role');
  const errors = formState.errors;

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

  const field = (name: keyof CreateUserInput) => ({
    id: `user-${name}`,
    invalid: !!errors[name],
    'aria-describedby': errors[name] ? `user-${name}-error` : undefined,
    ...register(name),
  });

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3">
      {result && <Alert tone={result.tone}>{result.text}</Alert>}
      <Field id="user-username" label="Tên đăng nhập" error={errors.username?.message} required>
        <Input autoComplete="off" {...field('username')} />
      </Field>
      <Field id="user-fullName" label="Họ và tên" error={errors.fullName?.message} required>
        <Input {...field('fullName')} />
      </Field>
      <Field id="user-email" label="Email" error={errors.email?.message}>
        <Input type="email" {...field('email')} />
      </Field>
      <Field id="user-role" label="Vai trò" error={errors.role?.message} required>
        <Select {...field('role')} defaultValue="">
          <option value="" disabled>
            — Chọn vai trò —
          </option>
          <Options options={roles} />
        </Select>
      </Field>
      {role !== 'BENEFICIARY' && role !== 'XA_OFFICER' && (
        <Field id="user-organizationId" label="Cơ quan, đơn vị" error={errors.organizationId?.message}>
          <Select {...field('organizationId')} defaultValue="">
            <option value="">— Chọn —</option>
            <Options options={organizations} />
          </Select>
        </Field>
      )}
      {role === 'XA_OFFICER' && (
        <Field id="user-adminUnitId" label="Xã/phường/đặc khu" error={errors.adminUnitId?.message} required>
          <Select {...field('adminUnitId')} defaultValue="">
            <option value="">— Chọn —</option>
            <Options options={adminUnits} />
          </Select>
        </Field>
      )}
      {role === 'BENEFICIARY' && (
        <Field id="user-facilityId" label="Cơ sở CNNT" error={errors.facilityId?.message} required>
          <Select {...field('facilityId')} defaultValue="">
            <option value="">— Chọn —</option>
            <Options options={facilities} />
          </Select>
        </Field>
      )}
      <Field id="user-password" label="Mật khẩu ban đầu" hint="Tối thiểu 12 ký tự, không chứa tên đăng nhập, không phải mật khẩu phổ biến. Người dùng phải đổi mật khẩu ở lần đăng nhập đầu." error={errors.password?.message} required>
        <Input type="password" autoComplete="new-password" {...field('password')} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Đang tạo…' : 'Tạo tài khoản'}
      </Button>
    </form>
  );
}
