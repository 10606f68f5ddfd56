import { AuditTimeline } from '@/components/ui/audit-timeline';

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
  return (
    <AuditTimeline
      events={events}
      title={(e) => EVENT_LABELS[e.event] ?? e.event}
      note={(e) => sourceOf(e.data) && <p className="text-xs text-slate-700">{sourceOf(e.data)}</p>}
    />
  );
}
