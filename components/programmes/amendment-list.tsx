import { EmptyState } from '@/components/ui/card';
import { formatDate, formatDateTime } from '@/lib/domain/format';
import type { ProgrammeAppendix } from '@/lib/domain/programme-appendix';
import { describeChange, diffAppendix } from '@/lib/domain/programme-diff';

interface AmendmentView {
  id: number;
  summary: string;
  changedAt: Date;
  changedByName: string;
  before: unknown;
  after: unknown;
  decision: { number: string; issuedOn: Date; signer: string } | null;
}

/** Điều chỉnh chương trình: who, when, by which decision, why, and what changed row by row. */
export function AmendmentList({ amendments }: { amendments: AmendmentView[] }) {
  if (amendments.length === 0) return <EmptyState>Chương trình chưa được điều chỉnh sau khi phê duyệt.</EmptyState>;
  return (
    <ol className="space-y-4">
      {amendments.map((a) => {
        const changes = diffAppendix(a.before as ProgrammeAppendix, a.after as ProgrammeAppendix);
        return (
          <li key={a.id} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="font-medium">{a.summary}</p>
            <p className="mt-1 text-xs text-slate-600">
              {formatDateTime(a.changedAt)} · {a.changedByName}
              {a.decision
                ? ` · Quyết định ${a.decision.number} ngày ${formatDate(a.decision.issuedOn)} (${a.decision.signer})`
                : ' · không kèm quyết định'}
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer text-xs font-medium text-brand-700">{changes.length} thay đổi</summary>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs text-slate-700">
                {changes.map((c) => (
                  <li key={`${c.kind}-${c.key}`}>{describeChange(c)}</li>
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
