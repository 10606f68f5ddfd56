'use client';

import { sourcesVerdict } from '@/lib/domain/money-checks';
import { formatVnd } from '@/lib/domain/money';

/** While typing: do the sources add up to the total? Silent on an empty form; the server checks again on save. */
export function MoneyCheck({ total, parts }: { total: unknown; parts: unknown[] }) {
  const verdict = sourcesVerdict(total, parts);
  if (verdict.kind === 'empty' || verdict.kind === 'unreadable') return null;
  const ok = verdict.kind === 'match';
  return (
    <p role="status" className={`mt-3 text-sm ${ok ? 'text-emerald-800' : 'text-amber-900'}`}>
      Hỗ trợ + đối ứng + nguồn khác = <span className="tabular font-semibold">{formatVnd(verdict.sumVnd)}</span>
      {verdict.kind === 'match' ? ' — khớp tổng kinh phí.' : ` — chưa khớp tổng kinh phí ${formatVnd(verdict.totalVnd)}.`}
    </p>
  );
}
