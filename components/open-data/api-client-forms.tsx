'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { createApiClientSchema, type CreateApiClientInput } from '@/lib/schemas/api-client';
import type { ActionResult } from '@/lib/server/action';

type TokenResult = ActionResult<{ clientId: number; token: string }>;

/** The token, shown once: the page never sees it again (only its hash is stored). */
function TokenOnce({ token }: { token: string }) {
  return (
    <Alert tone="success" title="Mã truy cập mới — chỉ hiển thị một lần">
      <p className="text-sm">Sao chép và gửi cho đơn vị sử dụng qua kênh an toàn. Cổng chỉ lưu bản băm, không thể xem lại mã này.</p>
      <label htmlFor="api-token-once" className="mt-2 block text-xs font-medium">
        Mã truy cập
      </label>
      <input id="api-token-once" readOnly value={token} className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
    </Alert>
  );
}

/** The page passes the server actions (components never import from app/). */
export function CreateApiClientForm({ provinceName, createAction }: { provinceName: string; createAction: (input: CreateApiClientInput) => Promise<TokenResult> }) {
  const [message, setMessage] = useState<string | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const { register, handleSubmit, reset, setError, formState } = useForm<CreateApiClientInput>({
    resolver: zodResolver(createApiClientSchema),
    defaultValues: { name: '', scope: 'PROVINCE', requestsPerMinute: 60 },
  });
  const errors = formState.errors;

  async function onSubmit(values: CreateApiClientInput) {
    setMessage(null);
    setToken(null);
    const res = await createAction(values);
    if (res.ok) {
      setToken(res.data.token);
      reset();
      return;
    }
    for (const [field, text] of Object.entries(res.fieldErrors ?? {})) setError(field as keyof CreateApiClientInput, { message: text });
    setMessage(res.message);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3">
      {message && <Alert tone="error">{message}</Alert>}
      {token && <TokenOnce token={token} />}
      <Field id="api-name" label="Tên đơn vị sử dụng" error={errors.name?.message} required>
        <Input id="api-name" autoComplete="off" invalid={!!errors.name} {...register('name')} />
      </Field>
      <Field id="api-scope" label="Phạm vi dữ liệu" error={errors.scope?.message} required>
        <Select id="api-scope" invalid={!!errors.scope} {...register('scope')}>
          <option value="PROVINCE">{provinceName}</option>
          <option value="NATIONAL">Toàn quốc (Bộ Công Thương, kinh phí KCQG)</option>
        </Select>
      </Field>
      <Field id="api-rpm" label="Giới hạn yêu cầu mỗi phút" error={errors.requestsPerMinute?.message} required>
        <Input id="api-rpm" type="number" inputMode="numeric" min={1} max={6000} invalid={!!errors.requestsPerMinute} {...register('requestsPerMinute')} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        Tạo và cấp mã truy cập
      </Button>
    </form>
  );
}

export function IssueTokenButton({ clientId, issueAction }: { clientId: number; issueAction: (input: { clientId: number }) => Promise<TokenResult> }) {
  const [pending, start] = useTransition();
  const [token, setToken] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        className="min-h-8 px-2 py-1 text-xs"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await issueAction({ clientId });
            if (res.ok) setToken(res.data.token);
            else setMessage(res.message);
          })
        }
      >
        Cấp thêm mã
      </Button>
      {token && <TokenOnce token={token} />}
      {message && (
        <p role="status" className="text-xs text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}

export function RevokeTokenButton({ tokenId, prefix, revokeAction }: { tokenId: number; prefix: string; revokeAction: (input: { tokenId: number }) => Promise<ActionResult<unknown>> }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="ghost"
        className="min-h-8 px-2 py-1 text-xs"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(`Thu hồi mã ${prefix}…? Các yêu cầu dùng mã này sẽ bị từ chối ngay.`)) return;
          start(async () => {
            const res = await revokeAction({ tokenId });
            setMessage(res.ok ? null : res.message);
          });
        }}
      >
        Thu hồi
      </Button>
      {message && (
        <p role="status" className="text-xs text-red-700">
          {message}
        </p>
      )}
    </>
  );
}
