import { EmptyState } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';

const EVENT_LABELS: Record<string, string> = {
  create: 'Tạo chương trình',
  'edit-targets': 'Sửa bảng chỉ tiêu (dự thảo)',
  approve: 'Phê duyệt chương trình',
  amend: 'Điều chỉnh chỉ tiêu',
  close: 'Kết thúc chương trình',
};

interface Event {
  id: bigint;
  event: string;
  reason: string | null;
  createdAt: Date;
  data: unknown;
  actor: { fullName: string } | null;
}

function sourceOf(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as { source?: string; fileName?: string; changes?: unknown[] };
  const count = Array.isArray(d.changes) ? `${d.changes.length} thay đổi` : null;
  const from = d.source === 'import' ? `nhập từ tệp “${d.fileName}”` : d.source === 'editor' ? 'sửa trực tiếp trên bảng' : null;
  return [count, from].filter(Boolean).join(', ') || null;
}

export function ProgrammeTimeline({ events }: { events: Event[] }) {
  if (events.length === 0) return <EmptyState>Chưa có thao tác nào.</EmptyState>;
  return (
    <ol className="space-y-3">
      {events.map((e) => (
        <li key={e.id.toString()} className="border-l-2 border-brand-100 pl-3 text-sm">
          <p className="font-medium">{EVENT_LABELS[e.event] ?? e.event}</p>
          <p className="text-xs text-slate-500">
            {formatDateTime(e.createdAt)} · {e.actor?.fullName ?? 'Hệ thống'}
          </p>
          {sourceOf(e.data) && <p className="text-xs text-slate-700">{sourceOf(e.data)}</p>}
          {e.reason && <p className="mt-1 text-xs text-slate-700">Lý do: {e.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
