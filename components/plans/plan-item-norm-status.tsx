'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/field';
import type { ActionResult } from '@/lib/server/action';

/**
 * A proposal's spending-norm and duplicate-support findings at a review step, and — for people holding
 * norm:exception (checked on the server) — the form that records an exception to the norm.
 */
export function PlanItemNormStatus({
  itemId,
  status,
  recordException,
}: {
  itemId: number;
  status: { violations: string[]; exception: string | null; duplicates: string[] };
  recordException?: (input: { itemId: number; note: string }) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (status.violations.length === 0 && status.duplicates.length === 0) return null;
  async function submit() {
    const r = await recordException!({ itemId, note });
    if (r.ok) router.refresh();
    else setError(r.fieldErrors?.note ?? r.message);
  }
  return (
    <div className="w-full space-y-2 text-sm">
      {status.violations.length > 0 && (
        <Alert tone={status.exception ? 'info' : 'warning'} title={status.exception ? 'Vượt mức chi — đã ghi nhận ngoại lệ' : 'Vượt mức chi'}>
          {status.violations.join('. ')}.{status.exception ? ` Căn cứ: ${status.exception}` : ' Không gửi, chấp nhận hay thẩm định kinh phí được khi chưa có ngoại lệ.'}
        </Alert>
      )}
      {status.duplicates.map((d) => (
        <Alert key={d} tone="warning" title="Cảnh báo trùng hỗ trợ">
          {d}
        </Alert>
      ))}
      {status.violations.length > 0 && !status.exception && recordException && (
        <div className="space-y-2">
          <label htmlFor={`exception-${itemId}`} className="block font-medium">
            Căn cứ chấp thuận vượt mức chi
          </label>
          <Textarea id={`exception-${itemId}`} value={note} onChange={(e) => setNote(e.target.value)} invalid={!!error} />
          {error && <p className="text-xs font-medium text-red-700">{error}</p>}
          <Button variant="secondary" onClick={submit}>
            Ghi nhận ngoại lệ
          </Button>
        </div>
      )}
    </div>
  );
}
