'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, SubmitOrCancel, type ButtonVariant } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import type { ActionResult } from '@/lib/server/action';

/**
 * A step that needs a written reason (huỷ đề nghị, Kho bạc từ chối), folded behind its button so a
 * table row stays short. The server checks the reason again; this only saves a round trip.
 */
export function PaymentReasonForm({
  paymentRequestId,
  action,
  label,
  reasonLabel,
  variant = 'secondary',
}: {
  paymentRequestId: number;
  action: (input: { paymentRequestId: number; reason: string }) => Promise<ActionResult<{ message: string }>>;
  label: string;
  reasonLabel: string;
  variant?: ButtonVariant;
}) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError(`Nhập ${reasonLabel.toLowerCase()}`);
    setPending(true);
    setError(null);
    try {
      const outcome = await action({ paymentRequestId, reason });
      if (!outcome.ok) return setError(outcome.message);
      setOpen(false);
      setReason('');
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  if (!open) {
    return (
      <Button variant={variant} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="min-w-64 space-y-2" aria-label={label}>
      <Field id={`${id}-reason`} label={reasonLabel} error={error ?? undefined} required>
        <Textarea id={`${id}-reason`} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} invalid={!!error} aria-describedby={error ? `${id}-reason-error` : undefined} />
      </Field>
      <SubmitOrCancel label={label} variant={variant} pending={pending} onCancel={() => setOpen(false)} />
    </form>
  );
}
