'use client';

import { formatVnd, parseVnd, sumVnd } from '@/lib/domain/money';

function tryParse(value: unknown): bigint | null {
  if (value === undefined || value === null || String(value).trim() === '') return 0n;
  try {
    return parseVnd(String(value));
  } catch {
    return null;
  }
}

/** While typing: do the sources add up to the total? The server checks again on save. */
export function MoneyCheck({ total, parts }: { total: unknown; parts: unknown[] }) {
  const t = tryParse(total);
  const p = parts.map(tryParse);
  if (t === null || p.some((x) => x === null)) return null;
  const sum = sumVnd(p);
  const ok = sum === t;
  return (
    <p role="status" className={`mt-3 text-sm ${ok ? 'text-emerald-800' : 'text-amber-900'}`}>
      Hỗ trợ + đối ứng + nguồn khác = <span className="tabular font-semibold">{formatVnd(sum)}</span>
      {ok ? ' — khớp tổng kinh phí.' : ` — chưa khớp tổng kinh phí ${formatVnd(t)}.`}
    </p>
  );
}
