'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Options, Select, Textarea } from '@/components/ui/field';
import { PAYMENT_KIND_LABELS } from '@/lib/domain/payment-labels';
import { labelOptions } from '@/lib/domain/labels';
import { PAYMENT_KINDS, paymentRequestSchema } from '@/lib/schemas/payment';
import type { ActionResult } from '@/lib/server/action';

// The key is the form's, not the server's: a double click or a retried request carries the same
// one and the server returns the request it already made.
const formSchema = paymentRequestSchema.omit({ idempotencyKey: true });
type Values = { projectId: number; kind: (typeof PAYMENT_KINDS)[number]; amountVnd: string; payeeName: string; payeeAccount: string; note: string };

/** randomUUID needs a secure context; getRandomValues works on plain http inside an intranet too. */
function newKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function PaymentRequestForm({
  projectId,
  defaultPayee,
  remaining,
  action,
}: {
  projectId: number;
  defaultPayee: string;
  /** Already formatted on the server ("1.234.567 ₫"), shown as hints. */
  remaining: { ADVANCE: string; PAYMENT: string };
  action: (input: z.input<typeof paymentRequestSchema>) => Promise<ActionResult<{ message: string }>>;
}) {
  const router = useRouter();
  const [key, setKey] = useState(newKey);
  const [result, setResult] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const empty: Values = { projectId, kind: 'ADVANCE', amountVnd: '', payeeName: defaultPayee, payeeAccount: '', note: '' };
  const {
    register,
    handleSubmit,
    reset,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(formSchema as unknown as z.ZodType<Values, Values>, undefined, { raw: true }), defaultValues: empty });
  const kind = watch('kind');

  async function onSubmit(values: Values) {
    setResult(null);
    const outcome = await action({ ...values, idempotencyKey: key });
    if (!outcome.ok) {
      for (const [field, message] of Object.entries(outcome.fieldErrors ?? {})) {
        if (field in empty) setError(field as keyof Values, { message });
      }
      return setResult({ tone: 'error', text: outcome.message });
    }
    setResult({ tone: 'success', text: outcome.data.message });
    setKey(newKey());
    reset(empty);
    router.refresh();
  }

  const describedBy = (name: keyof Values, hint = false) => (errors[name] ? `pr-${name}-error` : hint ? `pr-${name}-hint` : undefined);

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3" aria-label="Lập đề nghị tạm ứng, thanh toán">
      {result && <Alert tone={result.tone}>{result.text}</Alert>}
      <Field id="pr-kind" label="Loại đề nghị" error={errors.kind?.message} required>
        <Select id="pr-kind" invalid={!!errors.kind} aria-describedby={describedBy('kind')} {...register('kind')}>
          <Options options={labelOptions(PAYMENT_KIND_LABELS, PAYMENT_KINDS)} />
        </Select>
      </Field>
      <Field id="pr-amountVnd" label="Số tiền đề nghị (đồng)" hint={`Còn được ${PAYMENT_KIND_LABELS[kind].toLowerCase()}: ${remaining[kind]}`} error={errors.amountVnd?.message} required>
        <Input id="pr-amountVnd" inputMode="numeric" placeholder="ví dụ 50.000.000" invalid={!!errors.amountVnd} aria-describedby={describedBy('amountVnd', true)} {...register('amountVnd')} />
      </Field>
      <Field id="pr-payeeName" label="Đơn vị thụ hưởng" error={errors.payeeName?.message} required>
        <Input id="pr-payeeName" invalid={!!errors.payeeName} aria-describedby={describedBy('payeeName')} {...register('payeeName')} />
      </Field>
      <Field id="pr-payeeAccount" label="Số tài khoản" error={errors.payeeAccount?.message}>
        <Input id="pr-payeeAccount" autoComplete="off" invalid={!!errors.payeeAccount} aria-describedby={describedBy('payeeAccount')} {...register('payeeAccount')} />
      </Field>
      <Field id="pr-note" label="Ghi chú" error={errors.note?.message}>
        <Textarea id="pr-note" invalid={!!errors.note} aria-describedby={describedBy('note')} {...register('note')} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Đang lập…' : 'Lập đề nghị'}
      </Button>
    </form>
  );
}
