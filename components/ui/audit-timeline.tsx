import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/domain/format';
import { EmptyState } from './card';

interface AuditRow {
  id: bigint;
  reason: string | null;
  createdAt: Date;
  actor: { fullName: string } | null;
}

/**
 * A record's audit rows, newest first: what happened (`title`, then `detail` under it), when and by
 * whom, `note` (what the row's data adds), and the reason given.
 */
export function AuditTimeline<E extends AuditRow>({
  events,
  title,
  detail,
  note,
  keepReasonLines = false,
}: {
  events: E[];
  title: (event: E) => ReactNode;
  detail?: (event: E) => ReactNode;
  note?: (event: E) => ReactNode;
  /** Show the reason's own line breaks. */
  keepReasonLines?: boolean;
}) {
  if (events.length === 0) return <EmptyState>Chưa có thao tác nào.</EmptyState>;
  return (
    <ol className="space-y-3">
      {events.map((e) => (
        <li key={e.id.toString()} className="border-l-2 border-brand-100 pl-3 text-sm">
          <p className="font-medium">{title(e)}</p>
          {detail?.(e)}
          <p className="text-xs text-slate-500">
            {formatDateTime(e.createdAt)} · {e.actor?.fullName ?? 'Hệ thống'}
          </p>
          {note?.(e)}
          {e.reason && <p className={`mt-1 ${keepReasonLines ? 'whitespace-pre-line ' : ''}text-xs text-slate-700`}>Lý do: {e.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
