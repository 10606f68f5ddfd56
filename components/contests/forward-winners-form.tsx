'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Select } from '@/components/ui/field';
import type { ContestForwardWinnersInput } from '@/lib/schemas/contest';
import type { ActionResult } from '@/lib/server/action';

/** Sở Công Thương sends a published round's winners to a round of the next level. */
export function ForwardWinnersForm({
  fromRoundId,
  rounds,
  forward,
}: {
  fromRoundId: number;
  rounds: { id: number; name: string; year: number }[];
  forward: (input: ContestForwardWinnersInput) => Promise<ActionResult<{ message: string }>>;
}) {
  const router = useRouter();
  const [toRoundId, setTo] = useState(rounds[0]?.id ?? 0);
  const [result, setResult] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit() {
    setBusy(true);
    const outcome = await forward({ fromRoundId, toRoundId });
    setBusy(false);
    setResult(outcome.ok ? { tone: 'success', text: outcome.data.message } : { tone: 'error', text: outcome.message });
    if (outcome.ok) router.refresh();
  }
  return (
    <div className="space-y-2">
      <Field id="toRoundId" label="Cuộc bình chọn cấp trên">
        <Select id="toRoundId" value={toRoundId} onChange={(e) => setTo(Number(e.target.value))}>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>{r.name} ({r.year})</option>
          ))}
        </Select>
      </Field>
      {result && <Alert tone={result.tone}>{result.text}</Alert>}
      <Button onClick={() => void submit()} disabled={busy}>Chuyển sản phẩm đạt giải lên cấp trên</Button>
    </div>
  );
}
