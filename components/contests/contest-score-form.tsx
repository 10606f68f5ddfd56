'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { useMessageAction } from '@/components/ui/use-message-action';
import type { ContestScoreInput } from '@/lib/schemas/contest';
import type { ActionResult } from '@/lib/server/action';

/** A council member's points for one entry, one field per criterion. */
export function ContestScoreForm({
  entryId,
  productName,
  criteria,
  current,
  score,
}: {
  entryId: number;
  productName: string;
  criteria: { id: number; name: string; maxPoints: number }[];
  current: Record<number, number>;
  score: (input: ContestScoreInput) => Promise<ActionResult<{ message: string }>>;
}) {
  const [values, setValues] = useState<Record<number, string>>(Object.fromEntries(criteria.map((c) => [c.id, current[c.id]?.toString() ?? ''])));
  const { errors, result, busy, run } = useMessageAction();

  function submit() {
    return run(() => score({ entryId, points: criteria.map((c) => ({ criterionId: c.id, points: Number(values[c.id] === '' ? NaN : values[c.id]) })) }));
  }

  return (
    <div className="space-y-2">
      <div className="grid gap-2 sm:grid-cols-3">
        {criteria.map((c) => {
          const id = `score-${entryId}-${c.id}`;
          return (
            <Field key={c.id} id={id} label={`${c.name} — ${productName} (tối đa ${c.maxPoints})`} error={errors[`points.${c.id}`]}>
              <Input id={id} inputMode="numeric" value={values[c.id] ?? ''} onChange={(e) => setValues({ ...values, [c.id]: e.target.value })} invalid={!!errors[`points.${c.id}`]} />
            </Field>
          );
        })}
      </div>
      {result && <Alert tone={result.tone}>{result.text}</Alert>}
      <Button onClick={() => void submit()} disabled={busy}>{busy ? 'Đang lưu…' : `Lưu điểm ${productName}`}</Button>
    </div>
  );
}
