'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Button, SubmitOrCancel } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { ActionResult } from '@/lib/server/action';

export interface PayInput {
  paymentRequestId: number;
  paymentOrderNumber: string;
  paidOn: string;
}

/**
 * Kho bạc chấp nhận thanh toán: records the payment order (ủy nhiệm chi) number and date, folded
 * behind its button so the queue row stays short. The server re-checks the đề án and its limits.
 */
export function PayPaymentForm({ paymentRequestId, amountLabel, today, action }: { paymentRequestId: number; amountLabel: string; today: string; action: (input: PayInput) => Promise<ActionResult<{ message: string }>> }) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [orderNumber, setOrderNumber] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setErrors({});
    try {
      const outcome = await action({ paymentRequestId, paymentOrderNumber: orderNumber, paidOn });
      if (!outcome.ok) return setErrors({ form: outcome.message, ...(outcome.fieldErrors ?? {}) });
      setOpen(false);
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  if (!open) return <Button onClick={() => setOpen(true)}>Thanh toán</Button>;
  return (
    <form onSubmit={submit} noValidate className="min-w-64 space-y-2" aria-label={`Thanh toán ${amountLabel}`}>
      <Field id={`${id}-order`} label="Số ủy nhiệm chi" error={errors.paymentOrderNumber} required>
        <Input id={`${id}-order`} autoFocus value={orderNumber} onChange={(e) => setOrderNumber(e.target.value)} invalid={!!errors.paymentOrderNumber} />
      </Field>
      <Field id={`${id}-date`} label="Ngày thanh toán" error={errors.paidOn} required>
        <Input id={`${id}-date`} type="date" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} invalid={!!errors.paidOn} />
      </Field>
      {errors.form && (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      )}
      <SubmitOrCancel label={`Chấp nhận thanh toán ${amountLabel}`} pending={pending} onCancel={() => setOpen(false)} />
    </form>
  );
}
