'use client';

import { useEffect, useState } from 'react';
import type { PlanItemCheckValues } from '@/lib/schemas/plan';
import type { ActionResult } from '@/lib/server/action';
import type { PlanItemCheckResult } from '@/lib/server/plans/preview-plan-item-check';

export type PlanItemCheckAction = (input: PlanItemCheckValues) => Promise<ActionResult<PlanItemCheckResult>>;

/**
 * While typing: the spending norm and earlier support of the chosen facilities, asked of the server
 * (the same rules that sending and review enforce) shortly after the last keystroke. Also under a
 * facility's own support request (components/beneficiary/support-request-form.tsx).
 */
export function PlanItemNormCheck<V = PlanItemCheckValues>({ check, values }: { check: (input: V) => Promise<ActionResult<PlanItemCheckResult>>; values: V }) {
  const [result, setResult] = useState<PlanItemCheckResult | null>(null);
  const key = JSON.stringify(values);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const r = await check(JSON.parse(key) as V);
      if (live) setResult(r.ok ? r.data : null);
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [check, key]);
  if (!result || (!result.norm && !result.duplicates?.length)) return null;
  return (
    <div role="status" className="mt-3 space-y-2 text-sm">
      {result.norm && <p className="text-slate-700">Mức chi: {result.norm}.</p>}
      {result.violations.map((v) => (
        <p key={v} className="font-medium text-red-800">
          {v}. Đề xuất vượt mức chi không gửi được nếu chưa có ngoại lệ do người có thẩm quyền ghi nhận.
        </p>
      ))}
      {result.duplicates?.map((d) => (
        <p key={d} className="text-amber-900">
          Cảnh báo trùng hỗ trợ: {d}
        </p>
      ))}
    </div>
  );
}
