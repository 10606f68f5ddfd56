'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/server/action';

/**
 * Runs a server action that answers with a message: while it runs the button is busy; a refusal
 * shows its message and marks the fields the server named, a success shows its message and
 * refreshes the page.
 */
export function useMessageAction() {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(call: () => Promise<ActionResult<{ message: string }>>) {
    setBusy(true);
    setResult(null);
    const outcome = await call();
    setBusy(false);
    if (!outcome.ok) {
      setErrors(outcome.fieldErrors ?? {});
      return setResult({ tone: 'error', text: outcome.message });
    }
    setErrors({});
    setResult({ tone: 'success', text: outcome.data.message });
    router.refresh();
  }

  return { errors, result, busy, run };
}
