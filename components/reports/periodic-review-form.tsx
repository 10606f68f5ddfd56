'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import type { PeriodicReportReviewInput } from '@/lib/schemas/report';
import type { ActionResult } from '@/lib/server/action';

/** Sở Công Thương's decision on a sent report: accept, or return with a comment. */
export function PeriodicReviewForm({ reportId, review }: { reportId: number; review: (input: PeriodicReportReviewInput) => Promise<ActionResult<{ message: string }>> }) {
  const router = useRouter();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(input: PeriodicReportReviewInput) {
    setBusy(true);
    setError(null);
    const result = await review(input);
    setBusy(false);
    if (!result.ok) return setError(result.fieldErrors?.comment ?? result.message);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <Field id="review-comment" label="Ý kiến (bắt buộc khi trả lại)">
        <Textarea id="review-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} invalid={!!error} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void decide({ reportId, decision: 'accept' })} disabled={busy}>Chấp nhận</Button>
        <Button variant="secondary" onClick={() => void decide({ reportId, decision: 'return', comment })} disabled={busy}>Trả lại</Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
