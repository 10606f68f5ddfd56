'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { emailAddressSchema, type EmailAddressInput } from '@/lib/schemas/email-settings';
import type { ActionResult } from '@/lib/server/action';

// The page passes the server actions (components never import from app/).
type SaveAddress = (input: EmailAddressInput) => Promise<ActionResult<{ message: string }>>;
type SavePreference = (input: { preference: string }) => Promise<ActionResult<{ message: string }>>;

type Notice = { tone: 'success' | 'error'; text: string } | null;

export function EmailAddressForm({ current, setEmailAddressAction }: { current: string | null; setEmailAddressAction: SaveAddress }) {
  const router = useRouter();
  const [notice, setNotice] = useState<Notice>(null);
  const { register, handleSubmit, formState } = useForm<EmailAddressInput>({ resolver: zodResolver(emailAddressSchema), defaultValues: { email: current ?? '' } });
  async function onSubmit(values: EmailAddressInput) {
    setNotice(null);
    const res = await setEmailAddressAction(values);
    setNotice(res.ok ? { tone: 'success', text: res.data.message } : { tone: 'error', text: res.message });
    if (res.ok) router.refresh();
  }
  const error = formState.errors.email?.message;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3">
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <Field id="account-email" label="Địa chỉ thư điện tử" error={error} hint="Thư xác nhận được gửi đến địa chỉ này." required>
        <Input id="account-email" type="email" autoComplete="email" invalid={!!error} aria-describedby={error ? 'account-email-error' : undefined} {...register('email')} />
      </Field>
      <SubmitButton sending={formState.isSubmitting} pendingLabel="Đang gửi…">
        Lưu và gửi thư xác nhận
      </SubmitButton>
    </form>
  );
}

export function EmailPreferenceForm({
  current,
  options,
  setEmailPreferenceAction,
}: {
  current: string;
  options: { value: string; label: string }[];
  setEmailPreferenceAction: SavePreference;
}) {
  const router = useRouter();
  const [value, setValue] = useState(current);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setNotice(null);
    const res = await setEmailPreferenceAction({ preference: value });
    setPending(false);
    setNotice(res.ok ? { tone: 'success', text: res.data.message } : { tone: 'error', text: res.message });
    if (res.ok) router.refresh();
  }
  return (
    <form onSubmit={save} className="space-y-3">
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">Nhận thông báo qua thư điện tử</legend>
        {options.map((o) => (
          <label key={o.value} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="radio" name="preference" value={o.value} checked={value === o.value} onChange={() => setValue(o.value)} className="size-4" />
            {o.label}
          </label>
        ))}
      </fieldset>
      <SubmitButton sending={pending} pendingLabel="Đang lưu…">
        Lưu cách nhận thư
      </SubmitButton>
    </form>
  );
}
