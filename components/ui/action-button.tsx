'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import type { ActionResult } from '@/lib/server/action';

/** What an action may return to steer the button: a message to show, or a page to go to. */
export type ActionOutcome = { message?: string; href?: string } | undefined | void;

/**
 * One click, one server action without form fields (send, close, approve…). The server checks
 * permission, scope and state; this only shows the outcome. `confirm` asks first for steps that
 * cannot be undone by the same person. (Props cross from server pages, so no callbacks here.)
 */
export function ActionButton<I>({
  action,
  input,
  label,
  pendingLabel = 'Đang xử lý…',
  variant = 'primary',
  confirm,
}: {
  action: (input: I) => Promise<ActionResult<ActionOutcome>>;
  input: I;
  label: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  confirm?: string;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  async function run() {
    if (confirm && !window.confirm(confirm)) return;
    setPending(true);
    setResult(null);
    try {
      const outcome = await action(input);
      if (!outcome.ok) return setResult({ tone: 'error', text: outcome.message });
      if (outcome.data?.message) setResult({ tone: 'success', text: outcome.data.message });
      if (outcome.data?.href) router.push(outcome.data.href);
      else router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-2">
      <Button variant={variant} onClick={run} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      {result && <Alert tone={result.tone}>{result.text}</Alert>}
    </div>
  );
}
